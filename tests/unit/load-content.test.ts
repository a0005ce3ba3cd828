// loadContent on the valid fixture and on copies with one staff mistake each: every problem is named
// with its file, field (or CSV row/column), line where known, and a Chinese message saying what is allowed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/load-content.ts';
import type { ContentIssue } from '../../src/lib/issues.ts';
import {
  cleanupContent,
  FIXTURE_DIR,
  fixtureText,
  lineOf,
  makeContent,
  onlyIssue,
  replace,
  withContent,
} from './helpers.ts';

afterAll(cleanupContent);

const COMMITMENT = 'commitments/2026-H2/gongan.yaml';
const FRAUD = 'cases/2026/fraud.md';
const TRAFFIC = 'cases/2026/traffic.mdx';
const WITHDRAWN = 'cases/2026/withdrawn.md';
const PERSON = 'good-people/2026-q1/li-ming.md';
const CEPIN = 'rectification/2026-cepin.yaml';
const DUCHA = 'rectification/2026-ducha.yaml';
const LEDGER = 'rectification/2026-ducha.csv';

/** The line of `needle` in a fixture file (unchanged by the mutation under test). */
const at = (file: string, needle: string) => lineOf(fixtureText(file), needle);

/** Appends a sentence to the first paragraph of the fraud case's 基本案情. */
const inFraudBody = (extra: string) => ({ [FRAUD]: replace('骗取李某3.2万元。', `骗取李某3.2万元。${extra}`) });

describe('the valid fixture', () => {
  test('loads with no issues and everything in it', async () => {
    const { content, issues } = await loadContent(FIXTURE_DIR);
    expect(issues).toEqual([]);
    expect(content.site).toMatchObject({
      name: '测试县法治文明公开网',
      siteCode: '0000000009',
      baseUrl: 'https://fzwm.test.example',
    });
    expect(content.units.map((u) => u.id)).toEqual(['gongan', 'chengguan-zhen', 'wenmingban']);
    expect(content.commitments.map((c) => [c.id, c.period, c.unit, c.file])).toEqual([
      ['2026-h1/chengguan-zhen', '2026-H1', 'chengguan-zhen', 'commitments/2026-H1/chengguan-zhen.yaml'],
      ['2026-h2/gongan', '2026-H2', 'gongan', COMMITMENT],
    ]);
    const gongan = content.commitments.find((c) => c.id === '2026-h2/gongan')!;
    expect(gongan.items).toHaveLength(3);
    expect(gongan.items[0]!.progress).toEqual([
      { date: '2026-08-15', note: '已完成60%点位安装', source: '/cases/2026-001/' },
    ]);
    expect(content.cases.map((c) => [c.data.id, c.format, c.file])).toEqual([
      ['2026-001', 'md', FRAUD],
      ['2026-002', 'mdx', TRAFFIC],
      ['2026-003', 'md', WITHDRAWN],
    ]);
    expect(content.cases[0]!.data.published).toBe('2026-03-02');
    expect(content.cases[0]!.body).toContain('## 基本案情');
    expect(content.cases[2]!.data.withdrawn).toEqual({
      date: '2026-06-01',
      reason: '因案件进入再审程序，依法撤回公开。',
    });
    expect(content.lists.map((l) => l.id)).toEqual(['2026-q1']);
    expect(content.people.map((p) => [p.data.id, p.data.list, p.data.photo])).toEqual([
      ['li-ming', '2026-q1', './li-ming.png'],
    ]);
    expect(content.indicators.map((i) => [i.id, i.higherIsBetter, i.series.length])).toEqual([
      ['anquangan', true, 2],
      ['xingshi-anjian', false, 2],
    ]);
    expect(content.pages.map((p) => [p.id, p.data.title, p.data.order])).toEqual([['about', '关于本站', 1]]);
  });

  test('inline rectification items are kept as written', async () => {
    const { content } = await loadContent(FIXTURE_DIR);
    const cepin = content.rectification.find((b) => b.id === '2026-cepin')!;
    expect(cepin).toMatchObject({ source: '测评反馈', foundAt: '2026-05-20', file: CEPIN });
    expect(cepin.items.map((i) => [i.number, i.unit, i.coUnits, i.status, i.completedAt])).toEqual([
      [1, 'chengguan-zhen', ['gongan'], '整改中', undefined],
      [2, 'wenmingban', undefined, '已完成', '2026-07-20'],
    ]);
  });

  test('the CSV ledger resolves unit names and aliases to ids, normalizes dates and reads 最新进展', async () => {
    const { content } = await loadContent(FIXTURE_DIR);
    const ducha = content.rectification.find((b) => b.id === '2026-ducha')!;
    expect(ducha).toMatchObject({ ledger: '2026-ducha.csv', source: '督查检查', file: DUCHA });
    const [first, second] = ducha.items;
    // 县公安局 is an alias of gongan; 城关镇、县文明办 are aliases of two units.
    expect(first).toEqual({
      number: 1,
      problem: '夜间巡逻力量不足，群众反映强烈',
      unit: 'gongan',
      coUnits: ['chengguan-zhen', 'wenmingban'],
      measures: ['增加巡逻班次', '设置治安岗亭'],
      due: '2026-09-30',
      status: '已销号',
      completedAt: '2026-09-20',
      progress: [{ date: '2026-09-20', note: '已增设岗亭2个' }],
    });
    // 2026/12/31 as a spreadsheet writes it; a 最新进展 without a leading date is undated.
    expect(second).toEqual({
      number: 2,
      problem: '矛盾纠纷排查台账不全',
      unit: 'chengguan-zhen',
      measures: ['完善台账'],
      due: '2026-12-31',
      status: '整改中',
      progress: [{ note: '正在逐村核对' }],
    });
  });

  test('a lower-case period folder (2026-h2) is the same period', async () => {
    const result = await withContent({
      'commitments/2026-h2/gongan.yaml': fixtureText(COMMITMENT),
      'commitments/2026-H2': null,
    });
    expect(result.issues).toEqual([]);
    expect(result.content.commitments.map((c) => [c.id, c.period])).toContainEqual(['2026-h2/gongan', '2026-H2']);
  });

  test('a year folder and an unquoted year in an indicator series are periods', async () => {
    const result = await withContent({
      'commitments/2025/gongan.yaml': fixtureText(COMMITMENT),
      'indicators.yaml': replace('{ period: 2026-Q1, value: 120 }', '{ period: 2025, value: 120 }'),
    });
    expect(result.issues).toEqual([]);
    expect(result.content.commitments.map((c) => c.id)).toContain('2025/gongan');
    expect(result.content.indicators[1]!.series[0]!.period).toBe('2025');
  });

  test('a README.md and dot files at the top are not reported as stray', async () => {
    const result = await withContent({ 'README.md': '# 内容说明\n', '.gitattributes': '* text=auto\n' });
    expect(result.issues).toEqual([]);
  });
});

