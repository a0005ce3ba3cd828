// Accountability arithmetic, pure: per-status counts, fulfilment and completion rates, overdue ordering,
// unit rollups, indicator summaries and the CSV ledger rows. Every 逾期 comes from deriveItemStatus.
import type { CommitmentItem } from '../schemas/commitments.ts';
import type { RectificationItem } from '../schemas/rectification.ts';
import type { CommitmentStatus, RectificationStatus } from '../schemas/shared.ts';
import { punctuation } from '../ui/common.ts';
import { indicatorWords, ruleWords } from '../ui/format.ts';
import { publishedCsvLine } from './csv.ts';
import { BATCH_COLUMN, LEDGER_COLUMNS } from './ledger.ts';
import { comparePeriodsDesc, periodRange } from './periods.ts';
import { deriveItemStatus, type DerivedStatus } from './status.ts';
import { encodePending, joinPending } from './live-status.ts';

export { COMMITMENT_LABELS, RECTIFICATION_LABELS, type CommitmentLabel, type RectificationLabel } from './status.ts';
import { COMMITMENT_LABELS, RECTIFICATION_LABELS, type CommitmentLabel, type RectificationLabel } from './status.ts';

/** Rectification statuses that count as done (整改完成). 长期坚持 is ongoing work: neither done nor ever overdue. */
export const RECTIFICATION_DONE: readonly RectificationStatus[] = ['已完成', '已销号'];

/** The sentence every page with a fulfilment rate shows, so the reader knows how 部分兑现 is counted. */
export const FULFILMENT_RULE = ruleWords.fulfilment;

/** The sentence every page with a completion count shows, so the reader knows how 长期坚持 is counted. */
export const COMPLETION_RULE = ruleWords.completion;

export interface CommitmentTally {
  total: number;
  /** Items per displayed label; these add up to total (an overdue item is counted only under 逾期). */
  byLabel: Record<CommitmentLabel, number>;
  /** Items per written status, whether overdue or not. */
  byStatus: Record<CommitmentStatus, number>;
  overdue: number;
  /** Items with status 已兑现. */
  fulfilled: number;
  /** Items with status 部分兑现: in the total, not fulfilled. */
  partial: number;
  /** fulfilled / total, or null when there are no items. */
  rate: number | null;
  /** The items a later day of the month can turn 逾期, encoded for the page's script (src/lib/live-status.ts). */
  pending: string;
}

