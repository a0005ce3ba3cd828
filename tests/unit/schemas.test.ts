// The building blocks in src/schemas/shared.ts and the rules particular to each collection schema.
import { describe, expect, test } from 'vitest';
import { caseSchema } from '../../src/schemas/cases.ts';
import { goodPersonSchema } from '../../src/schemas/good-people.ts';
import { indicatorSchema } from '../../src/schemas/indicators.ts';
import { rectificationBatchSchema, rectificationItemSchema } from '../../src/schemas/rectification.ts';
import { isoDate, isRealDate, period, slug, unitRef, urlOrSitePath } from '../../src/schemas/shared.ts';
import { siteSchema } from '../../src/schemas/site.ts';

/** The messages of a failed parse (fails the test if the value is accepted). */
function messages(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ message: string }> } } },
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  expect(result.success, `expected ${JSON.stringify(value)} to be refused`).toBe(false);
  return result.error!.issues.map((i) => i.message);
}

describe('isoDate', () => {
  test('a YYYY-MM-DD text, or a Date as Astro’s frontmatter parser gives it', () => {
    expect(isoDate.parse('2024-02-29')).toBe('2024-02-29');
    expect(isoDate.parse(new Date('2026-03-02T00:00:00Z'))).toBe('2026-03-02');
  });

  test('a malformed date gets the format message only', () => {
    expect(messages(isoDate, '2026-7-5')).toEqual(['日期格式应为 YYYY-MM-DD（例如 2024-06-30）']);
  });

  test('an impossible date', () => {
    expect(messages(isoDate, '2026-02-29')).toEqual(['不是一个真实存在的日期']);
    expect(messages(isoDate, '2026-13-01')).toEqual(['不是一个真实存在的日期']);
  });

  test('a number is not a date', () => {
    expect(messages(isoDate, 20260302)).toEqual(['应为日期，格式 YYYY-MM-DD（例如 2024-06-30）']);
  });

  test('isRealDate knows leap years', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2100-02-29')).toBe(false);
    expect(isRealDate('2026-04-31')).toBe(false);
  });
});

describe('period', () => {
  test('text or a bare year as a number', () => {
    expect(period.parse('2026-H2')).toBe('2026-H2');
    expect(period.parse(2024)).toBe('2024');
  });

  test('anything else says what a period looks like', () => {
    expect(messages(period, '2026年上半年')[0]).toContain('YYYY-H1/YYYY-H2');
    expect(messages(period, 2024.5)[0]).toContain('应为期间');
  });
});