describe('YAML mistakes', () => {
  test('a syntax error names the file and the line', async () => {
    const issue = onlyIssue(
      await withContent({ [COMMITMENT]: replace('leader: 王某某（局长）', 'leader: 王某某: 局长') }),
    );
    expect(issue).toMatchObject({ file: COMMITMENT, line: at(COMMITMENT, 'leader:') });
    expect(issue.message).toContain('YAML 格式错误');
    expect(issue.message).toContain('加引号');
  });

  test('a syntax error in units.yaml does not make every ledger unit look unknown', async () => {
    const { issues } = await withContent({ 'units.yaml': replace('  kind: 乡镇', ' kind: 乡镇') });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.file === 'units.yaml')).toBe(true);
    expect(issues[0]!.line).toBe(at('units.yaml', 'kind: 乡镇'));
    expect(issues[0]!.message).toContain('缩进');
  });

  test('a duplicate key is refused with the line of the second one', async () => {
    const issue = onlyIssue(
      await withContent({
        [COMMITMENT]: replace('supervisor: 县纪委监委', 'supervisor: 县纪委监委\nsupervisor: 县政法委'),
      }),
    );
    expect(issue).toMatchObject({ file: COMMITMENT, line: at(COMMITMENT, 'supervisor:') + 1 });
    expect(issue.message).toContain('同一个字段写了两次');
  });

  test('a missing required field is named', async () => {
    const issue = onlyIssue(await withContent({ [COMMITMENT]: replace('leader: 王某某（局长）\n', '') }));
    expect(issue).toMatchObject({ file: COMMITMENT, field: 'leader' });
    expect(issue.message).toBe('缺少必填字段。');
  });

  test('a field left empty after its colon is named', async () => {
    const issue = onlyIssue(await withContent({ [COMMITMENT]: replace('supervisor: 县纪委监委', 'supervisor:') }));
    expect(issue).toMatchObject({ file: COMMITMENT, field: 'supervisor', line: at(COMMITMENT, 'supervisor:') });
    expect(issue.message).toContain('不能为空值');
  });

  test('a mistyped key (stauts) suggests the right one, and the missing status says what is allowed', async () => {
    const { issues } = await withContent({ [COMMITMENT]: replace('    status: 已兑现', '    stauts: 已兑现') });
    expect(issues).toHaveLength(2);
    const typo = issues.find((i) => i.field === 'items[2].stauts')!;
    expect(typo).toMatchObject({ file: COMMITMENT, line: at(COMMITMENT, 'status: 已兑现') });
    expect(typo.message).toContain('不认识的字段“stauts”');
    expect(typo.message).toContain('是不是想写“status”');
    const missing = issues.find((i) => i.field === 'items[2].status')!;
    expect(missing.message).toContain('缺少必填字段');
    expect(missing.message).toContain('已兑现');
    expect(missing.message).not.toContain('undefined');
  });

  test('an unknown key that resembles nothing is reported without a guess', async () => {
    const issue = onlyIssue(await withContent({ 'site.yaml': (s) => `${s}wechatAccount: 测试县政法\n` }));
    expect(issue).toMatchObject({ file: 'site.yaml', field: 'wechatAccount', line: 15 });
    expect(issue.message).toContain('不认识的字段“wechatAccount”');
    expect(issue.message).not.toContain('是不是想写');
  });

  test.each([
    {
      what: 'commitment status',
      file: COMMITMENT,
      find: 'status: 已兑现',
      bad: 'status: 完成',
      field: 'items[2].status',
      allowed: ['未启动', '推进中', '部分兑现'],
    },
    {
      what: 'case type',
      file: FRAUD,
      find: 'type: 警示案例',
      bad: 'type: 警示',
      field: 'type',
      allowed: ['警示案例', '反面典型', '不文明行为曝光'],
    },
    {
      what: 'person category',
      file: PERSON,
      find: 'category: 见义勇为',
      bad: 'category: 好人好事',
      field: 'category',
      allowed: ['助人为乐', '孝老爱亲'],
    },
    {
      what: 'rectification source',
      file: CEPIN,
      find: 'source: 测评反馈',
      bad: 'source: 测评',
      field: 'source',
      allowed: ['测评反馈', '巡视巡察'],
    },
    {
      what: 'rectification status',
      file: CEPIN,
      find: 'status: 整改中',
      bad: 'status: 进行中',
      field: 'items[0].status',
      allowed: ['整改中', '已销号'],
    },
    {
      what: 'unit kind',
      file: 'units.yaml',
      find: 'kind: 部门',
      bad: 'kind: 机关',
      field: '[2].kind',
      allowed: ['政法机关', '乡镇', '其他'],
    },
  ])('an invalid $what lists the allowed values', async ({ file, find, bad, field, allowed }) => {
    const issue = onlyIssue(await withContent({ [file]: replace(find, bad) }));
    expect(issue).toMatchObject({ file, field, line: at(file, find) });
    const written = bad.split(': ')[1]!;
    expect(issue.message).toContain(`“${written}”不是允许的值`);
    for (const value of allowed) expect(issue.message).toContain(value);
  });

  test('a date in the wrong format says the format, once', async () => {
    const issue = onlyIssue(await withContent({ [COMMITMENT]: replace('madeAt: 2026-07-05', 'madeAt: 2026.7.5') }));
    expect(issue).toMatchObject({ file: COMMITMENT, field: 'madeAt', line: 2 });
    expect(issue.message).toContain('YYYY-MM-DD');
    expect(issue.message).toContain('2026.7.5');
    expect(issue.message).not.toContain('真实存在');
  });

  test('an impossible date (2026-02-30) is refused', async () => {
    const issue = onlyIssue(await withContent({ [FRAUD]: replace('published: 2026-03-02', 'published: 2026-02-30') }));
    expect(issue).toMatchObject({ file: FRAUD, field: 'published', line: at(FRAUD, 'published:') });
    expect(issue.message).toContain('不是一个真实存在的日期');
    expect(issue.message).toContain('2026-02-30');
  });

  test('an empty file says so', async () => {
    const issue = onlyIssue(await withContent({ 'indicators.yaml': '' }));
    expect(issue).toEqual({ file: 'indicators.yaml', message: '文件是空的。' });
  });
});

