// deriveItemStatus: the one rule for 逾期 (overdue) and days left, as of a given date.
import { describe, expect, test } from 'vitest';
import { daysBetween, deriveItemStatus } from '../../src/lib/status.ts';

const AS_OF = '2026-07-15';

describe('daysBetween', () => {
  test('counts calendar days, across months and leap days', () => {
    expect(daysBetween('2026-07-15', '2026-07-15')).toBe(0);
    expect(daysBetween('2026-07-15', '2026-07-16')).toBe(1);
    expect(daysBetween('2026-07-16', '2026-07-15')).toBe(-1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    // Across the start of daylight saving time elsewhere: still whole days.
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
  });
});

describe('deriveItemStatus', () => {
  test.each(['未启动', '推进中', '整改中'] as const)('an open status (%s) past its due date is 逾期', (status) => {
    expect(deriveItemStatus({ status, due: '2026-07-10' }, AS_OF)).toEqual({
      status,
      overdue: true,
      daysOverdue: 5,
      daysLeft: undefined,
      label: '逾期',
    });
  });

  test('one day past due is overdue by one day', () => {
    expect(deriveItemStatus({ status: '推进中', due: '2026-07-14' }, AS_OF)).toMatchObject({
      overdue: true,
      daysOverdue: 1,
    });
  });

  test('due on the as-of date is not yet overdue: 0 days left', () => {
    expect(deriveItemStatus({ status: '整改中', due: AS_OF }, AS_OF)).toEqual({
      status: '整改中',
      overdue: false,
      daysOverdue: 0,
      daysLeft: 0,
      label: '整改中',
    });
  });

  test('an open item due later shows the days left', () => {
    expect(deriveItemStatus({ status: '未启动', due: '2026-08-14' }, AS_OF)).toMatchObject({
      overdue: false,
      daysLeft: 30,
      label: '未启动',
    });
  });

  test.each(['已兑现', '部分兑现', '未兑现', '已完成', '长期坚持', '已销号'] as const)(
    'a closed status (%s) is never overdue and has no days left',
    (status) => {
      expect(deriveItemStatus({ status, due: '2020-01-01' }, AS_OF)).toEqual({
        status,
        overdue: false,
        daysOverdue: 0,
        daysLeft: undefined,
        label: status,
      });
    },
  );
});