describe('slugs, unit references and links', () => {
  test('a slug is lower-case ASCII, digits and hyphens', () => {
    expect(slug('人物 id').parse('li-ming-2')).toBe('li-ming-2');
    expect(messages(slug('人物 id'), 'Li_Ming')[0]).toContain('人物 id只能由小写英文字母、数字和连字符组成');
    expect(messages(slug('人物 id'), '-li')).toHaveLength(1);
  });

  test('a unit reference is any non-empty text (load-content checks that it is a unit id)', () => {
    expect(unitRef.parse(' gongan ')).toBe('gongan');
    expect(unitRef.parse('县公安局')).toBe('县公安局');
    expect(messages(unitRef, '')).toEqual(['不能为空']);
  });

  test('a URL or a site path', () => {
    expect(urlOrSitePath.parse('/cases/2026-001/')).toBe('/cases/2026-001/');
    expect(urlOrSitePath.parse('https://example.gov.cn/a')).toBe('https://example.gov.cn/a');
    expect(messages(urlOrSitePath, 'www.example.gov.cn')[0]).toContain('以单个 / 开头的本站路径');
    // //host is another site without a scheme; the others would run code or carry data.
    for (const bad of ['//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'data:text/html,x', 'https:///x', 'https://a b']) {
      expect(messages(urlOrSitePath, bad)[0], bad).toContain('不能以 // 开头');
    }
  });
});

describe('collection rules', () => {
  test('a case id is YYYY-NNN', () => {
    const ok = {
      id: '2026-001',
      title: 't',
      type: '警示案例',
      category: 'c',
      unit: 'gongan',
      published: '2026-01-01',
      summary: 's',
    };
    expect(caseSchema.parse(ok).id).toBe('2026-001');
    expect(messages(caseSchema, { ...ok, id: '2026-01' })[0]).toContain('YYYY-NNN');
    expect(messages(caseSchema, { ...ok, aliases: ['old'] })[0]).toContain('YYYY-NNN');
  });

  test('a birth year is a plausible whole number', () => {
    const ok = { id: 'a', name: '李明', list: '2026-q1', category: '见义勇为', headline: 'h', township: 't' };
    expect(goodPersonSchema.parse({ ...ok, birthYear: 1978 }).birthYear).toBe(1978);
    expect(messages(goodPersonSchema, { ...ok, birthYear: 1850 })).toEqual(['出生年份不应早于 1900 年']);
    expect(messages(goodPersonSchema, { ...ok, gender: '未知' })[0]).toBeDefined();
  });

  test('an indicator: higherIsBetter defaults to true, a series needs a point, a rank is a positive whole number', () => {
    const ok = { id: 'a', name: 'n', unit: '%', source: 's', series: [{ period: '2026-Q1', value: 97.1 }] };
    expect(indicatorSchema.parse(ok).higherIsBetter).toBe(true);
    expect(messages(indicatorSchema, { ...ok, series: [] })).toEqual(['至少需要一期数据']);
    expect(messages(indicatorSchema, { ...ok, series: [{ period: '2026-Q1', value: 1, rank: 0 }] })).toEqual([
      '排名应为正整数',
    ]);
    expect(messages(indicatorSchema, { ...ok, higherIsBetter: 'yes' })).toEqual([
      'higherIsBetter 只能写 true 或 false',
    ]);
  });

  test('a rectification item: completedAt required exactly when done', () => {
    const ok = {
      number: 1,
      problem: 'p',
      unit: 'gongan',
      measures: ['m'],
      due: '2026-06-30',
      status: '已销号',
      completedAt: '2026-06-01',
    };
    expect(rectificationItemSchema.parse(ok).completedAt).toBe('2026-06-01');
    expect(messages(rectificationItemSchema, { ...ok, completedAt: undefined })[0]).toContain('必须填写完成时间');
    expect(messages(rectificationItemSchema, { ...ok, status: '长期坚持' })[0]).toContain('不应填写完成时间');
    expect(messages(rectificationItemSchema, { ...ok, number: 1.5 })).toEqual(['序号应为正整数']);
  });

  test('a ledger is a CSV or .xlsx file name beside the batch', () => {
    const ok = { title: 't', source: '其他', foundAt: '2026-01-01', ledger: '2026-x.csv' };
    expect(rectificationBatchSchema.parse(ok).ledger).toBe('2026-x.csv');
    expect(rectificationBatchSchema.parse({ ...ok, ledger: '2026-x.xlsx' }).ledger).toBe('2026-x.xlsx');
    expect(messages(rectificationBatchSchema, { ...ok, ledger: '../x.csv' })[0]).toContain('同一目录下的 CSV 或 Excel 工作簿文件名');
    expect(messages(rectificationBatchSchema, { ...ok, ledger: '2026-x.xls' })[0]).toContain('“另存为”Excel 工作簿 .xlsx');
  });

  test('siteCode must be quoted text', () => {
    const ok = { name: 'n', region: 'r', organizer: 'o', baseUrl: 'https://a.example' };
    expect(siteSchema.parse({ ...ok, siteCode: '0000000009' }).siteCode).toBe('0000000009');
    expect(messages(siteSchema, { ...ok, siteCode: 9 })[0]).toContain('带引号的文字');
  });

  test('a value still holding new-county’s placeholder asks to be filled in, before its format is judged', () => {
    const ok = { name: 'n', region: 'r', organizer: 'o', baseUrl: 'https://a.example' };
    expect(messages(siteSchema, { ...ok, baseUrl: '待填写：网站地址，例如 https://www.example.gov.cn/' })).toEqual([
      '还没有填写：请把占位文字换成实际内容',
    ]);
    expect(messages(siteSchema, { ...ok, icp: ' 待填写：ICP备案号' })).toEqual([
      '还没有填写：请把占位文字换成实际内容（这一项可以不填：不需要时删除这一行）',
    ]);
    // The word elsewhere in a value is just text.
    expect(siteSchema.parse({ ...ok, organizer: '某某县待填写办公室' }).organizer).toBe('某某县待填写办公室');
    expect(messages(siteSchema, { ...ok, baseUrl: 'www.example.gov.cn' })).toEqual(['应为以 http:// 或 https:// 开头的完整网址']);
  });
});
