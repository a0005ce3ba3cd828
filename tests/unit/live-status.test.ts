// Live statuses: the pending items a page carries, and the counts, bars and dates the page's script works out from
// them for the reader's today, with the one derivation (deriveItemStatus).
import { describe, expect, it } from 'vitest';
import {
  decodePending,
  encodePending,
  joinPending,
  liveDate,
  liveItemAttributes,
  mayTurnOverdue,
  shiftCounts,
  tallySegments,
  turnedOverdue,
} from '../../src/lib/live-status.ts';
import { tallyRectificationItems } from '../../src/lib/accountability.ts';
import { RECTIFICATION_LABELS } from '../../src/lib/status.ts';

const items = [
  { status: '整改中', due: '2026-11-20' }, // overdue already
  { status: '整改中', due: '2026-11-25' }, // turns overdue on the 26th
  { status: '未启动', due: '2026-11-29' }, // on the 30th
  { status: '整改中', due: '2026-11-30' }, // due on the month's last day: overdue only in December (rebuilt then)
  { status: '整改中', due: '2026-12-15' }, // next month
  { status: '已销号', due: '2026-11-22' }, // closed
] as const;

describe('pending items', () => {
  it('lists the open items a later day of the month can turn 逾期, and nothing else', () => {
    const text = encodePending(items, '2026-11-21');
    expect(text).toBe('2026-11-25 整改中 2026-11-29 未启动');
    expect(decodePending(text)).toEqual([
      { due: '2026-11-25', status: '整改中' },
      { due: '2026-11-29', status: '未启动' },
    ]);
    expect(items.map((i) => mayTurnOverdue(i, '2026-11-21'))).toEqual([false, true, true, false, false, false]);
    expect(encodePending(items, '2026-12-01')).toBe('2026-12-15 整改中');
    expect(encodePending(items, '2027-01-01')).toBe('');
    expect(joinPending(['2026-11-29 未启动', '', '2026-11-25 整改中 2026-11-27 推进中'])).toBe(
      '2026-11-25 整改中 2026-11-27 推进中 2026-11-29 未启动',
    );
    expect(decodePending('garbage words 2026-11-25')).toEqual([]);
  });

  it('moves each one to 逾期 the day after its due date', () => {
    const pending = decodePending(encodePending(items, '2026-11-21'));
    expect(turnedOverdue(pending, '2026-11-25')).toHaveLength(0);
    expect(turnedOverdue(pending, '2026-11-26')).toHaveLength(1);
    expect(turnedOverdue(pending, '2026-11-30')).toHaveLength(2);
    const tally = tallyRectificationItems(items, '2026-11-21');
    expect(tally.byLabel).toMatchObject({ 整改中: 3, 未启动: 1, 逾期: 1, 已销号: 1 });
    // Worked out on the 30th from the page, equal to a build on the 30th.
    const live = shiftCounts(tally.byLabel, decodePending(tally.pending), '2026-11-30');
    expect(live).toEqual(tallyRectificationItems(items, '2026-11-30').byLabel);
  });

  it('draws the bar from the counts, 0 % for a label without items', () => {
    const bars = tallySegments(RECTIFICATION_LABELS, { 已完成: 1, 整改中: 2, 逾期: 1 }, 4);
    expect(bars.map((b) => [b.label, b.x, b.width])).toEqual([
      ['已完成', '0%', '25%'],
      ['已销号', '25%', '0%'],
      ['长期坚持', '25%', '0%'],
      ['整改中', '25%', '50%'],
      ['未启动', '75%', '0%'],
      ['逾期', '75%', '25%'],
    ]);
  });
});

describe('the date and the items', () => {
  it('works statuses out for the reader’s today in Shanghai, never before the page’s date', () => {
    expect(liveDate('2026-11-21', new Date('2026-11-25T20:00:00Z'))).toBe('2026-11-26');
    expect(liveDate('2026-11-21', new Date('2026-11-01T12:00:00+08:00'))).toBe('2026-11-21');
    expect(liveDate('not a date', new Date())).toBeUndefined();
  });

  it('makes every open item live, overdue or not, and no closed one', () => {
    expect(liveItemAttributes(items[0], '2026-11-21')).toEqual({
      'data-live-item': '',
      'data-due': '2026-11-20',
      'data-written': '整改中',
    });
    expect(liveItemAttributes(items[4], '2026-11-21')).toHaveProperty('data-live-item');
    expect(liveItemAttributes(items[5], '2026-11-21')).toEqual({});
  });
});