describe('site.yaml and units.yaml', () => {
  test('site.yaml missing', async () => {
    const issue = onlyIssue(await withContent({ 'site.yaml': null }));
    expect(issue.file).toBe('site.yaml');
    expect(issue.message).toContain('缺少网站信息文件 site.yaml');
  });

  test('units.yaml missing is one issue, not one per unit reference', async () => {
    const issue = onlyIssue(await withContent({ 'units.yaml': null }));
    expect(issue.file).toBe('units.yaml');
    expect(issue.message).toContain('缺少单位名录 units.yaml');
  });

  test('an unquoted siteCode (leading zeros lost) asks for quotes', async () => {
    const issue = onlyIssue(
      await withContent({ 'site.yaml': replace('siteCode: "0000000009"', 'siteCode: 0000000009') }),
    );
    expect(issue).toMatchObject({ file: 'site.yaml', field: 'siteCode', line: at('site.yaml', 'siteCode') });
    expect(issue.message).toContain('带引号');
    expect(issue.message).toContain('开头的 0 会丢失');
  });

  test('baseUrl must be an absolute URL', async () => {
    const issue = onlyIssue(
      await withContent({ 'site.yaml': replace('baseUrl: https://fzwm.test.example', 'baseUrl: fzwm.test.example') }),
    );
    expect(issue).toMatchObject({ file: 'site.yaml', field: 'baseUrl' });
    expect(issue.message).toContain('https://');
  });

  test('a duplicate unit id', async () => {
    const { issues } = await withContent({ 'units.yaml': replace('- id: wenmingban', '- id: gongan') });
    const issue = issues.find((i) => i.file === 'units.yaml')!;
    expect(issue).toMatchObject({ field: '[2].id', line: at('units.yaml', 'id: wenmingban') });
    expect(issue.message).toContain('单位 id“gongan”重复了');
  });

  test('an alias used by two units', async () => {
    const issue = onlyIssue(
      await withContent({ 'units.yaml': replace('aliases: [县文明办]', 'aliases: [县文明办, 公安局]') }),
    );
    expect(issue).toMatchObject({
      file: 'units.yaml',
      field: '[2].aliases[1]',
      line: at('units.yaml', 'aliases: [县文明办]'),
    });
    expect(issue.message).toContain('名称“公安局”已被单位 gongan 使用');
  });

  test('an alias equal to another unit’s id', async () => {
    const issue = onlyIssue(
      await withContent({ 'units.yaml': replace('aliases: [县文明办]', 'aliases: [县文明办, gongan]') }),
    );
    expect(issue).toMatchObject({ file: 'units.yaml', field: '[2].aliases[1]' });
    expect(issue.message).toContain('“gongan”已被单位 gongan 使用');
  });
});

describe('commitments', () => {
  test('a folder that is not a period', async () => {
    const issue = onlyIssue(
      await withContent({ 'commitments/2026-H3/gongan.yaml': fixtureText(COMMITMENT), 'commitments/2026-H2': null }),
    );
    expect(issue.file).toBe('commitments/2026-H3/gongan.yaml');
    expect(issue.message).toContain('文件夹名“2026-H3”不是期间');
    expect(issue.message).toContain('YYYY-H1/YYYY-H2');
    expect(issue.message).toContain('YYYY-Q1');
  });

  test('a file named after a unit that does not exist', async () => {
    const issue = onlyIssue(await withContent({ 'commitments/2026-H2/jiancha.yaml': fixtureText(COMMITMENT) }));
    expect(issue.file).toBe('commitments/2026-H2/jiancha.yaml');
    expect(issue.message).toContain('文件名“jiancha”应为单位 id');
    expect(issue.message).toContain('gongan');
  });

  test('a file named after the unit’s name suggests the id', async () => {
    const issue = onlyIssue(
      await withContent({ 'commitments/2026-H2/县公安局.yaml': fixtureText(COMMITMENT), [COMMITMENT]: null }),
    );
    expect(issue.file).toBe('commitments/2026-H2/县公安局.yaml');
    expect(issue.message).toContain('请把文件改名为 gongan.yaml');
  });

  test('a file not in a period folder', async () => {
    const issue = onlyIssue(await withContent({ 'commitments/gongan.yaml': fixtureText(COMMITMENT) }));
    expect(issue.file).toBe('commitments/gongan.yaml');
    expect(issue.message).toContain('commitments/<期间>/<单位id>.yaml');
  });

  test('two folders for the same period (2026-H2 and 2026-h2)', async () => {
    const issue = onlyIssue(await withContent({ 'commitments/2026-h2/gongan.yaml': fixtureText(COMMITMENT) }));
    expect(issue.file).toBe('commitments/2026-h2/gongan.yaml');
    expect(issue.message).toContain(`与 ${COMMITMENT} 是同一单位同一期间的承诺`);
  });

  test('an empty items list', async () => {
    const issue = onlyIssue(await withContent({ [COMMITMENT]: (s) => s.replace(/items:[\s\S]*/, 'items: []\n') }));
    expect(issue).toMatchObject({ file: COMMITMENT, field: 'items', line: at(COMMITMENT, 'items:') });
    expect(issue.message).toContain('至少需要填写一项');
  });

  test('evidence that is neither a URL nor a site path', async () => {
    const issue = onlyIssue(
      await withContent({
        [COMMITMENT]: replace('evidence: https://fzwm.test.example/news/1', 'evidence: 见县公安局网站'),
      }),
    );
    expect(issue).toMatchObject({ file: COMMITMENT, field: 'items[2].evidence', line: at(COMMITMENT, 'evidence:') });
    expect(issue.message).toContain('http://');
    expect(issue.message).toContain('本站路径');
  });
});

