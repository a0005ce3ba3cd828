// Single-fault copies of the test fixture, one file each, across every collection: mistakes staff make and values that
// YAML parsers read differently (a date in a text field, yes/no, 0012, a duplicate key, tags), each with the verdict
// the check and the build must both give. Each mutation writes its own files, so all of them fit in one copy.
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../fixtures/valid');

export interface ContentMutation {
  name: string;
  /** Files to write (relative to the content dir), on top of a copy of the fixture. */
  files: Record<string, string>;
  /** The one file a report names when the mutation is refused. */
  file: string;
  refused: boolean;
  /** Phrases of the Chinese report for this file. */
  expect: string[];
}

const fixture = (file: string) => fs.readFileSync(path.join(FIXTURE_DIR, file), 'utf8');

/** Replaces one piece of text, failing loudly if the fixture no longer has it. */
function edit(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture text not found: ${String(from)}`);
  return next;
}

/** A new case from fraud.md (or traffic.mdx), with its own number and no old numbers. */
const newCase = (n: number, change: (text: string) => string, mdx = false) =>
  change(
    mdx
      ? edit(fixture('cases/2026/traffic.mdx'), 'id: 2026-002', `id: 2026-${n}`)
      : edit(edit(fixture('cases/2026/fraud.md'), 'id: 2026-001', `id: 2026-${n}`), 'aliases: [2025-099]\n', ''),
  );
/** A new honoured person from li-ming.md, without a photo. */
const newPerson = (id: string, change: (text: string) => string) =>
  change(
    edit(edit(fixture('good-people/2026-q1/li-ming.md'), 'id: li-ming', `id: ${id}`), 'photo: ./li-ming.png\n', ''),
  );
const newCommitment = (change: (text: string) => string) => change(fixture('commitments/2026-H2/gongan.yaml'));
const newBatch = (change: (text: string) => string) => change(fixture('rectification/2026-cepin.yaml'));
const ledgerBatch = (id: string) =>
  edit(fixture('rectification/2026-ducha.yaml'), 'ledger: 2026-ducha.csv', `ledger: ${id}.csv`);
const PAGE = fixture('pages/about.md');

const refused = (name: string, file: string, text: string, expect: string[]): ContentMutation => ({
  name,
  files: { [file]: text },
  file,
  refused: true,
  expect,
});
const accepted = (name: string, file: string, text: string): ContentMutation => ({
  name,
  files: { [file]: text },
  file,
  refused: false,
  expect: [],
});

export const MUTATIONS: ContentMutation[] = [
  // Cases (Markdown and MDX).
  refused(
    'a case number written unquoted with leading zeros (id: 0012)',
    'cases/m/id-number.md',
    newCase(101, (t) => edit(t, 'id: 2026-101', 'id: 0012')),
    ['字段 id（编号）', '案例编号应为文字'],
  ),
  refused(
    'a duplicate key in a case',
    'cases/m/duplicate-key.md',
    newCase(102, (t) => edit(t, 'type: 警示案例', 'type: 警示案例\ntitle: 另一个标题')),
    ['同一个字段写了两次'],
  ),
  refused(
    'an unknown unit in a case',
    'cases/m/unit.md',
    newCase(103, (t) => edit(t, 'unit: gongan', 'unit: gonan')),
    ['字段 unit（单位）', '找不到单位“gonan”'],
  ),
  refused(
    'a mobile phone number in a case',
    'cases/m/phone.md',
    newCase(104, (t) => edit(t, '骗取李某3.2万元', '骗取李某（电话13912345678）3.2万元')),
    ['手机号', '139****5678'],
  ),
  refused(
    'an impossible date',
    'cases/m/date.md',
    newCase(105, (t) => edit(t, 'published: 2026-03-02', 'published: 2026-02-30')),
    ['不是一个真实存在的日期'],
  ),
  refused(
    'withdrawn before published',
    'cases/m/withdrawn.md',
    newCase(106, (t) => edit(t, 'changes:', 'withdrawn: { date: 2026-01-01, reason: 依法撤回 }\nchanges:')),
    ['撤回日期 2026-01-01 早于发布日期 2026-03-02'],
  ),
  refused(
    'an MDX syntax error',
    'cases/m/syntax.mdx',
    newCase(107, (t) => edit(t, '<Callout title="提示">', '<Callout title="提示"'), true),
    ['MDX 语法错误'],
  ),
  // Content is data, never code: each is refused by the check and, before anything is compiled, by the build.
  refused(
    'an MDX import reading a file of the build machine',
    'cases/m/import.mdx',
    newCase(113, (t) => `${t}\nimport fs from 'node:fs'\n\nexport const leak = fs.readFileSync('/etc/passwd', 'utf8')\n`, true),
    ['不能在正文中写 import 或 export'],
  ),
  refused(
    'an MDX expression publishing an environment variable',
    'cases/m/expression.mdx',
    newCase(114, (t) => edit(t, '<Callout title="提示">', '{process.env.HOME}\n\n<Callout title="提示">'), true),
    ['“{process.env.HOME}”在 .mdx 文件中是代码'],
  ),
  refused(
    'raw HTML with an event handler in a Markdown case',
    'cases/m/html.md',
    newCase(115, (t) => edit(t, '骗取李某3.2万元。', '骗取李某3.2万元。<img src=x onerror=alert(1)>')),
    ['不能使用 HTML 代码“<img src=x onerror=alert(1)>”'],
  ),
  refused(
    'a javascript: link and a remote image in a Markdown case',
    'cases/m/link.md',
    newCase(116, (t) => `${t}\n[详情](javascript:alert(1))\n\n![现场](https://cdn.example/x.png)\n`),
    ['“javascript:”', '不是本站文件'],
  ),
  refused(
    'a //host link in a commitment\'s progress source',
    'commitments/2026-Q4/gongan.yaml',
    newCommitment((t) => edit(t, 'source: /cases/2026-001/', 'source: //evil.example/x')),
    ['不能以 // 开头'],
  ),
  refused(
    'a case type written yes',
    'cases/m/type-yes.md',
    newCase(108, (t) => edit(t, 'type: 警示案例', 'type: yes')),
    ['字段 type（案例类型）', '“yes”不是允许的值'],
  ),
  refused(
    'a YAML tag (!!timestamp) on a date',
    'cases/m/timestamp.md',
    newCase(109, (t) => edit(t, 'published: 2026-03-02', 'published: !!timestamp 2026-03-02')),
    ['不要使用以“!”开头的 YAML 标签'],
  ),
  refused(
    'a custom YAML tag in an MDX file',
    'cases/m/tag.mdx',
    newCase(110, (t) => edit(t, 'title: 酒后驾驶被查处', 'title: !custom 酒后驾驶被查处'), true),
    ['不要使用以“!”开头的 YAML 标签'],
  ),
  refused(
    'a YAML merge key (<<)',
    'cases/m/merge.md',
    newCase(111, (t) => edit(t, 'tags: [反诈, 退款]', '<<: { tags: [反诈] }')),
    ['不认识的字段“<<”'],
  ),
  refused(
    'a summary written null',
    'cases/m/null.md',
    newCase(112, (t) => edit(t, /summary: .*/, 'summary: null')),
    ['字段 summary（摘要）', '空值'],
  ),

  // Good people.
  refused(
    'a person id 0012',
    'good-people/2026-q1/m-id.md',
    newPerson('m-id', (t) => edit(t, 'id: m-id', 'id: 0012')),
    ['字段 id（编号）'],
  ),
  refused(
    'a birth year written as text',
    'good-people/2026-q1/m-birth.md',
    newPerson('m-birth', (t) => edit(t, 'birthYear: 1978', 'birthYear: 1978年')),
    ['出生年份应为四位数字'],
  ),
  refused(
    'an honour list that does not exist',
    'good-people/2026-q1/m-list.md',
    newPerson('m-list', (t) => edit(t, 'list: 2026-q1', 'list: 2026-q9')),
    ['找不到榜单“2026-q9”'],
  ),
  refused(
    'a category written yes',
    'good-people/2026-q1/m-category.md',
    newPerson('m-category', (t) => edit(t, 'category: 见义勇为', 'category: yes')),
    ['“yes”不是允许的值'],
  ),

  // Free pages.
  refused('a page title left empty', 'pages/m-empty.md', edit(PAGE, 'title: 关于本站', 'title:'), [
    '字段 title（标题）',
    '不能为空值',
  ]),
  refused('a duplicate key in a page', 'pages/m-duplicate.md', edit(PAGE, 'order: 1', 'order: 1\norder: 2'), [
    '同一个字段写了两次',
  ]),
  refused('a page order written 1_000', 'pages/m-order.md', edit(PAGE, 'order: 1', 'order: 1_000'), ['order 应为数字']),

  // Commitments.
  refused(
    'a YAML syntax error',
    'commitments/2025-H1/gongan.yaml',
    newCommitment((t) => edit(t, 'leader: 王某某（局长）', 'leader: 王某某: 局长')),
    ['YAML 格式错误', '加引号'],
  ),
  refused(
    'an item due before the commitment was made',
    'commitments/2025-H2/gongan.yaml',
    newCommitment((t) => edit(t, 'due: 2026-09-30', 'due: 2026-06-30')),
    ['时限 2026-06-30 早于公开承诺日期 madeAt（2026-07-05）'],
  ),
  refused(
    'a progress entry after the as-of date',
    'commitments/2025-Q1/gongan.yaml',
    newCommitment((t) => edit(t, 'date: 2026-08-15', 'date: 2026-11-22')),
    ['进展日期 2026-11-22 晚于网站的截至日期（2026-11-21'],
  ),
  refused(
    'a status that is not allowed',
    'commitments/2025-Q2/gongan.yaml',
    newCommitment((t) => edit(t, '    status: 已兑现', '    status: 已完成')),
    ['items[2].status（状态）', '未启动、推进中、已兑现、部分兑现、未兑现'],
  ),
  refused(
    'a misspelt field',
    'commitments/2025-Q3/gongan.yaml',
    newCommitment((t) => edit(t, '    status: 已兑现', '    stauts: 已兑现')),
    ['items[2].stauts', '是不是想写“status”'],
  ),
  refused(
    'a date in another format',
    'commitments/2025-Q4/gongan.yaml',
    newCommitment((t) => edit(t, 'madeAt: 2026-07-05', 'madeAt: 2026.7.5')),
    ['日期格式应为 YYYY-MM-DD'],
  ),

  // Rectification, inline and in CSV ledgers.
  refused(
    'a completion in the future',
    'rectification/2026-m-future.yaml',
    newBatch((t) => edit(t, 'completedAt: 2026-07-20', 'completedAt: 2026-12-01')),
    ['完成时间 2026-12-01 晚于网站的截至日期'],
  ),
  refused(
    'a completion before the batch was found',
    'rectification/2026-m-early.yaml',
    newBatch((t) => edit(t, 'completedAt: 2026-07-20', 'completedAt: 2026-05-01')),
    ['早于本批问题的发现日期 foundAt（2026-05-20）'],
  ),
  refused(
    'a rectification progress entry after the as-of date',
    'rectification/2026-m-progress.yaml',
    newBatch((t) => edit(t, 'date: 2026-07-01', 'date: 2027-07-01')),
    ['进展日期 2027-07-01 晚于'],
  ),
  {
    name: 'a ledger completion in the future',
    files: {
      'rectification/2026-m-ledger-future.yaml': ledgerBatch('2026-m-ledger-future'),
      'rectification/2026-m-ledger-future.csv': edit(
        fixture('rectification/2026-ducha.csv'),
        ',已销号,2026-09-20,',
        ',已销号,2026/12/1,',
      ),
    },
    file: 'rectification/2026-m-ledger-future.csv',
    refused: true,
    expect: ['第 2 行，“完成时间”列：完成时间 2026-12-01 晚于'],
  },
  {
    name: 'a bad status in a ledger row',
    files: {
      'rectification/2026-m-ledger-status.yaml': ledgerBatch('2026-m-ledger-status'),
      'rectification/2026-m-ledger-status.csv': edit(fixture('rectification/2026-ducha.csv'), ',整改中,', ',进行中,'),
    },
    file: 'rectification/2026-m-ledger-status.csv',
    refused: true,
    expect: ['第 3 行，“整改状态”列：“进行中”不是允许的值'],
  },

  // The files there is one of.
  refused(
    'an alias used by two units',
    'units.yaml',
    edit(fixture('units.yaml'), 'aliases: [县文明办]', 'aliases: [县文明办, 公安局]'),
    ['名称“公安局”已被单位 gongan 使用'],
  ),
  refused(
    'an unquoted siteCode',
    'site.yaml',
    edit(fixture('site.yaml'), 'siteCode: "0000000009"', 'siteCode: 0000000009'),
    ['开头的 0 会丢失'],
  ),
  refused('a percentage above 100', 'indicators.yaml', edit(fixture('indicators.yaml'), 'value: 97.8', 'value: 120'), [
    '数值 120 超出了 0～100',
  ]),
  refused('an honour list twice', 'good-people/lists.yaml', fixture('good-people/lists.yaml').repeat(2), [
    '榜单 id“2026-q1”重复了',
  ]),

  // Accepted: YAML 1.2 reads these as text (or a number where a number belongs), and so do the check and the build.
  accepted(
    'a date in a text field (category: 2026-01-01)',
    'cases/m/a-date-category.md',
    newCase(201, (t) => edit(t, 'category: 电信网络诈骗', 'category: 2026-01-01')),
  ),
  accepted(
    'the same date quoted',
    'cases/m/a-quoted-date.md',
    newCase(202, (t) => edit(t, 'category: 电信网络诈骗', 'category: "2026-01-01"')),
  ),
  accepted(
    'title: yes and a date category in MDX',
    'cases/m/a-yes.mdx',
    newCase(
      203,
      (t) => edit(edit(t, 'title: 酒后驾驶被查处', 'title: yes'), 'category: 交通安全', 'category: 2026-01-02'),
      true,
    ),
  ),
  accepted(
    'yes, no, a date and a quoted 0012 as tags; a timestamp-like title',
    'cases/m/a-tags.md',
    newCase(204, (t) =>
      edit(
        edit(t, 'tags: [反诈, 退款]', 'tags: [yes, no, 2026-01-01, "0012"]'),
        'title: 冒充客服退款诈骗案',
        'title: 2026-01-01T10:00:00',
      ),
    ),
  ),
  accepted(
    'a person with headline: no and a date as identity',
    'good-people/2026-q1/m-accepted.md',
    newPerson('m-accepted', (t) =>
      edit(edit(t, 'headline: 跳入冰河救起落水儿童', 'headline: no'), 'identity: 村民', 'identity: 2026-01-01'),
    ),
  ),
  accepted(
    'a page titled yes, order 0012',
    'pages/m-yes.md',
    edit(edit(PAGE, 'title: 关于本站', 'title: yes'), 'order: 1', 'order: 0012'),
  ),
  accepted(
    'a commitment supervised by “yes” with a date as an item',
    'commitments/2024/gongan.yaml',
    newCommitment((t) =>
      edit(edit(t, 'supervisor: 县纪委监委', 'supervisor: yes'), 'text: 城区主干道路口监控全覆盖', 'text: 2026-01-01'),
    ),
  ),
  accepted(
    'a rectification item numbered 0012 with a date as its problem',
    'rectification/2026-m-accepted.yaml',
    newBatch((t) =>
      edit(
        edit(edit(t, 'number: 2', 'number: 0012'), 'problem: 公益广告破损', 'problem: 2026-05-01'),
        'measures: [更换公益广告牌]',
        'measures: [yes, no]',
      ),
    ),
  ),
];

/** Writes a mutation's files into a content directory. */
export function applyMutation(dir: string, mutation: ContentMutation): void {
  for (const [file, text] of Object.entries(mutation.files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}
