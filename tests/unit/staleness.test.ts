// The stale-page line: shown only when the reader's today in Asia/Shanghai is more than two days after the end of the
// page's month, i.e. when the page missed its monthly rebuild (until then its script works the statuses out live).
import { describe, expect, it } from 'vitest';
import { daysSince, monthEnd, shanghaiDate, staleNotice } from '../../src/lib/staleness.ts';

describe('staleNotice', () => {
  it('counts days in Asia/Shanghai, whatever the reader’s time zone', () => {
    // 2026-11-23 17:00 UTC is already 2026-11-24 01:00 in Shanghai.
    expect(shanghaiDate(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
    expect(daysSince('2026-11-21', new Date('2026-11-23T17:00:00Z'))).toBe(3);
    expect(daysSince('2026-11-21', new Date('2026-11-23T15:00:00Z'))).toBe(2);
  });

  it('says nothing through the page’s month and two days after it, and one line after that', () => {
    const line = '本页生成于 2026-11-21，此后未按时更新：各事项的逾期状态和天数已按今天计算，但汇总数字可能已有变化，请以更新后的页面为准。';
    expect(staleNotice('2026-11-21', new Date('2026-11-21T12:00:00+08:00'))).toBeUndefined();
    expect(staleNotice('2026-11-21', new Date('2026-11-30T23:59:00+08:00'))).toBeUndefined();
    expect(staleNotice('2026-11-21', new Date('2026-12-02T23:59:00+08:00'))).toBeUndefined();
    expect(staleNotice('2026-11-21', new Date('2026-12-03T00:01:00+08:00'))).toBe(line);
    // Across a year, and February.
    expect(staleNotice('2026-12-30', new Date('2027-01-02T09:00:00+08:00'))).toBeUndefined();
    expect(staleNotice('2026-12-30', new Date('2027-01-03T09:00:00+08:00'))).toContain('本页生成于 2026-12-30');
    expect(staleNotice('2027-02-10', new Date('2027-03-03T09:00:00+08:00'))).toContain('本页生成于 2027-02-10');
    expect(monthEnd('2028-02-10')).toBe('2028-02-29');
    // A page built "in the future" (a reader's clock set back) is not stale.
    expect(staleNotice('2026-11-21', new Date('2026-11-01T09:00:00+08:00'))).toBeUndefined();
  });

  it('says nothing for an unreadable date', () => {
    expect(staleNotice('', new Date())).toBeUndefined();
    expect(staleNotice('2026-13-45', new Date())).toBeUndefined();
  });
});