describe('unit references', () => {
  test('an old id of a renamed unit (formerIds) used in a case names the current id', async () => {
    const issue = onlyIssue(
      await withContent({
        'units.yaml': replace('- id: gongan\n', '- id: gongan\n  formerIds: [gonganju]\n'),
        [FRAUD]: replace('unit: gongan', 'unit: gonganju'),
      }),
    );
    expect(issue).toMatchObject({ file: FRAUD, field: 'unit' });
    expect(issue.message).toBe('“gonganju”是单位的旧 id，请改为现在的 id“gongan”。');
  });

  test('an old id may be no unit\'s id and no other unit\'s old id', async () => {
    const result = await withContent({
      'units.yaml': (text) =>
        text
          .replace('- id: gongan\n', '- id: gongan\n  formerIds: [gonganju, wenmingban]\n')
          .replace('- id: chengguan-zhen\n', '- id: chengguan-zhen\n  formerIds: [gonganju, chengguan-zhen]\n'),
    });
    expect(result.issues.map((i) => [i.file, i.field, i.line])).toEqual([
      ['units.yaml', '[0].formerIds[1]', 2],
      ['units.yaml', '[1].formerIds[0]', 8],
      ['units.yaml', '[1].formerIds[1]', 8],
    ]);
    expect(result.issues.map((i) => i.message)).toEqual([
      '旧 id“wenmingban”已是单位 wenmingban 的 id：旧 id 的网址要跳转到本单位，不能与任何单位的 id 或其他旧 id 相同。',
      '旧 id“gonganju”已是单位 gongan 的旧 id：旧 id 的网址要跳转到本单位，不能与任何单位的 id 或其他旧 id 相同。',
      '旧 id“chengguan-zhen”已是本单位现在的 id：旧 id 的网址要跳转到本单位，不能与任何单位的 id 或其他旧 id 相同。',
    ]);
  });

  test('a unit written by its name in a case suggests the id', async () => {
    const issue = onlyIssue(await withContent({ [FRAUD]: replace('unit: gongan', 'unit: 县公安局') }));
    expect(issue).toMatchObject({ file: FRAUD, field: 'unit', line: at(FRAUD, 'unit:') });
    expect(issue.message).toContain('这里要写单位 id');
    expect(issue.message).toContain('请把“县公安局”改为“gongan”');
  });

  test('a unit written by its full name in a rectification item suggests the id', async () => {
    const issue = onlyIssue(
      await withContent({ [CEPIN]: replace('unit: wenmingban', 'unit: 测试县精神文明建设指导委员会办公室') }),
    );
    expect(issue).toMatchObject({ file: CEPIN, field: 'items[1].unit', line: at(CEPIN, 'unit: wenmingban') });
    expect(issue.message).toContain('改为“wenmingban”');
  });

  test('an unknown unit in a case lists the known ids', async () => {
    const issue = onlyIssue(await withContent({ [FRAUD]: replace('unit: gongan', 'unit: jiancha') }));
    expect(issue).toMatchObject({ file: FRAUD, field: 'unit', line: at(FRAUD, 'unit:') });
    expect(issue.message).toContain('找不到单位“jiancha”');
    expect(issue.message).toContain('gongan、chengguan-zhen、wenmingban');
  });

  test('a case with a bad date and an unknown unit gets both problems in one run', async () => {
    const { issues } = await withContent({ [FRAUD]: (t: string) => t.replace('unit: gongan', 'unit: jiancha').replace('published: 2026-03-02', 'published: 2026-3-2') });
    expect(issues.map((i) => [i.file, i.field])).toEqual([
      [FRAUD, 'published'],
      [FRAUD, 'unit'],
    ]);
    expect(issues[1]!.message).toContain('找不到单位“jiancha”');
    expect(issues[1]!.line).toBe(at(FRAUD, 'unit:'));
  });

  test('an unknown unit in a rectification item', async () => {
    const issue = onlyIssue(await withContent({ [CEPIN]: replace('unit: chengguan-zhen', 'unit: chengguan') }));
    expect(issue).toMatchObject({ file: CEPIN, field: 'items[0].unit', line: at(CEPIN, 'unit: chengguan-zhen') });
    expect(issue.message).toContain('找不到单位“chengguan”');
  });

  test('an unknown unit in coUnits', async () => {
    const issue = onlyIssue(await withContent({ [CEPIN]: replace('coUnits: [gongan]', 'coUnits: [gongan, fayuan]') }));
    expect(issue).toMatchObject({ file: CEPIN, field: 'items[0].coUnits[1]', line: at(CEPIN, 'coUnits:') });
    expect(issue.message).toContain('找不到单位“fayuan”');
  });
});

describe('cases', () => {
  test('a duplicate case id names the other file', async () => {
    const copy = fixtureText(FRAUD).replace('aliases: [2025-099]\n', '').replace('冒充客服退款诈骗案', '另一起诈骗案');
    const issue = onlyIssue(await withContent({ 'cases/2026/fraud2.md': copy }));
    expect(issue).toMatchObject({ file: 'cases/2026/fraud2.md', field: 'id' });
    expect(issue.message).toContain('案例编号“2026-001”重复了');
    expect(issue.message).toContain(FRAUD);
  });

  test('a case id not in YYYY-NNN form', async () => {
    const issue = onlyIssue(await withContent({ [FRAUD]: replace('id: 2026-001', 'id: 2026-1') }));
    expect(issue).toMatchObject({ file: FRAUD, field: 'id', line: 2 });
    expect(issue.message).toContain('YYYY-NNN');
    expect(issue.message).toContain('“2026-1”');
  });

  test('an old id (alias) that is another case’s id', async () => {
    const issue = onlyIssue(
      await withContent({ [TRAFFIC]: replace('published: 2026-04-01', 'published: 2026-04-01\naliases: [2026-001]') }),
    );
    expect(issue).toMatchObject({ file: TRAFFIC, field: 'aliases' });
    expect(issue.message).toContain('旧编号“2026-001”已被 cases/2026/fraud.md 使用');
  });

  test('an old id equal to the case’s own id', async () => {
    const issue = onlyIssue(await withContent({ [FRAUD]: replace('aliases: [2025-099]', 'aliases: [2026-001]') }));
    expect(issue).toMatchObject({ file: FRAUD, field: 'aliases' });
    expect(issue.message).toContain('与当前编号相同');
  });

  test('a summary over 200 characters says how long it is', async () => {
    const issue = onlyIssue(await withContent({ [FRAUD]: replace(/summary: .*/, `summary: ${'案'.repeat(201)}`) }));
    expect(issue).toMatchObject({ file: FRAUD, field: 'summary', line: at(FRAUD, 'summary:') });
    expect(issue.message).toContain('不能超过 200 字');
    expect(issue.message).toContain('201 字');
  });

  test('a summary of exactly 200 characters is fine', async () => {
    expect((await withContent({ [FRAUD]: replace(/summary: .*/, `summary: ${'案'.repeat(200)}`) })).issues).toEqual([]);
  });

  test('a body without the required sections', async () => {
    const issue = onlyIssue(
      await withContent({ [FRAUD]: (s) => s.replace(/\n---\n[\s\S]*$/, '\n---\n\n张某冒充客服骗取钱款。\n') }),
    );
    expect(issue.file).toBe(FRAUD);
    expect(issue.message).toContain('正文缺少“## 基本案情”一节');
    expect(issue.message).toContain('“基本案情”“处理结果”“典型意义”');
  });

  test('sections out of order name the line of the wrong heading', async () => {
    const swapped = (s: string) =>
      s.replace('## 基本案情', '## TEMP').replace('## 处理结果', '## 基本案情').replace('## TEMP', '## 处理结果');
    const issue = onlyIssue(await withContent({ [FRAUD]: swapped }));
    expect(issue).toMatchObject({ file: FRAUD, line: at(FRAUD, '## 基本案情') });
    expect(issue.message).toContain('小节顺序不对');
    expect(issue.message).toContain('应是“## 基本案情”，现在是“## 处理结果”');
  });

  test('a missing middle section is named with the line of the heading in its place', async () => {
    const issue = onlyIssue(
      await withContent({ [FRAUD]: replace('## 处理结果\n\n法院以诈骗罪判处张某有期徒刑三年。\n\n', '') }),
    );
    expect(issue).toMatchObject({ file: FRAUD, line: at(FRAUD, '## 处理结果') });
    expect(issue.message).toContain('应是“## 处理结果”，现在是“## 典型意义”');
  });

  test('a withdrawn case needs no sections, but the same body without withdrawn does', async () => {
    const { content, issues } = await loadContent(FIXTURE_DIR);
    expect(issues).toEqual([]);
    expect(content.cases.find((c) => c.file === WITHDRAWN)!.body.trim()).toBe('已撤回。');
    const issue = onlyIssue(await withContent({ [WITHDRAWN]: replace(/withdrawn: .*\n/, '') }));
    expect(issue.file).toBe(WITHDRAWN);
    expect(issue.message).toContain('正文缺少');
  });

  test('a change note dated before publication', async () => {
    const issue = onlyIssue(await withContent({ [FRAUD]: replace('{ date: 2026-03-10', '{ date: 2026-03-01') }));
    expect(issue).toMatchObject({ file: FRAUD, field: 'changes[0].date', line: at(FRAUD, '{ date: 2026-03-10') });
    expect(issue.message).toContain('更正日期 2026-03-01 早于发布日期 2026-03-02');
  });

  test('a withdrawal dated before publication', async () => {
    const issue = onlyIssue(await withContent({ [WITHDRAWN]: replace('date: 2026-06-01', 'date: 2026-04-01') }));
    expect(issue).toMatchObject({ file: WITHDRAWN, field: 'withdrawn.date', line: at(WITHDRAWN, 'withdrawn:') });
    expect(issue.message).toContain('撤回日期 2026-04-01 早于发布日期 2026-05-01');
  });

  test('a file without frontmatter', async () => {
    const issue = onlyIssue(await withContent({ [FRAUD]: (s) => s.replace(/^---\n[\s\S]*?\n---\n/, '') }));
    expect(issue).toMatchObject({ file: FRAUD, line: 1 });
    expect(issue.message).toContain('缺少以“---”开始和结束的信息区');
  });

  test('a case file that is not Markdown', async () => {
    const issue = onlyIssue(await withContent({ 'cases/2026/fraud.docx': 'binary' }));
    expect(issue.file).toBe('cases/2026/fraud.docx');
    expect(issue.message).toContain('.md 或 .mdx');
  });
});

