// A rebuild within the month keeps the last build's as-of date while the content brings no later date
// (src/lib/pinned-as-of.ts).
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load-content.ts';
import { DEADLINE_FIELDS, newestDate, pinnedAsOf } from '../../src/lib/pinned-as-of.ts';
import { deadlineFieldNames } from '../../src/schemas/fields.ts';
import { commitmentItemSchema } from '../../src/schemas/commitments.ts';
import { caseSchema } from '../../src/schemas/cases.ts';
import { FIXTURE_DIR, TEST_AS_OF } from './helpers.ts';

describe('newestDate', () => {
  it('finds the latest YYYY-MM-DD value up to a day, at any depth: arrays, objects, Maps and Dates', () => {
    const content = {
      cases: [{ data: { published: '2026-03-02', withdrawn: { date: '2026-04-01' } } }],
      ledgers: [{ items: [{ progress: [{ date: '2026-11-24', note: '已约谈' }], completedAt: null, due: '2026-12-31' }] }],
      extra: new Map([['x', ['2025-01-01']]]),
      when: new Date('2026-05-06T12:00:00Z'),
    };
    expect(newestDate(content, '2026-11-30')).toBe('2026-11-24');
    expect(newestDate(content, '2026-11-23')).toBe('2026-05-06');
    // A deadline is not a date something happened, whether it has passed or not.
    expect(newestDate(content, '2026-12-31')).toBe('2026-11-24');
    expect(newestDate(content, '2026-12-31', new Set())).toBe('2026-12-31');
    expect(newestDate({ only: new Map([['x', '2025-01-01']]) }, '2026-01-01')).toBe('2025-01-01');
  });

  it('counts only whole dates: not a month, a quarter, a time stamp or a date inside a sentence', () => {
    expect(newestDate(['2026-12', '2026-Q4', '2026-12-31T00:00:00', '截至2026-12-31的数据', 'body 2027-01-01'], '2030-01-01')).toBeUndefined();
    expect(newestDate({ a: '2026-11-30', b: ['2026-11-29'] }, '2030-01-01')).toBe('2026-11-30');
  });

  it('survives shared and circular references', () => {
    const shared: Record<string, unknown> = { date: '2026-02-03' };
    shared['self'] = shared;
    expect(newestDate({ a: shared, b: shared, c: [shared] }, '2030-01-01')).toBe('2026-02-03');
    expect(newestDate(null, '2030-01-01')).toBeUndefined();
  });

  it('finds the test county’s newest date in its loaded content', async () => {
    const { content } = await loadContent(FIXTURE_DIR, TEST_AS_OF);
    const newest = newestDate(content, TEST_AS_OF);
    expect(newest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(newest! <= TEST_AS_OF).toBe(true);
    // Its deadlines after that day are there, and are not counted.
    expect(newestDate(content, '2099-12-31', new Set())! > TEST_AS_OF).toBe(true);
    expect(newestDate(content, '2099-12-31')! <= TEST_AS_OF).toBe(true);
  });
});

describe('deadline fields', () => {
  it('are the fields the schemas mark as deadlines: the 时限 of commitments and rectification items', () => {
    expect([...DEADLINE_FIELDS]).toEqual(['due']);
    expect(deadlineFieldNames([commitmentItemSchema])).toEqual(['due']);
    // Dates that record something done are not deadlines.
    expect(deadlineFieldNames([caseSchema])).toEqual([]);
  });
});

describe('pinnedAsOf', () => {
  it('keeps the last build’s date later in the same month when no content date is after it', () => {
    expect(pinnedAsOf('2026-11-22', '2026-11-21', '2026-11-20')).toBe('2026-11-21');
    expect(pinnedAsOf('2026-11-30', '2026-11-01', '2026-11-01')).toBe('2026-11-01');
    expect(pinnedAsOf('2026-11-30', '2026-11-01', undefined)).toBe('2026-11-01');
  });

  it('builds as of the requested day when the content holds a later date than the last build’s', () => {
    expect(pinnedAsOf('2026-11-22', '2026-11-21', '2026-11-22')).toBeUndefined();
  });

  it('builds as of the requested day in a new month, for an earlier day, the same day, or with no last build', () => {
    expect(pinnedAsOf('2026-12-01', '2026-11-30', '2026-11-02')).toBeUndefined();
    expect(pinnedAsOf('2026-11-20', '2026-11-21', '2026-11-02')).toBeUndefined();
    expect(pinnedAsOf('2026-11-21', '2026-11-21', '2026-11-02')).toBeUndefined();
    expect(pinnedAsOf('2026-11-21', undefined, '2026-11-02')).toBeUndefined();
  });
});
