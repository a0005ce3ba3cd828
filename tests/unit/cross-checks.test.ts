// Dates that contradict each other and indicator values outside their range: refused by loadContent, naming both
// fields and the line (or the ledger's row and column), as of the date the site is built for.
import { afterAll, describe, expect, test } from 'vitest';
import { asOfWords } from '../../src/lib/cross-checks.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { todayInShanghai } from '../../src/lib/site-env.ts';
import {
  cleanupContent,
  fixtureText,
  lineOf,
  makeContent,
  onlyIssue,
  replace,
  TEST_AS_OF,
  withContent,
} from './helpers.ts';

afterAll(cleanupContent);

const COMMITMENT = 'commitments/2026-H2/gongan.yaml';
const CEPIN = 'rectification/2026-cepin.yaml';
const LEDGER = 'rectification/2026-ducha.csv';
const at = (file: string, needle: string) => lineOf(fixtureText(file), needle);

describe('commitments', () => {
  test('an item due before the commitment was made public names due and madeAt', async () => {
    const issue = onlyIssue(await withContent({ [COMMITMENT]: replace('due: 2026-09-30', 'due: 2026-06-30') }));
    expect(issue).toEqual({
      file: COMMITMENT,
      field: 'items[0].due',
      line: at(COMMITMENT, 'due: 2026-09-30'),
      message:
        '时限 2026-06-30 早于公开承诺日期 madeAt（2026-07-05）：承诺事项的时限不能早于承诺公开的那一天，请核对这两个日期。',
    });
  });

  test('an item due on the day the commitment was made is fine', async () => {
    expect((await withContent({ [COMMITMENT]: replace('due: 2026-09-30', 'due: 2026-07-05') })).issues).toEqual([]);
  });

  test('a progress entry dated after the as-of date', async () => {
    const issue = onlyIssue(await withContent({ [COMMITMENT]: replace('date: 2026-08-15', 'date: 2026-11-22') }));
    expect(issue).toEqual({
      file: COMMITMENT,
      field: 'items[0].progress[0].date',
      line: at(COMMITMENT, 'date: 2026-08-15'),
      message:
        '进展日期 2026-11-22 晚于网站的截至日期（2026-11-21，即 SITE_AS_OF）：进展只能记录已经发生的事，请核对日期。',
    });
  });

  test('a progress entry on the as-of date itself is fine', async () => {
    expect((await withContent({ [COMMITMENT]: replace('date: 2026-08-15', 'date: 2026-11-21') })).issues).toEqual([]);
  });
});

describe('rectification items written in the batch', () => {
  test('a completion in the future', async () => {
    const issue = onlyIssue(
      await withContent({ [CEPIN]: replace('completedAt: 2026-07-20', 'completedAt: 2026-12-01') }),
    );
    expect(issue).toMatchObject({ file: CEPIN, field: 'items[1].completedAt', line: at(CEPIN, 'completedAt:') });
    expect(issue.message).toBe(
      '完成时间 2026-12-01 晚于网站的截至日期（2026-11-21，即 SITE_AS_OF）：不能填写将来的日期。尚未完成的事项请把状态改为“整改中”，并删除完成时间。',
    );
  });

  test('a completion before the batch was found names completedAt and foundAt', async () => {
    const issue = onlyIssue(
      await withContent({ [CEPIN]: replace('completedAt: 2026-07-20', 'completedAt: 2026-05-19') }),
    );
    expect(issue).toMatchObject({ file: CEPIN, field: 'items[1].completedAt', line: at(CEPIN, 'completedAt:') });
    expect(issue.message).toBe(
      '完成时间 2026-05-19 早于本批问题的发现日期 foundAt（2026-05-20）：问题发现之前不可能整改完成，请核对这两个日期。',
    );
  });

  test('a completion on the day the batch was found, or on the as-of date, is fine', async () => {
    expect(
      (await withContent({ [CEPIN]: replace('completedAt: 2026-07-20', 'completedAt: 2026-05-20') })).issues,
    ).toEqual([]);
    expect(
      (await withContent({ [CEPIN]: replace('completedAt: 2026-07-20', 'completedAt: 2026-11-21') })).issues,
    ).toEqual([]);
  });

  test('a progress entry dated after the as-of date', async () => {
    const issue = onlyIssue(await withContent({ [CEPIN]: replace('date: 2026-07-01', 'date: 2027-01-01') }));
    expect(issue).toMatchObject({
      file: CEPIN,
      field: 'items[0].progress[0].date',
      line: at(CEPIN, 'date: 2026-07-01'),
    });
    expect(issue.message).toContain('进展日期 2027-01-01 晚于网站的截至日期（2026-11-21');
  });
});