describe('personal data', () => {
  const bodyLine = at(FRAUD, '骗取李某3.2万元。');

  test('an ID card number in a case', async () => {
    const issue = onlyIssue(await withContent(inFraudBody('身份证号110101199003071234。')));
    expect(issue).toMatchObject({ file: FRAUD, line: bodyLine });
    expect(issue.message).toContain('发现疑似身份证号');
    expect(issue.message).not.toContain('110101199003071234');
    expect(issue.message).toContain('不得包含身份证号、手机号或银行卡号');
  });

  test('a mobile number in a case', async () => {
    const issue = onlyIssue(await withContent(inFraudBody('联系电话13812345678。')));
    expect(issue).toMatchObject({ file: FRAUD, line: bodyLine });
    expect(issue.message).toContain('发现疑似手机号（138****5678）');
  });

  test('a bank card number in a case', async () => {
    const issue = onlyIssue(await withContent(inFraudBody('转入银行卡6222021234567890128。')));
    expect(issue).toMatchObject({ file: FRAUD, line: bodyLine });
    expect(issue.message).toContain('发现疑似银行卡号');
  });

  test('a mobile number in a case’s frontmatter', async () => {
    const issue = onlyIssue(
      await withContent({ [FRAUD]: replace('title: 冒充客服退款诈骗案', 'title: 冒充客服退款诈骗案（13912345678）') }),
    );
    expect(issue).toMatchObject({ file: FRAUD, line: at(FRAUD, 'title:') });
    expect(issue.message).toContain('手机号');
  });

  test('a spaced mobile number (138 1234 5678) in a person', async () => {
    const issue = onlyIssue(
      await withContent({ [PERSON]: replace('落水儿童。', '落水儿童。联系电话 138 1234 5678。') }),
    );
    expect(issue).toMatchObject({ file: PERSON, line: at(PERSON, '2026年1月') });
    expect(issue.message).toContain('发现疑似手机号');
  });

  test('an ID card number in a person', async () => {
    const issue = onlyIssue(
      await withContent({ [PERSON]: replace('落水儿童。', '落水儿童。身份证 11010519780312002X。') }),
    );
    expect(issue.file).toBe(PERSON);
    expect(issue.message).toContain('身份证号');
  });

  test('case numbers, office phones, amounts and a 16-digit number failing Luhn are not flagged', async () => {
    const result = await withContent(
      inFraudBody('案号2024-017，举报电话0000-12388，涉案金额32000元，卷宗编号1234567812345678，2025-10-01报案。'),
    );
    expect(result.issues).toEqual([]);
  });
});

describe('MDX and Markdown', () => {
  test('an MDX syntax error names the line in the file', async () => {
    const issue = onlyIssue(await withContent({ [TRAFFIC]: replace('依法处以罚款', '依法处以罚款 {未闭合') }));
    expect(issue).toMatchObject({ file: TRAFFIC, line: at(TRAFFIC, '依法处以罚款') });
    expect(issue.message).toContain('MDX 语法错误');
    expect(issue.message).toContain('改用 .md 文件');
  });

  test('an unknown MDX component lists the available ones', async () => {
    const issue = onlyIssue(
      await withContent({
        [TRAFFIC]: replace(
          '<Callout title="提示">喝酒不开车，开车不喝酒。</Callout>',
          '<Warning>喝酒不开车。</Warning>',
        ),
      }),
    );
    expect(issue).toMatchObject({ file: TRAFFIC, line: at(TRAFFIC, '<Callout') });
    expect(issue.message).toContain('MDX 组件 <Warning> 不存在');
    expect(issue.message).toContain('<Callout>');
  });

  test('code in an MDX body is refused with the file and its line: import, export and expressions', async () => {
    const result = await withContent({
      [TRAFFIC]: replace('依法处以罚款', "依法处以罚款 {process.env.SECRET}\n\nimport fs from 'node:fs'\n\nexport const leak = fs.readFileSync('/etc/passwd', 'utf8')\n"),
    });
    const line = at(TRAFFIC, '依法处以罚款');
    expect(result.issues.map((i) => [i.file, i.line])).toEqual([
      [TRAFFIC, line],
      [TRAFFIC, line + 2],
      [TRAFFIC, line + 4],
    ]);
    expect(result.issues[0]!.message).toContain('正文不能运行代码');
    expect(result.issues[1]!.message).toContain('不能在正文中写 import 或 export');
  });

  test('raw HTML and unsafe links in a Markdown body are refused with their lines, in withdrawn cases too', async () => {
    const result = await withContent({
      ...inFraudBody('\n\n<script>alert(1)</script>\n\n[详情](javascript:alert(1)) [外站](//evil.example/)\n'),
      [WITHDRAWN]: (text) => `${text}\n<iframe src="https://evil.example/"></iframe>\n`,
    });
    const body = at(FRAUD, '骗取李某3.2万元。');
    expect(result.issues.map((i) => [i.file, i.line])).toEqual([
      [FRAUD, body + 2],
      [FRAUD, body + 4],
      [FRAUD, body + 4],
      [WITHDRAWN, fixtureText(WITHDRAWN).split('\n').length + 1],
    ]);
    expect(result.issues[0]!.message).toContain('不能使用 HTML 代码“<script>alert(1)</script>”');
    expect(result.issues[1]!.message).toContain('“javascript:”');
    expect(result.issues[2]!.message).toContain('以“//”开头');
    expect(result.issues[3]!.message).toContain('<iframe');
  });

  test('a body image must be a file beside the text: remote, missing and outside ones are refused; a local one is published', async () => {
    const png = fs.readFileSync(path.join(FIXTURE_DIR, 'good-people/2026-q1/li-ming.png'));
    const ok = await withContent({ ...inFraudBody('\n\n![现场照片](./scene.png)\n'), 'cases/2026/scene.png': png });
    expect(ok.issues).toEqual([]);
    const result = await withContent({
      ...inFraudBody('\n\n![远程](https://cdn.example/a.png)\n\n![缺失](./missing.png)\n\n![越界](../../../etc/x.png)\n'),
      'cases/2026/unused.png': png,
    });
    expect(result.issues.map((i) => i.file)).toEqual([FRAUD, FRAUD, FRAUD, 'cases/2026/unused.png']);
    expect(result.issues[0]!.message).toContain('不是本站文件');
    expect(result.issues[1]!.message).toContain('找不到图片文件“./missing.png”');
    expect(result.issues[2]!.message).toContain('在内容目录之外');
    expect(result.issues[3]!.message).toContain('这张图片没有被任何正文引用');
  });

  test('a link field may not start with //', async () => {
    const issue = onlyIssue(await withContent({ [COMMITMENT]: replace('source: /cases/2026-001/', 'source: //evil.example/x') }));
    expect(issue).toMatchObject({ file: COMMITMENT, line: at(COMMITMENT, 'source: /cases/2026-001/') });
    expect(issue.message).toContain('不能以 // 开头');
  });

  test('a .md file may have { and < in its prose', async () => {
    const result = await withContent(inFraudBody('金额 {约} 3 万元，< 5 万元，见 <附件>。'));
    expect(result.issues).toEqual([]);
    expect(result.content.cases[0]!.body).toContain('{约}');
  });
});

