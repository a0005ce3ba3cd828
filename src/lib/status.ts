// Derived status: the one place that decides whether a commitment or rectification item is 逾期 (overdue).
import type { CommitmentStatus, RectificationStatus } from '../schemas/shared.ts';

/** Statuses that mean the work is still open; past the due date these are overdue. */
/** The derived status: an open item past its due date. Written by no one; decided only here. */
export const OVERDUE_LABEL = '逾期';

/** Every status a reader can see: the written ones and 逾期. The status → look maps (src/ui/status.ts) cover each. */
export type StatusLabel = CommitmentStatus | RectificationStatus | typeof OVERDUE_LABEL;

const OPEN_STATUSES: ReadonlySet<string> = new Set(['未启动', '推进中', '整改中']);

export interface DerivedStatus {
  /** The status as written. */
  status: CommitmentStatus | RectificationStatus;
  overdue: boolean;
  /** Whole days past due (overdue items), else 0. */
  daysOverdue: number;
  /** Whole days until due for open items that are not overdue, else undefined. */
  daysLeft: number | undefined;
  /** What a reader sees: 逾期 replaces an open status past its due date. */
  label: StatusLabel;
}

/** Days from a to b, both YYYY-MM-DD (calendar days, no time zone involved). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** An item due on the as-of date is not yet overdue; the day after, it is. */
export function deriveItemStatus(item: { status: CommitmentStatus | RectificationStatus; due: string }, asOf: string): DerivedStatus {
  const open = OPEN_STATUSES.has(item.status);
  const remaining = daysBetween(asOf, item.due);
  const overdue = open && remaining < 0;
  return {
    status: item.status,
    overdue,
    daysOverdue: overdue ? -remaining : 0,
    daysLeft: open && !overdue ? remaining : undefined,
    label: overdue ? OVERDUE_LABEL : item.status,
  };
}

/** What a reader sees for a commitment item, in display order: 逾期 replaces 推进中/未启动 past the due date. */
export const COMMITMENT_LABELS = ['已兑现', '部分兑现', '推进中', '未启动', OVERDUE_LABEL, '未兑现'] as const;
export type CommitmentLabel = (typeof COMMITMENT_LABELS)[number];

/** What a reader sees for a rectification item, in display order: 逾期 replaces 整改中/未启动 past the due date. */
export const RECTIFICATION_LABELS = ['已完成', '已销号', '长期坚持', '整改中', '未启动', OVERDUE_LABEL] as const;
export type RectificationLabel = (typeof RECTIFICATION_LABELS)[number];
