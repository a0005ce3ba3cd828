// Reporting periods: parsing (any letter case), Chinese labels, date ranges, slugs and newest-first order.
import { describe, expect, test } from 'vitest';
import { comparePeriodsDesc, parsePeriod, periodLabel, periodRange, periodSlug } from '../../src/lib/periods.ts';

describe('parsePeriod', () => {
  test('a year, a half and a quarter', () => {
    expect(parsePeriod('2026')).toEqual({ key: '2026', year: 2026, kind: 'year', index: 1 });
    expect(parsePeriod('2026-H2')).toEqual({ key: '2026-H2', year: 2026, kind: 'half', index: 2 });
    expect(parsePeriod('2026-Q3')).toEqual({ key: '2026-Q3', year: 2026, kind: 'quarter', index: 3 });
  });

  test('any letter case and surrounding spaces, giving the canonical key', () => {
    expect(parsePeriod('2026-h1')?.key).toBe('2026-H1');
    expect(parsePeriod(' 2026-q4 ')?.key).toBe('2026-Q4');
  });

  test('a bare year given as a number (unquoted in YAML)', () => {
    expect(parsePeriod(2024)).toEqual({ key: '2024', year: 2024, kind: 'year', index: 1 });
  });

  test.each(['2026-H3', '2026-Q5', '2026-Q0', '26-H1', '2026H1', '2026-下半年', '2026-06', ''])(
    '%j is not a period',
    (value) => {
      expect(parsePeriod(value)).toBeUndefined();
    },
  );
});

describe('periodLabel', () => {
  test.each([
    ['2026', '2026年'],
    ['2026-H1', '2026年上半年'],
    ['2026-H2', '2026年下半年'],
    ['2026-Q1', '2026年第一季度'],
    ['2026-Q3', '2026年第三季度'],
    ['2026-q4', '2026年第四季度'],
  ])('%s → %s', (key, label) => {
    expect(periodLabel(key)).toBe(label);
  });

  test('a value that is not a period is shown as written', () => {
    expect(periodLabel('明年')).toBe('明年');
  });
});

describe('periodRange', () => {
  test.each([
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026-H1', '2026-01-01', '2026-06-30'],
    ['2026-H2', '2026-07-01', '2026-12-31'],
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2028-Q1', '2028-01-01', '2028-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
  ])('%s runs from %s to %s', (key, start, end) => {
    expect(periodRange(key)).toEqual({ start, end });
  });

  test('a value that is not a period throws, naming it', () => {
    expect(() => periodRange('2026-H3')).toThrow('不是期间：2026-H3');
  });
});

describe('periodSlug and ordering', () => {
  test('the URL slug is lower case', () => {
    expect(periodSlug('2026-H2')).toBe('2026-h2');
  });

  test('newest first; a shorter period before the longer one ending the same day', () => {
    const periods = ['2025', '2026-H1', '2026-Q1', '2026', '2026-Q4', '2026-H2', '2025-Q4'];
    expect([...periods].sort(comparePeriodsDesc)).toEqual([
      '2026-Q4',
      '2026-H2',
      '2026',
      '2026-H1',
      '2026-Q1',
      '2025-Q4',
      '2025',
    ]);
  });
});