describe('good people', () => {
  test('a person in a list that does not exist', async () => {
    const issue = onlyIssue(await withContent({ [PERSON]: replace('list: 2026-q1', 'list: 2026-q2') }));
    expect(issue).toMatchObject({ file: PERSON, field: 'list', line: at(PERSON, 'list:') });
    expect(issue.message).toContain('找不到榜单“2026-q2”');
    expect(issue.message).toContain('2026-q1');
  });

  test('a photo that is not there', async () => {
    const issue = onlyIssue(await withContent({ 'good-people/2026-q1/li-ming.png': null }));
    expect(issue).toMatchObject({ file: PERSON, field: 'photo', line: at(PERSON, 'photo:') });
    expect(issue.message).toContain('找不到照片文件“./li-ming.png”');
  });

  test('a photo that is not an image', async () => {
    const issue = onlyIssue(
      await withContent({
        [PERSON]: replace('photo: ./li-ming.png', 'photo: ./li-ming.pdf'),
        'good-people/2026-q1/li-ming.png': null,
      }),
    );
    expect(issue).toMatchObject({ file: PERSON, field: 'photo' });
    expect(issue.message).toContain('.jpg、.png 或 .webp');
  });

  test('people but no lists.yaml', async () => {
    const issue = onlyIssue(await withContent({ 'good-people/lists.yaml': null }));
    expect(issue).toMatchObject({ file: PERSON, field: 'list', line: at(PERSON, 'list:') });
    expect(issue.message).toContain('缺少榜单文件 good-people/lists.yaml');
  });

  test('an invalid person file does not also report its photo as unreferenced', async () => {
    const issue = onlyIssue(await withContent({ [PERSON]: replace('headline: 跳入冰河救起落水儿童\n', '') }));
    expect(issue).toMatchObject({ file: PERSON, field: 'headline', message: '缺少必填字段。' });
  });

  test('a person file whose frontmatter does not parse does not also report its photo', async () => {
    const issue = onlyIssue(await withContent({ [PERSON]: replace('name: 李明', 'name: 李明: 村民') }));
    expect(issue).toMatchObject({ file: PERSON, line: at(PERSON, 'name:') });
    expect(issue.message).toContain('YAML 格式错误');
  });

  test('an invalid lists.yaml does not make every person’s list look unknown', async () => {
    const issue = onlyIssue(
      await withContent({ 'good-people/lists.yaml': replace('published: 2026-04-10', 'published: 2026-4-10') }),
    );
    expect(issue).toMatchObject({ file: 'good-people/lists.yaml', field: '[0].published', line: 4 });
    expect(issue.message).toContain('YYYY-MM-DD');
  });

  test('a duplicate list id', async () => {
    const issue = onlyIssue(await withContent({ 'good-people/lists.yaml': (s) => s + s }));
    expect(issue).toMatchObject({ file: 'good-people/lists.yaml', field: 'id' });
    expect(issue.message).toContain('榜单 id“2026-q1”重复了');
  });

  test('a duplicate person id', async () => {
    const issue = onlyIssue(await withContent({ 'good-people/2026-q1/li-ming2.md': fixtureText(PERSON) }));
    expect(issue).toMatchObject({ file: 'good-people/2026-q1/li-ming2.md', field: 'id' });
    expect(issue.message).toContain('人物 id“li-ming”重复了');
  });

  test('a birth year written as text', async () => {
    const issue = onlyIssue(await withContent({ [PERSON]: replace('birthYear: 1978', 'birthYear: 1978年') }));
    expect(issue).toMatchObject({ file: PERSON, field: 'birthYear', line: at(PERSON, 'birthYear:') });
    expect(issue.message).toContain('出生年份应为四位数字');
  });

  test('an image nobody refers to', async () => {
    const issue = onlyIssue(await withContent({ 'good-people/2026-q1/extra.jpg': 'jpg' }));
    expect(issue.file).toBe('good-people/2026-q1/extra.jpg');
    expect(issue.message).toContain('没有被任何好人文件的 photo 字段或正文引用');
  });
});