export interface RectificationTally {
  total: number;
  /** Items per displayed label; these add up to total. */
  byLabel: Record<RectificationLabel, number>;
  byStatus: Record<RectificationStatus, number>;
  overdue: number;
  /** 已完成 + 已销号. */
  done: number;
  /** 长期坚持: in the total, not done, never overdue. */
  longTerm: number;
  /** done / total, or null when there are no items. */
  rate: number | null;
  /** As CommitmentTally.pending. */
  pending: string;
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const COMMITMENT_STATUS_KEYS: readonly CommitmentStatus[] = ['未启动', '推进中', '已兑现', '部分兑现', '未兑现'];
const RECTIFICATION_STATUS_KEYS: readonly RectificationStatus[] = ['未启动', '整改中', '已完成', '长期坚持', '已销号'];

export function tallyCommitmentItems(
  items: readonly Pick<CommitmentItem, 'status' | 'due'>[],
  asOf: string,
): CommitmentTally {
  const byLabel = zeroes(COMMITMENT_LABELS);
  const byStatus = zeroes(COMMITMENT_STATUS_KEYS);
  let overdue = 0;
  for (const item of items) {
    const derived = deriveItemStatus(item, asOf);
    byLabel[derived.label as CommitmentLabel]++;
    byStatus[item.status]++;
    if (derived.overdue) overdue++;
  }
  const fulfilled = byStatus['已兑现'];
  return {
    total: items.length,
    byLabel,
    byStatus,
    overdue,
    fulfilled,
    partial: byStatus['部分兑现'],
    rate: items.length ? fulfilled / items.length : null,
    pending: encodePending(items, asOf),
  };
}

export function tallyRectificationItems(
  items: readonly Pick<RectificationItem, 'status' | 'due'>[],
  asOf: string,
): RectificationTally {
  const byLabel = zeroes(RECTIFICATION_LABELS);
  const byStatus = zeroes(RECTIFICATION_STATUS_KEYS);
  let overdue = 0;
  for (const item of items) {
    const derived = deriveItemStatus(item, asOf);
    byLabel[derived.label as RectificationLabel]++;
    byStatus[item.status]++;
    if (derived.overdue) overdue++;
  }
  const done = byStatus['已完成'] + byStatus['已销号'];
  return {
    total: items.length,
    byLabel,
    byStatus,
    overdue,
    done,
    longTerm: byStatus['长期坚持'],
    rate: items.length ? done / items.length : null,
    pending: encodePending(items, asOf),
  };
}

/** Adds tallies up (a unit's or a period's total over several commitments). */
export function sumCommitmentTallies(tallies: readonly CommitmentTally[]): CommitmentTally {
  const byLabel = zeroes(COMMITMENT_LABELS);
  const byStatus = zeroes(COMMITMENT_STATUS_KEYS);
  let total = 0;
  let overdue = 0;
  for (const t of tallies) {
    total += t.total;
    overdue += t.overdue;
    for (const k of COMMITMENT_LABELS) byLabel[k] += t.byLabel[k];
    for (const k of COMMITMENT_STATUS_KEYS) byStatus[k] += t.byStatus[k];
  }
  const fulfilled = byStatus['已兑现'];
  return {
    total,
    byLabel,
    byStatus,
    overdue,
    fulfilled,
    partial: byStatus['部分兑现'],
    rate: total ? fulfilled / total : null,
    pending: joinPending(tallies.map((t) => t.pending)),
  };
}

export interface RankedItem<T> {
  item: T;
  derived: DerivedStatus;
}

/** Rank of an item for "overdue first": overdue, still open, ongoing (长期坚持), then closed. */
function urgency(derived: DerivedStatus): number {
  if (derived.overdue) return 0;
  if (derived.daysLeft !== undefined) return 1;
  return derived.status === '长期坚持' ? 2 : 3;
}

/**
 * Overdue items first (most days overdue first), then open items by due date (soonest first), then 长期坚持,
 * then closed items, each by due date. Ties keep the input order.
 */
export function overdueFirst<
  T extends Pick<RectificationItem, 'status' | 'due'> | Pick<CommitmentItem, 'status' | 'due'>,
>(items: readonly T[], asOf: string): RankedItem<T>[] {
  return items
    .map((item) => ({ item, derived: deriveItemStatus(item, asOf) }))
    .sort(
      (a, b) =>
        urgency(a.derived) - urgency(b.derived) ||
        b.derived.daysOverdue - a.derived.daysOverdue ||
        a.item.due.localeCompare(b.item.due),
    );
}

/** Only the overdue items, most days overdue first. */
export function overdueItems<
  T extends Pick<RectificationItem, 'status' | 'due'> | Pick<CommitmentItem, 'status' | 'due'>,
>(items: readonly T[], asOf: string): RankedItem<T>[] {
  return overdueFirst(items, asOf).filter((r) => r.derived.overdue);
}

/** Commitments grouped by period, newest period first; within a period in the order of units.yaml. */
export function groupByPeriod<C extends { period: string; unit: string }>(
  commitments: readonly C[],
  unitOrder: readonly string[],
): Array<{ period: string; commitments: C[] }> {
  const rank = (unit: string) => {
    const i = unitOrder.indexOf(unit);
    return i < 0 ? unitOrder.length : i;
  };
  const periods = [...new Set(commitments.map((c) => c.period))].sort(comparePeriodsDesc);
  return periods.map((period) => ({
    period,
    commitments: commitments
      .filter((c) => c.period === period)
      .sort((a, b) => rank(a.unit) - rank(b.unit) || a.unit.localeCompare(b.unit)),
  }));
}

/** The newest period that has started on the as-of date (the "current" one); undefined if none has. */
export function currentPeriod(periods: readonly string[], asOf: string): string | undefined {
  return [...periods].filter((p) => periodRange(p).start <= asOf).sort(comparePeriodsDesc)[0];
}

/** Newest batch first (by the date the problems were found), then by id. */
export function compareBatchesNewestFirst(
  a: { id: string; foundAt: string },
  b: { id: string; foundAt: string },
): number {
  return b.foundAt.localeCompare(a.foundAt) || a.id.localeCompare(b.id);
}

export interface BatchLike {
  id: string;
  foundAt: string;
  items: readonly RectificationItem[];
}
export interface CaseLike {
  id: string;
  unit: string;
  published: string;
  withdrawn?: { date: string; reason: string } | undefined;
}

export interface UnitRollup<C, B extends BatchLike, K extends CaseLike> {
  unit: string;
  /** The unit's commitments, newest period first. */
  commitments: C[];
  commitmentTally: CommitmentTally;
  /** Rectification items the unit is responsible for, overdue first. */
  responsible: Array<RankedItem<RectificationItem> & { batch: B }>;
  responsibleTally: RectificationTally;
  /** Items where the unit is a 配合单位 (co-operating unit), overdue first. */
  cooperating: Array<RankedItem<RectificationItem> & { batch: B }>;
  /** Cases it published, withdrawn ones left out, newest first. */
  cases: K[];
}

/** Everything one unit is accountable for. */
export function rollupUnit<
  C extends { period: string; unit: string; items: readonly CommitmentItem[] },
  B extends BatchLike,
  K extends CaseLike,
>(
  unit: string,
  sources: { commitments: readonly C[]; batches: readonly B[]; cases: readonly K[] },
  asOf: string,
): UnitRollup<C, B, K> {
  const commitments = sources.commitments
    .filter((c) => c.unit === unit)
    .sort((a, b) => comparePeriodsDesc(a.period, b.period));
  const collect = (match: (item: RectificationItem) => boolean) => {
    const pairs = sources.batches.flatMap((batch) =>
      batch.items.filter(match).map((item) => ({ batch, item, due: item.due, status: item.status })),
    );
    return overdueFirst(pairs, asOf).map(({ item: pair, derived }) => ({
      batch: pair.batch,
      item: pair.item,
      derived,
    }));
  };
  const responsible = collect((item) => item.unit === unit);
  return {
    unit,
    commitments,
    commitmentTally: sumCommitmentTallies(commitments.map((c) => tallyCommitmentItems(c.items, asOf))),
    responsible,
    responsibleTally: tallyRectificationItems(
      responsible.map((r) => r.item),
      asOf,
    ),
    cooperating: collect((item) => (item.coUnits ?? []).includes(unit)),
    cases: sources.cases
      .filter((c) => c.unit === unit && !c.withdrawn)
      .sort((a, b) => b.published.localeCompare(a.published) || b.id.localeCompare(a.id)),
  };
}

// ---- Indicators ----

export interface IndicatorLike {
  id: string;
  name: string;
  unit: string;
  target?: number | undefined;
  higherIsBetter: boolean;
  series: ReadonlyArray<{ period: string; value: number; rank?: number | undefined }>;
}

/** Oldest period first, as a chart reads. */
export function sortSeries<P extends { period: string }>(series: readonly P[]): P[] {
  return [...series].sort((a, b) => comparePeriodsDesc(b.period, a.period));
}

/** Whether a value meets the target in the indicator's direction; undefined without a target. */
export function meetsTarget(value: number, target: number | undefined, higherIsBetter: boolean): boolean | undefined {
  if (target === undefined) return undefined;
  return higherIsBetter ? value >= target : value <= target;
}

/** 98.21% or 152起: the unit follows the number without a space, as Chinese reports write it. */
export function formatValue(value: number, unit: string): string {
  return `${value}${unit}`;
}

const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

/** b − a without floating-point noise (98.21 − 98.06 = 0.15, not 0.1499…). */
export function difference(a: number, b: number): number {
  return Number((b - a).toFixed(Math.max(decimals(a), decimals(b))));
}

export const directionText = (higherIsBetter: boolean): string => indicatorWords.direction(higherIsBetter);

export interface IndicatorSummary {
  latest: { period: string; value: number; rank?: number | undefined };
  previous: { period: string; value: number; rank?: number | undefined } | undefined;
  /** latest − previous, or undefined with one period only. */
  change: number | undefined;
  targetMet: boolean | undefined;
}

export function summarizeIndicator(indicator: IndicatorLike): IndicatorSummary {
  const series = sortSeries(indicator.series);
  const latest = series[series.length - 1];
  if (!latest) throw new Error(`指标 ${indicator.id} 没有数据`);
  const previous = series[series.length - 2];
  return {
    latest,
    previous,
    change: previous ? difference(previous.value, latest.value) : undefined,
    targetMet: meetsTarget(latest.value, indicator.target, indicator.higherIsBetter),
  };
}

/** 达标 / 未达标 / 未设目标, for the latest value. */
export function targetText(met: boolean | undefined): string {
  return indicatorWords.target(met);
}

/** The chart's accessible description: span, latest value, target and whether it is met, direction and the last change. */
export function describeIndicator(indicator: IndicatorLike, label: (period: string) => string): string {
  const series = sortSeries(indicator.series);
  const first = series[0];
  const s = summarizeIndicator(indicator);
  const parts = [
    indicatorWords.chartSpan(indicator.name, first ? label(first.period) : '', label(s.latest.period), series.length),
    indicatorWords.latest(formatValue(s.latest.value, indicator.unit), label(s.latest.period)),
  ];
  if (indicator.target !== undefined)
    parts.push(indicatorWords.targetValue(formatValue(indicator.target, indicator.unit), targetText(s.targetMet)));
  parts.push(directionText(indicator.higherIsBetter));
  if (s.change !== undefined) {
    parts.push(
      s.change === 0 ? indicatorWords.unchanged : indicatorWords.change(s.change > 0, Math.abs(s.change), indicator.unit),
    );
  }
  if (s.latest.rank !== undefined) parts.push(indicatorWords.rank(s.latest.rank));
  return indicatorWords.sentence(parts);
}

// ---- CSV ledger export ----

/** The ledger headers of the contract, in order. */
export const LEDGER_HEADERS: readonly string[] = LEDGER_COLUMNS.map((c) => c.header);

/** The extra first column of /api/rectification.csv: the batch id (a header of the data format, see ledger.ts). */
export { BATCH_COLUMN };

type ProgressEntry = { date?: string | undefined; note: string };

/** The latest progress entry: the one with the latest date (the later one on a tie); with undated entries, the last one written. */
export function latestProgress(progress: readonly ProgressEntry[] | undefined): ProgressEntry | undefined {
  if (!progress?.length) return undefined;
  if (progress.some((p) => !p.date)) return progress[progress.length - 1];
  return progress.reduce((latest, p) => ((p.date ?? '') >= (latest.date ?? '') ? p : latest));
}

/** `YYYY-MM-DD 内容`, or the note alone when undated: what the ledger's 最新进展 column holds. */
export function progressCell(entry: ProgressEntry | undefined): string {
  if (!entry) return '';
  return entry.date ? `${entry.date} ${entry.note}` : entry.note;
}

/** One ledger row in the contract's column order; units as full names. */
export function ledgerRow(item: RectificationItem, unitName: (id: string) => string): string[] {
  return [
    String(item.number),
    item.problem,
    unitName(item.unit),
    (item.coUnits ?? []).map(unitName).join(punctuation.listComma),
    item.measures.join(punctuation.semicolon),
    item.due,
    item.status,
    item.completedAt ?? '',
    progressCell(latestProgress(item.progress)),
    item.remark ?? '',
  ];
}

/** A UTF-8 CSV with BOM (so Excel reads the Chinese) and CRLF line ends, parseable by readLedger. */
export function ledgerCsv(items: readonly RectificationItem[], unitName: (id: string) => string): string {
  return `\uFEFF${[LEDGER_HEADERS, ...items.map((item) => ledgerRow(item, unitName))].map(publishedCsvLine).join('\r\n')}\r\n`;
}

/** Every batch in one CSV: the ledger columns after a first column 批次 holding the batch id. */
export function allLedgersCsv(
  batches: readonly { id: string; items: readonly RectificationItem[] }[],
  unitName: (id: string) => string,
): string {
  const rows = batches.flatMap((batch) => batch.items.map((item) => [batch.id, ...ledgerRow(item, unitName)]));
  return `\uFEFF${[[BATCH_COLUMN, ...LEDGER_HEADERS], ...rows].map(publishedCsvLine).join('\r\n')}\r\n`;
}

/** An item as its CSV row reads it back: only the latest progress entry survives the export. */
export function asExported(item: RectificationItem): RectificationItem {
  const { progress, coUnits, ...rest } = item;
  const latest = latestProgress(progress);
  return {
    ...rest,
    ...(coUnits?.length ? { coUnits } : {}),
    ...(latest ? { progress: [latest.date ? { date: latest.date, note: latest.note } : { note: latest.note }] } : {}),
  };
}
