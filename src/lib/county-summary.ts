// The county's home-page figures and its versioned summary for a provincial portal (/api/summary.json): one function
// computes the figures, so the home page, the summary and the portal's table can never disagree.
import {
  currentPeriod,
  summarizeIndicator,
  sumCommitmentTallies,
  tallyCommitmentItems,
  tallyRectificationItems,
  type IndicatorLike,
  type IndicatorSummary,
} from './accountability.ts';
import { compareCasesNewestFirst } from './cases.ts';
import { decodePending } from './live-status.ts';
import { deriveItemStatus } from './status.ts';
import type { SiteContent } from './load-content.ts';
import { siteRoutes } from './routes.ts';
import type { CommitmentItem } from '../schemas/commitments.ts';
import type { RectificationItem } from '../schemas/rectification.ts';
import { homeWords } from '../ui/accountability.ts';

/** Bumped only when a field changes meaning or goes away; a portal refuses a summary of a version it does not know. */
export const COUNTY_SUMMARY_VERSION = 1;
/** How many of the newest cases the summary carries for the portal's "latest cases". */
export const SUMMARY_CASES = 5;

export interface AccountabilityFigures {
  /** The current commitment period (the newest that has started), if any. */
  period: string | undefined;
  /** How many units made a commitment for that period. */
  commitmentUnits: number;
  commitments: { total: number; fulfilled: number; overdue: number; rate: number | null };
  batches: number;
  rectification: { total: number; done: number; overdue: number; longTerm: number; rate: number | null };
  /** 群众安全感, else the first indicator, with its latest value. */
  indicator: { indicator: IndicatorLike; latest: IndicatorSummary } | undefined;
  /** The items of each count that a later day of the month can turn 逾期 (src/lib/live-status.ts); not published. */
  pending: { commitments: string; rectification: string };
}

/** The figures the home page shows (HomeSummary.astro) and the summary publishes. */
export function accountabilityFigures(
  input: {
    commitments: ReadonlyArray<{ period: string; items: ReadonlyArray<Pick<CommitmentItem, 'status' | 'due'>> }>;
    batches: ReadonlyArray<{ items: ReadonlyArray<Pick<RectificationItem, 'status' | 'due'>> }>;
    indicators: readonly IndicatorLike[];
  },
  asOf: string,
): AccountabilityFigures {
  const period = currentPeriod([...new Set(input.commitments.map((c) => c.period))], asOf);
  const current = input.commitments.filter((c) => c.period === period);
  const promise = sumCommitmentTallies(current.map((c) => tallyCommitmentItems(c.items, asOf)));
  const fix = tallyRectificationItems(
    input.batches.flatMap((b) => b.items),
    asOf,
  );
  const indicator = input.indicators.find((i) => i.name === homeWords.headlineIndicator) ?? input.indicators[0];
  return {
    period,
    commitmentUnits: current.length,
    commitments: { total: promise.total, fulfilled: promise.fulfilled, overdue: promise.overdue, rate: promise.rate },
    batches: input.batches.length,
    rectification: { total: fix.total, done: fix.done, overdue: fix.overdue, longTerm: fix.longTerm, rate: fix.rate },
    indicator: indicator ? { indicator, latest: summarizeIndicator(indicator) } : undefined,
    pending: { commitments: promise.pending, rectification: fix.pending },
  };
}

/** /api/summary.json, version 1: what a provincial portal reads of a county (see README, "Open data"). */
export interface CountySummary {
  version: typeof COUNTY_SUMMARY_VERSION;
  site: { name: string; region: string; organizer: string; baseUrl: string };
  /** The date every derived status (逾期) is computed for. */
  asOf: string;
  /** Absolute URLs of the county's pages and files a portal links to or reads. */
  links: { home: string; commitments: string; rectification: string; cases: string; search: string; searchRecords: string };
  /**
   * pendingDues: the due dates of the open items a later day of the as-of month can turn 逾期, so that a portal works
   * `overdue` out for its own date as the county's pages do in the browser (overdueOn); added within version 1.
   */
  commitments: { period: string | null; units: number; total: number; fulfilled: number; overdue: number; rate: number | null; pendingDues?: string[] };
  rectification: { batches: number; total: number; done: number; overdue: number; longTerm: number; rate: number | null; pendingDues?: string[] };
  indicators: Array<{
    id: string;
    name: string;
    unit: string;
    period: string;
    value: number;
    target: number | null;
    targetMet: boolean | null;
  }>;
  cases: Array<{ id: string; title: string; type: string; category: string; unitName: string; published: string; summary: string; url: string }>;
}

/** A summary's overdue counts moved on to `date` (a portal's): each pending item past its due date is now 逾期. */
export function summaryOn(summary: CountySummary, date: string): CountySummary {
  // An open status stands in for the written one: whichever it is, an open item past its due date is 逾期.
  const passed = (dues: readonly string[] | undefined) =>
    (dues ?? []).filter((due) => deriveItemStatus({ status: '未启动', due }, date).overdue).length;
  return {
    ...summary,
    commitments: { ...summary.commitments, overdue: summary.commitments.overdue + passed(summary.commitments.pendingDues) },
    rectification: { ...summary.rectification, overdue: summary.rectification.overdue + passed(summary.rectification.pendingDues) },
  };
}

/** A rate rounded to 4 decimals (0.3333), or null with no items. */
const round = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 10_000) / 10_000);

export function buildCountySummary(content: SiteContent, asOf: string): CountySummary {
  const routes = siteRoutes(content.site.baseUrl);
  const abs = (path: string) => routes.absoluteUrl(path);
  const figures = accountabilityFigures(
    { commitments: content.commitments, batches: content.rectification, indicators: content.indicators },
    asOf,
  );
  const unitName = new Map(content.units.map((u) => [u.id, u.name]));
  const cases = content.cases
    .map((c) => c.data)
    .filter((d) => !d.withdrawn)
    .sort(compareCasesNewestFirst)
    .slice(0, SUMMARY_CASES);
  return {
    version: COUNTY_SUMMARY_VERSION,
    site: { name: content.site.name, region: content.site.region, organizer: content.site.organizer, baseUrl: content.site.baseUrl },
    asOf,
    links: {
      home: abs(routes.home()),
      commitments: abs(figures.period ? routes.periodUrl(figures.period) : routes.pageUrl('commitments')),
      rectification: abs(routes.pageUrl('rectification')),
      cases: abs(routes.caseListingUrl()),
      search: abs(routes.searchUrl()),
      searchRecords: abs(routes.searchRecordsUrl()),
    },
    commitments: {
      period: figures.period ?? null,
      units: figures.commitmentUnits,
      ...figures.commitments,
      rate: round(figures.commitments.rate),
      pendingDues: decodePending(figures.pending.commitments).map((p) => p.due),
    },
    rectification: {
      batches: figures.batches,
      ...figures.rectification,
      rate: round(figures.rectification.rate),
      pendingDues: decodePending(figures.pending.rectification).map((p) => p.due),
    },
    indicators: content.indicators.map((ind) => {
      const s = summarizeIndicator(ind);
      return {
        id: ind.id,
        name: ind.name,
        unit: ind.unit,
        period: s.latest.period,
        value: s.latest.value,
        target: ind.target ?? null,
        targetMet: s.targetMet ?? null,
      };
    }),
    cases: cases.map((d) => ({
      id: d.id,
      title: d.title,
      type: d.type,
      category: d.category,
      unitName: unitName.get(d.unit) ?? d.unit,
      published: d.published,
      summary: d.summary,
      url: abs(routes.caseUrl(d.id)),
    })),
  };
}