describe('rectification batches', () => {
  test('both items and ledger', async () => {
    const items =
      'items:\n  - { number: 1, problem: 路灯损坏, unit: gongan, measures: [更换], due: 2026-09-01, status: 整改中 }\n';
    const issue = onlyIssue(await withContent({ [DUCHA]: (s) => s + items }));
    expect(issue).toMatchObject({ file: DUCHA, field: 'ledger', line: at(DUCHA, 'ledger:') });
    expect(issue.message).toContain('不能同时填写 items 和 ledger');
  });

  test('neither items nor ledger', async () => {
    const issue = onlyIssue(await withContent({ [DUCHA]: replace('ledger: 2026-ducha.csv\n', ''), [LEDGER]: null }));
    expect(issue).toMatchObject({ file: DUCHA, field: 'items' });
    expect(issue.message).toContain('缺少整改事项');
  });

  test('a ledger file that is not there', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: null }));
    expect(issue).toMatchObject({ file: DUCHA, field: 'ledger', line: at(DUCHA, 'ledger:') });
    expect(issue.message).toContain('找不到台账文件“2026-ducha.csv”');
  });

  test('a ledger written with its folder', async () => {
    const issue = onlyIssue(
      await withContent({ [DUCHA]: replace('ledger: 2026-ducha.csv', 'ledger: rectification/2026-ducha.csv') }),
    );
    expect(issue).toMatchObject({ file: DUCHA, field: 'ledger', line: at(DUCHA, 'ledger:') });
    expect(issue.message).toContain('同一目录下的 CSV 或 Excel 工作簿文件名');
  });

  test('an invalid batch file does not also report its ledger as unreferenced', async () => {
    const issue = onlyIssue(await withContent({ [DUCHA]: replace('source: 督查检查', 'source: 督查') }));
    expect(issue).toMatchObject({ file: DUCHA, field: 'source' });
  });

  test('completedAt missing when the status is 已完成', async () => {
    const issue = onlyIssue(await withContent({ [CEPIN]: replace('    completedAt: 2026-07-20\n', '') }));
    expect(issue).toMatchObject({ file: CEPIN, field: 'items[1].completedAt' });
    expect(issue.message).toContain('整改状态为“已完成”时必须填写完成时间');
  });

  test('completedAt given while the status is 整改中', async () => {
    const issue = onlyIssue(
      await withContent({
        [CEPIN]: replace('    due: 2026-08-31\n', '    due: 2026-08-31\n    completedAt: 2026-08-01\n'),
      }),
    );
    expect(issue).toMatchObject({ file: CEPIN, field: 'items[0].completedAt', line: at(CEPIN, 'status: 整改中') });
    expect(issue.message).toContain('整改状态为“整改中”时不应填写完成时间');
  });

  test('a duplicate item number', async () => {
    const issue = onlyIssue(await withContent({ [CEPIN]: replace('number: 2', 'number: 1') }));
    expect(issue).toMatchObject({ file: CEPIN, field: 'items[1].number', line: at(CEPIN, 'number: 2') });
    expect(issue.message).toContain('序号 1 重复了');
  });

  test('a batch file name that is not a slug', async () => {
    const issue = onlyIssue(await withContent({ 'rectification/2026年测评.yaml': fixtureText(CEPIN) }));
    expect(issue.file).toBe('rectification/2026年测评.yaml');
    expect(issue.message).toContain('小写英文字母、数字和连字符');
  });
});

describe('CSV ledgers', () => {
  test('a missing required column', async () => {
    const dropDue = (s: string) => s.replace('整改时限,', '').replace(',2026-09-30,', ',').replace(',2026/12/31,', ',');
    const issue = onlyIssue(await withContent({ [LEDGER]: dropDue }));
    expect(issue).toMatchObject({ file: LEDGER, row: 1, column: '整改时限' });
    expect(issue.message).toContain('缺少必填列“整改时限”');
  });

  test('an unknown header lists the allowed ones', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: replace('最新进展', '联系人') }));
    expect(issue).toMatchObject({ file: LEDGER, row: 1, column: '联系人' });
    expect(issue.message).toBe(
      '不认识的表头“联系人”。台账的表头只能是：序号、问题、责任单位、配合单位、整改措施、整改时限、整改状态、完成时间、最新进展、备注。其他需要说明的内容请写在“备注”列。',
    );
  });

  test('unknown unit names in 责任单位 and 配合单位', async () => {
    const { issues } = await withContent({ [LEDGER]: replace('县公安局,城关镇、县文明办', '县检察院,城关镇、县法院') });
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ file: LEDGER, row: 2, column: '责任单位' });
    expect(issues[0]!.message).toContain('找不到单位“县检察院”');
    expect(issues[0]!.message).toContain('id、全称或别名');
    expect(issues[1]).toMatchObject({ file: LEDGER, row: 2, column: '配合单位' });
    expect(issues[1]!.message).toContain('找不到单位“县法院”');
  });

  test('a bad status names the row and the 整改状态 column', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: replace(',整改中,', ',进行中,') }));
    expect(issue).toMatchObject({ file: LEDGER, row: 3, column: '整改状态' });
    expect(issue.message).toContain('“进行中”不是允许的值');
    expect(issue.message).toContain('未启动');
  });

  test('an empty required cell', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: replace(',矛盾纠纷排查台账不全,', ',,') }));
    expect(issue).toMatchObject({ file: LEDGER, row: 3, column: '问题', message: '这一格不能为空。' });
  });

  test('an empty status cell says what may be written', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: replace(',整改中,', ',,') }));
    expect(issue).toMatchObject({ file: LEDGER, row: 3, column: '整改状态' });
    expect(issue.message).toContain('这一格不能为空');
    expect(issue.message).toContain('长期坚持');
  });

  test('an empty 完成时间 for a 已销号 row', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: replace(',已销号,2026-09-20,', ',已销号,,') }));
    expect(issue).toMatchObject({ file: LEDGER, row: 2, column: '完成时间' });
    expect(issue.message).toContain('“已销号”时必须填写完成时间');
  });

  test('an impossible date in a slash-written cell', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: replace('2026/12/31', '2026/2/30') }));
    expect(issue).toMatchObject({ file: LEDGER, row: 3, column: '整改时限' });
    expect(issue.message).toContain('不是一个真实存在的日期');
  });

  test('a duplicate 序号 names the row and the first row', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: replace('\n2,', '\n1,') }));
    expect(issue).toMatchObject({ file: LEDGER, row: 3, column: '序号' });
    expect(issue.message).toContain('序号 1 与第 2 行重复了');
  });

  test('an unclosed quote names the line where it opens', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: replace('2,矛盾纠纷', '2,"矛盾纠纷') }));
    expect(issue).toMatchObject({ file: LEDGER, line: 3 });
    expect(issue.message).toContain('CSV 格式错误');
    expect(issue.message).toContain('引号没有闭合');
  });

  test('a row with more cells than headers', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: replace('正在逐村核对', '正在逐村核对,另有说明') }));
    expect(issue).toMatchObject({ file: LEDGER, row: 3 });
    expect(issue.message).toContain('这一行有 10 个单元格，多于表头的 9 列');
    expect(issue.message).toContain('没有加引号');
  });

  test('with or without a BOM, and with Windows line ends, the ledger reads the same', async () => {
    const bom = fixtureText(LEDGER);
    expect(bom.startsWith('\uFEFF')).toBe(true);
    const plain = await withContent({ [LEDGER]: bom.slice(1) });
    const windows = await withContent({ [LEDGER]: bom.replace(/\n/g, '\r\n') });
    const reference = await loadContent(FIXTURE_DIR);
    const items = (r: typeof reference) => r.content.rectification.find((b) => b.id === '2026-ducha')!.items;
    expect(plain.issues).toEqual([]);
    expect(windows.issues).toEqual([]);
    expect(items(plain)).toEqual(items(reference));
    expect(items(windows)).toEqual(items(reference));
  });

  test('a CSV no batch refers to', async () => {
    const issue = onlyIssue(await withContent({ 'rectification/2026-extra.csv': fixtureText(LEDGER) }));
    expect(issue.file).toBe('rectification/2026-extra.csv');
    expect(issue.message).toContain('没有被任何整改批次引用');
    expect(issue.message).toContain('ledger: 文件名（.csv 或 .xlsx）');
  });
});