describe('rectification items in a CSV ledger', () => {
  test('a completion in the future names the row and the 完成时间 column', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: replace(',已销号,2026-09-20,', ',已销号,2026/12/1,') }));
    expect(issue).toMatchObject({ file: LEDGER, row: 2, column: '完成时间' });
    expect(issue.message).toContain('完成时间 2026-12-01 晚于网站的截至日期（2026-11-21');
  });

  test('a completion before the batch was found names the batch file’s foundAt', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: replace(',已销号,2026-09-20,', ',已销号,2026-06-01,') }));
    expect(issue).toEqual({
      file: LEDGER,
      row: 2,
      column: '完成时间',
      message:
        '完成时间 2026-06-01 早于本批问题的发现日期 foundAt（2026-06-15，写在 rectification/2026-ducha.yaml 中）：问题发现之前不可能整改完成，请核对这两个日期。',
    });
  });

  test('a 最新进展 dated after the as-of date names its row', async () => {
    const issue = onlyIssue(await withContent({ [LEDGER]: replace('正在逐村核对', '2026-12-05 正在逐村核对') }));
    expect(issue).toMatchObject({ file: LEDGER, row: 3, column: '最新进展' });
    expect(issue.message).toContain('进展日期 2026-12-05 晚于网站的截至日期');
  });
});

describe('the as-of date', () => {
  test('is the one given: the same content passes as of a later day and fails as of an earlier one', async () => {
    const dir = makeContent();
    expect((await loadContent(dir, TEST_AS_OF)).issues).toEqual([]);
    const early = await loadContent(dir, '2026-08-01');
    expect(early.issues.map((i) => `${i.file}|${i.field ?? i.column}`).sort()).toEqual(
      [`${COMMITMENT}|items[0].progress[0].date`, `${LEDGER}|完成时间`, `${LEDGER}|最新进展`].sort(),
    );
  });

  test('is called “今天” when it is today', () => {
    expect(asOfWords(todayInShanghai())).toBe(`今天（${todayInShanghai()}）`);
    expect(asOfWords('2026-11-21', '2026-11-30')).toBe('网站的截至日期（2026-11-21，即 SITE_AS_OF）');
  });
});

describe('indicators', () => {
  test('a percentage above 100 says the range and how to allow it', async () => {
    const issue = onlyIssue(await withContent({ 'indicators.yaml': replace('value: 97.8', 'value: 978') }));
    expect(issue).toMatchObject({
      file: 'indicators.yaml',
      field: '[0].series[1].value',
      line: at('indicators.yaml', 'value: 97.8'),
    });
    expect(issue.message).toBe(
      '指标“群众安全感”2026-Q2 的数值 978 超出了 0～100：单位是 % 的指标默认在这个范围内。如果这个指标确实可以超出（例如增长率），请在该指标下写明 min 和 max（例如 min: -100、max: 500）。',
    );
  });

  test('a negative percentage and a percentage target above 100', async () => {
    const { issues } = await withContent({
      'indicators.yaml': (s) => s.replace('value: 97.1', 'value: -3').replace('target: 98', 'target: 980'),
    });
    expect(issues.map((i) => [i.field, i.line])).toEqual([
      ['[0].series[0].value', at('indicators.yaml', 'value: 97.1')],
      ['[0].target', at('indicators.yaml', 'target: 98')],
    ]);
    expect(issues[1]!.message).toContain('目标值 980');
  });

  test('min and max let a percentage go beyond 0–100, and bound any other unit', async () => {
    const growth = replace('  target: 98\n', '  target: 98\n  min: -100\n  max: 1000\n');
    expect(
      (await withContent({ 'indicators.yaml': (s) => growth(s).replace('value: 97.8', 'value: 978') })).issues,
    ).toEqual([]);
    const bounded = replace('  higherIsBetter: false\n', '  higherIsBetter: false\n  max: 100\n');
    const issue = onlyIssue(await withContent({ 'indicators.yaml': bounded }));
    expect(issue).toMatchObject({ field: '[1].series[0].value' });
    expect(issue.message).toBe('指标“刑事案件发案数”2026-Q1 的数值 120 超出了该指标 min/max 写明的范围（不限～100）。');
  });

  test('a min above the max', async () => {
    const issue = onlyIssue(
      await withContent({ 'indicators.yaml': replace('  target: 98\n', '  target: 98\n  min: 100\n  max: 0\n') }),
    );
    expect(issue).toMatchObject({
      file: 'indicators.yaml',
      field: '[0].min',
      line: at('indicators.yaml', 'target: 98') + 1,
    });
    expect(issue.message).toBe('指标“群众安全感”的最小值 min（100）大于最大值 max（0），请核对。');
  });
});
