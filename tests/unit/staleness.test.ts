// The stale-status line: shown only when the reader's today in Asia/Shanghai is more than two days after the as-of date.
import { describe, expect, it } from 'vitest';
import { daysSince, shanghaiDate, staleNotice } from '../../src/lib/staleness.ts';

describe('staleNotice', () => {
  it('counts days in Asia/Shanghai, whatever the reader’s time zone', () => {
    // 2026-11-23 17:00 UTC is already 2026-11-24 01:00 in Shanghai.
    expect(shanghaiDate(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
    expect(daysSince('2026-11-21', new Date('2026-11-23T17:00:00Z'))).toBe(3);
    expect(daysSince('2026-11-21', new Date('2026-11-23T15:00:00Z'))).toBe(2);
  });

  it('says nothing up to two days after the as-of date, and one line after that', () => {
    expect(staleNotice('2026-11-21', new Date('2026-11-21T12:00:00+08:00'))).toBeUndefined();
    expect(staleNotice('2026-11-21', new Date('2026-11-22T12:00:00+08:00'))).toBeUndefined();
    expect(staleNotice('2026-11-21', new Date('2026-11-23T23:59:00+08:00'))).toBeUndefined();
    expect(staleNotice('2026-11-21', new Date('2026-11-24T00:01:00+08:00'))).toBe(
      '本页状态截至 2026-11-21，已超过 2 天未更新，逾期天数可能已变化。',
    );
    // Across a month and a year.
    expect(staleNotice('2026-12-30', new Date('2027-01-02T09:00:00+08:00'))).toContain('本页状态截至 2026-12-30');
    // A page built "in the future" (a reader's clock set back) is not stale.
    expect(staleNotice('2026-11-21', new Date('2026-11-01T09:00:00+08:00'))).toBeUndefined();
  });

  it('says nothing for an unreadable date', () => {
    expect(staleNotice('', new Date())).toBeUndefined();
    expect(staleNotice('2026-13-45', new Date())).toBeUndefined();
  });
});
