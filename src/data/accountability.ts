// Access to the accountability records for pages: commitments, rectification batches, indicators and units, in display order.
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareBatchesNewestFirst } from '../lib/accountability.ts';
import { comparePeriodsDesc } from '../lib/periods.ts';
import { loadContentCached } from '../lib/content-cache.ts';
import { resolveAsOf, resolveContentDir } from '../lib/site-env.ts';
import type { Unit } from '../schemas/units.ts';
import { UNIT_KINDS } from '../schemas/shared.ts';

export type CommitmentData = CollectionEntry<'commitments'>['data'];
export type BatchData = CollectionEntry<'rectification'>['data'];
export type IndicatorData = CollectionEntry<'indicators'>['data'];

/** The date every derived status is computed for (SITE_AS_OF, else today in Asia/Shanghai). */
export const getAsOf = (): string => resolveAsOf();

/**
 * The order entries have in their YAML file: getCollection() returns them sorted by id, but staff list units by
 * rank and indicators by importance. Read from the same cached load the content loaders use, so it costs nothing.
 */
async function fileOrder(kind: 'units' | 'indicators'): Promise<(id: string) => number> {
  const { content } = await loadContentCached(resolveContentDir());
  const ids = content[kind].map((entry) => entry.id);
  return (id) => {
    const index = ids.indexOf(id);
    return index < 0 ? ids.length : index;
  };
}

/** Units in the order of units.yaml. */
export async function getUnitList(): Promise<Unit[]> {
  const rank = await fileOrder('units');
  return (await getCollection('units')).map((u) => u.data).sort((a, b) => rank(a.id) - rank(b.id));
}

/** Looks up a unit's full name; an unknown id (never after the content checks) shows as itself. */
export async function getUnitNamer(): Promise<(id: string) => string> {
  const names = new Map((await getUnitList()).map((u) => [u.id, u.name]));
  return (id) => names.get(id) ?? id;
}

// Sorted once per build (every unit page, feed and listing asks); the dev server, where content changes while it runs,
// sorts afresh. Callers get their own array of the shared records.
const memoize = import.meta.env.PROD;
let commitments: Promise<CommitmentData[]> | undefined;
let batches: Promise<BatchData[]> | undefined;

/** Newest period first, then in the order of units.yaml. */
export async function getCommitments(): Promise<CommitmentData[]> {
  if (!memoize) commitments = undefined;
  commitments ??= (async () => {
    const order = new Map((await getUnitList()).map((u, i) => [u.id, i]));
    const rank = (unit: string) => order.get(unit) ?? order.size;
    return (await getCollection('commitments'))
      .map((c) => c.data)
      .sort((a, b) => comparePeriodsDesc(a.period, b.period) || rank(a.unit) - rank(b.unit));
  })();
  return [...(await commitments)];
}

/** Newest batch first (by foundAt); items in 序号 order. */
export async function getBatches(): Promise<BatchData[]> {
  if (!memoize) batches = undefined;
  batches ??= (async () =>
    (await getCollection('rectification'))
      .map((b) => ({ ...b.data, items: [...b.data.items].sort((x, y) => x.number - y.number) }))
      .sort(compareBatchesNewestFirst))();
  return [...(await batches)];
}

/** Indicators in the order of indicators.yaml. */
export async function getIndicators(): Promise<IndicatorData[]> {
  const rank = await fileOrder('indicators');
  return (await getCollection('indicators')).map((i) => i.data).sort((a, b) => rank(a.id) - rank(b.id));
}

/** Units grouped by kind in the contract's order (政法机关, 乡镇, 部门, 其他); empty kinds are kept so the page can say so. */
export function groupUnitsByKind(units: readonly Unit[]): Array<{ kind: Unit['kind']; units: Unit[] }> {
  return UNIT_KINDS.map((kind) => ({ kind, units: units.filter((u) => u.kind === kind) }));
}