describe('files in the wrong place', () => {
  test('a .yml file', async () => {
    const issue = onlyIssue(
      await withContent({ 'indicators.yml': fixtureText('indicators.yaml'), 'indicators.yaml': null }),
    );
    expect(issue.file).toBe('indicators.yml');
    expect(issue.message).toContain('扩展名应为 .yaml（不是 .yml）');
  });

  test.each([
    ['commitments/2026-H2/gongan.yml', 'commitments/2026-H2/gongan.yaml'],
    ['good-people/lists.yml', 'good-people/lists.yaml'],
    ['rectification/2026-cepin.yml', 'rectification/2026-cepin.yaml'],
  ])('%s (.yml inside a collection) is told to rename', async (yml, yaml) => {
    const { issues } = await withContent({ [yml]: fixtureText(yaml), [yaml]: null });
    const issue = issues.find((i) => i.file === yml)!;
    expect(issue.message).toBe('扩展名应为 .yaml（不是 .yml），否则这个文件不会被发布。请改名。');
  });

  test('a stray file', async () => {
    const issue = onlyIssue(await withContent({ 'notes/todo.txt': '待办' }));
    expect(issue.file).toBe('notes/todo.txt');
    expect(issue.message).toContain('不在内容约定的任何位置');
  });

  test('a free page named like a site section', async () => {
    const issue = onlyIssue(await withContent({ 'pages/cases.md': fixtureText('pages/about.md') }));
    expect(issue.file).toBe('pages/cases.md');
    expect(issue.message).toContain('与网站栏目网址 /cases/ 冲突');
  });

  test('a free page name that is not a slug', async () => {
    const issue = onlyIssue(await withContent({ 'pages/关于.md': fixtureText('pages/about.md') }));
    expect(issue.file).toBe('pages/关于.md');
    expect(issue.message).toContain('小写英文字母、数字和连字符');
  });

  test('two free pages with the same name (about.md and about.mdx)', async () => {
    const issue = onlyIssue(await withContent({ 'pages/about.mdx': fixtureText('pages/about.md') }));
    expect(issue.file).toBe('pages/about.mdx');
    expect(issue.message).toContain('页面名“about”重复了，已被 pages/about.md 使用');
  });

  test('a free page without a title', async () => {
    const issue = onlyIssue(await withContent({ 'pages/about.md': replace('title: 关于本站\n', '') }));
    expect(issue).toMatchObject({ file: 'pages/about.md', field: 'title', message: '缺少必填字段。' });
  });

  test('a free page in a sub-folder', async () => {
    const issue = onlyIssue(await withContent({ 'pages/more/contact.md': fixtureText('pages/about.md') }));
    expect(issue.file).toBe('pages/more/contact.md');
    expect(issue.message).toContain('pages/ 目录下的 .md 或 .mdx');
  });

  test('a content directory that does not exist', async () => {
    const issue = onlyIssue(await loadContent('/nonexistent/fzwm-content'));
    expect(issue.file).toBe('.');
    expect(issue.message).toContain('内容目录不存在');
    expect(issue.message).toContain('CONTENT_DIR');
  });
});

describe('indicators', () => {
  test('the same period twice in a series', async () => {
    const issue = onlyIssue(
      await withContent({
        'indicators.yaml': replace('{ period: 2026-Q2, value: 98 }', '{ period: 2026-Q1, value: 98 }'),
      }),
    );
    expect(issue).toMatchObject({
      file: 'indicators.yaml',
      field: '[1].series[1].period',
      line: at('indicators.yaml', '{ period: 2026-Q2, value: 98 }'),
    });
    expect(issue.message).toContain('指标“刑事案件发案数”的期间 2026-Q1 出现了两次');
  });

  test('a value written as text ("97.6%")', async () => {
    const issue = onlyIssue(await withContent({ 'indicators.yaml': replace('value: 97.8', 'value: "97.6%"') }));
    expect(issue).toMatchObject({
      file: 'indicators.yaml',
      field: '[0].series[1].value',
      line: at('indicators.yaml', 'value: 97.8'),
    });
    expect(issue.message).toContain('数值应为数字（不带单位和引号）');
    expect(issue.message).toContain('“97.6%”');
  });

  test('a period that is not a period', async () => {
    const issue = onlyIssue(
      await withContent({
        'indicators.yaml': replace('period: 2026-Q2, value: 97.8', 'period: 2026年二季度, value: 97.8'),
      }),
    );
    expect(issue).toMatchObject({ file: 'indicators.yaml', field: '[0].series[1].period' });
    expect(issue.message).toContain('YYYY-Q1');
  });
});

describe('all problems in one run', () => {
  test('mistakes in several files are all reported', async () => {
    const { issues } = await withContent({
      [COMMITMENT]: replace('    status: 已兑现', '    status: 完成'),
      [FRAUD]: replace('unit: gongan', 'unit: 县公安局'),
      [PERSON]: replace('list: 2026-q1', 'list: 2026-q9'),
      [LEDGER]: replace(',整改中,', ',进行中,'),
      'indicators.yaml': replace('value: 97.8', 'value: "97.6%"'),
      'site.yaml': replace('siteCode: "0000000009"', 'siteCode: 0000000009'),
      'pages/search.md': fixtureText('pages/about.md'),
    });
    const where = (i: ContentIssue) => `${i.file}|${i.field ?? i.column ?? ''}`;
    expect(issues.map(where).sort()).toEqual(
      [
        `${COMMITMENT}|items[2].status`,
        `${FRAUD}|unit`,
        `${PERSON}|list`,
        `${LEDGER}|整改状态`,
        'indicators.yaml|[0].series[1].value',
        'site.yaml|siteCode',
        'pages/search.md|',
      ].sort(),
    );
  });

  test('several mistakes in one file are all reported', async () => {
    const { issues } = await withContent({
      [CEPIN]: (s) =>
        s
          .replace('source: 测评反馈', 'source: 测评')
          .replace('due: 2026-08-31', 'due: 2026-8-31')
          .replace('status: 已完成', 'status: 完成'),
    });
    expect(issues.map((i) => i.field).sort()).toEqual(['items[0].due', 'items[1].status', 'source']);
    expect(issues.every((i) => i.file === CEPIN && i.line !== undefined)).toBe(true);
  });

  test('the same content directory can be loaded twice with the same result', async () => {
    const dir = makeContent({ [FRAUD]: replace('unit: gongan', 'unit: jiancha') });
    const first = await loadContent(dir);
    const second = await loadContent(dir);
    expect(second.issues).toEqual(first.issues);
    expect(first.issues).toHaveLength(1);
  });
});
