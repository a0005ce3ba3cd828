// formatIssues: the report a staff member reads, grouped by file, with lines, fields (and their Chinese
// names) and CSV rows/columns.
import { afterAll, describe, expect, test } from 'vitest';
import { describeField, formatIssues, formatPath, sortIssues, type ContentIssue } from '../../src/lib/issues.ts';
import { caseSchema } from '../../src/schemas/cases.ts';
import { commitmentSchema } from '../../src/schemas/commitments.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { unitsFileSchema } from '../../src/schemas/units.ts';
import { cleanupContent, replace, withContent } from './helpers.ts';

afterAll(cleanupContent);

describe('formatPath and describeField', () => {
  test('a Zod path becomes a dotted field with indexes', () => {
    expect(formatPath(['items', 2, 'status'])).toBe('items[2].status');
    expect(formatPath([0, 'series', 1, 'period'])).toBe('[0].series[1].period');
    expect(formatPath([])).toBe('');
  });

  test('a field is followed by the Chinese label its schema gives it', () => {
    expect(describeField('items[0].status', commitmentSchema)).toBe('items[0].status（状态）');
    expect(describeField('[2].aliases[1]', unitsFileSchema)).toBe('[2].aliases[1]（别名/旧编号）');
    expect(describeField('withdrawn.date', caseSchema)).toBe('withdrawn.date（日期）');
    expect(describeField('siteCode', siteSchema)).toBe('siteCode（网站标识码）');
  });

  test('a field its schema does not have, or a file without a schema, is left as it is', () => {
    expect(describeField('items[0].stauts', commitmentSchema)).toBe('items[0].stauts');
    expect(describeField('siteCode', caseSchema)).toBe('siteCode');
    expect(describeField('status', undefined)).toBe('status');
  });
});

describe('sortIssues', () => {
  test('by file, then by row or line', () => {
    const issues: ContentIssue[] = [
      { file: 'units.yaml', line: 9, message: 'b' },
      { file: 'site.yaml', message: 'a' },
      { file: 'units.yaml', line: 2, message: 'c' },
      { file: 'rectification/x.csv', row: 3, message: 'd' },
      { file: 'rectification/x.csv', row: 1, message: 'e' },
    ];
    expect(sortIssues(issues).map((i) => i.message)).toEqual(['e', 'd', 'a', 'c', 'b']);
    expect(issues[0]!.message).toBe('b'); // the input is not reordered
  });
});

describe('formatIssues', () => {
  const issues: ContentIssue[] = [
    {
      file: 'commitments/2026-H2/gongan.yaml',
      field: 'items[0].status',
      line: 8,
      message: '“完成”不是允许的值。允许的值：未启动、推进中、已兑现、部分兑现、未兑现。',
    },
    { file: 'rectification/2026-ducha.csv', row: 3, column: '整改状态', message: '“进行中”不是允许的值。' },
    { file: 'commitments/2026-H2/gongan.yaml', field: 'leader', line: 1, message: '缺少必填字段。' },
    { file: 'site.yaml', message: '缺少网站信息文件 site.yaml。' },
  ];

  test('says how many problems in how many files, and that nothing is published', () => {
    const report = formatIssues(issues, '/srv/content');
    const [first, second] = report.split('\n');
    expect(first).toBe('内容检查未通过：3 个文件中共有 4 个问题（内容目录：/srv/content）。');
    expect(second).toContain('网站不会发布任何内容');
  });

  test('groups the problems under their file, each file once, lines in order', () => {
    const report = formatIssues(issues);
    expect(report.match(/✗ commitments\/2026-H2\/gongan\.yaml/g)).toHaveLength(1);
    const block = report.slice(report.indexOf('✗ commitments/2026-H2/gongan.yaml')).split('\n\n')[0]!;
    expect(block.split('\n')).toEqual([
      '✗ commitments/2026-H2/gongan.yaml',
      '  - 第 1 行，字段 leader（责任领导）：缺少必填字段。',
      '  - 第 8 行，字段 items[0].status（状态）：“完成”不是允许的值。允许的值：未启动、推进中、已兑现、部分兑现、未兑现。',
    ]);
  });

  test('a CSV problem names the row and the column', () => {
    expect(formatIssues(issues)).toContain(
      '✗ rectification/2026-ducha.csv\n  - 第 3 行，“整改状态”列：“进行中”不是允许的值。',
    );
  });

  test('a whole-file problem has no location prefix', () => {
    expect(formatIssues(issues)).toContain('✗ site.yaml\n  - 缺少网站信息文件 site.yaml。');
  });

  test('without a content dir the header does not mention one', () => {
    expect(formatIssues(issues)).not.toContain('内容目录');
  });

  test('a real load formats with Chinese field names', async () => {
    const { issues: found } = await withContent({
      'rectification/2026-cepin.yaml': replace('status: 整改中', 'status: 进行中'),
    });
    const report = formatIssues(found);
    expect(report).toContain('✗ rectification/2026-cepin.yaml');
    expect(report).toContain('第 12 行，字段 items[0].status（状态）：“进行中”不是允许的值。');
  });
});
