// 逾期 and the day counts as of the reader's today: what a page carries (each open item's written status and due date,
// and for its counts the items that may still turn 逾期) worked out again in the browser with the one derivation,
// deriveItemStatus (status.ts). No Node imports: src/scripts/live-status.ts runs it, and so does the build.
import { deriveItemStatus, OVERDUE_LABEL, type StatusLabel } from './status.ts';
import { daysSince, monthEnd, shanghaiDate, STALE_AFTER_DAYS } from './staleness.ts';

export { monthEnd };
import type { CommitmentStatus, RectificationStatus } from '../schemas/shared.ts';

export type WrittenStatus = CommitmentStatus | RectificationStatus;

/** An open item that was not yet overdue on the page's as-of date. */
export interface PendingItem {
  status: WrittenStatus;
  due: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The date statuses are worked out for in the browser: the reader's today in Asia/Shanghai, but never before the
 * page's own as-of date (a clock set back changes nothing) — undefined when the page's date is unreadable.
 */
export function liveDate(asOf: string, now: Date): string | undefined {
  if (!DATE.test(asOf) || Number.isNaN(Date.parse(asOf))) return undefined;
  const today = shanghaiDate(now);
  return today > asOf ? today : asOf;
}

/**
 * Whether the page has missed its rebuild: its month is over by more than the grace days. Its item statuses are still
 * worked out live, but its counts only know the items that could turn 逾期 within its own month.
 */
export function missedRebuild(asOf: string, now: Date): boolean {
  return DATE.test(asOf) && daysSince(monthEnd(asOf), now) > STALE_AFTER_DAYS;
}

/** Whether a later day of the as-of month can turn the item 逾期: open, not yet overdue, due before the month's end. */
export function mayTurnOverdue(item: { status: WrittenStatus; due: string }, asOf: string): boolean {
  return deriveItemStatus(item, asOf).daysLeft !== undefined && item.due < monthEnd(asOf);
}

/**
 * The items of a count that a later day of the as-of month can turn 逾期 (open, not yet overdue, due before the
 * month's last day), as "due status" pairs joined by spaces: what data-pending carries. Empty when there are none.
 */
export function encodePending(items: readonly { status: WrittenStatus; due: string }[], asOf: string): string {
  return items
    .filter((item) => mayTurnOverdue(item, asOf))
    .map((item) => `${item.due} ${item.status}`)
    .sort()
    .join(' ');
}

export function decodePending(text: string | undefined): PendingItem[] {
  const words = (text ?? '').split(' ').filter(Boolean);
  const items: PendingItem[] = [];
  for (let i = 0; i + 1 < words.length; i += 2) {
    if (DATE.test(words[i]!)) items.push({ due: words[i]!, status: words[i + 1] as WrittenStatus });
  }
  return items;
}

/** The pending items that are overdue on `date`. */
export function turnedOverdue(pending: readonly PendingItem[], date: string): PendingItem[] {
  return pending.filter((item) => deriveItemStatus(item, date).overdue);
}

/** Counts per label on `date`: each pending item now past due moves from its written status to 逾期. */
export function shiftCounts(
  byLabel: Readonly<Partial<Record<StatusLabel, number>>>,
  pending: readonly PendingItem[],
  date: string,
): Partial<Record<StatusLabel, number>> {
  const next: Partial<Record<StatusLabel, number>> = { ...byLabel };
  for (const item of turnedOverdue(pending, date)) {
    next[item.status] = Math.max(0, (next[item.status] ?? 0) - 1);
    next[OVERDUE_LABEL] = (next[OVERDUE_LABEL] ?? 0) + 1;
  }
  return next;
}

export interface TallySegment {
  label: StatusLabel;
  count: number;
  /** Start and width in % of the bar, as SVG attributes (the CSP allows no style attribute). */
  x: string;
  width: string;
}

/** The tally bar's segments, in the order of `labels`; a label with no items has width 0%. */
export function tallySegments(
  labels: readonly StatusLabel[],
  byLabel: Readonly<Partial<Record<StatusLabel, number>>>,
  total: number,
): TallySegment[] {
  const pct = (n: number) => `${Number(((n / Math.max(total, 1)) * 100).toFixed(3))}%`;
  let before = 0;
  return labels.map((label) => {
    const count = byLabel[label] ?? 0;
    const segment = { label, count, x: pct(before), width: pct(count) };
    before += count;
    return segment;
  });
}

/** Several encoded pending lists as one (a unit's or a period's count over several commitments or ledgers). */
export function joinPending(lists: readonly string[]): string {
  return lists
    .flatMap((list) => {
      const words = list.split(' ').filter(Boolean);
      const pairs: string[] = [];
      for (let i = 0; i + 1 < words.length; i += 2) pairs.push(`${words[i]} ${words[i + 1]}`);
      return pairs;
    })
    .sort()
    .join(' ');
}

/**
 * The attributes that make an item's status live (data-live-item, its due date and written status): every open item,
 * overdue or not, since its day count moves every day. A closed item never changes and gets none.
 */
export function liveItemAttributes(
  item: { status: WrittenStatus; due: string },
  asOf: string,
): Record<string, string> {
  const d = deriveItemStatus(item, asOf);
  return d.overdue || d.daysLeft !== undefined ? { 'data-live-item': '', 'data-due': item.due, 'data-written': item.status } : {};
}
