// What a unit's own pages (/units/<unit>/, its Atom feed, its embed card) are made from, as one digest per unit: their
// incremental-build cache key, so an edit re-renders the pages of the unit it concerns and keeps the other units'.
import { getBatches, getCommitments, getUnitList } from './accountability.ts';
import { getAllCases } from './cases.ts';
import { contentDigest } from './site.ts';

let digests: Promise<Map<string, string>> | undefined;
const memoize = import.meta.env.PROD;

/**
 * For each unit (by id; a former id's redirect page is keyed by the unit's id): a digest of every case it published (withdrawn ones too: its feed
 * carries withdrawals), every commitment it made and every rectification batch with an item it is responsible for or
 * helps with (the whole batch: its pages show the batch's title and dates). A unit named nowhere still has a digest.
 */
export function getUnitInputDigests(): Promise<Map<string, string>> {
  if (!memoize) digests = undefined;
  digests ??= (async () => {
    const [units, cases, commitments, batches] = await Promise.all([
      getUnitList(),
      getAllCases(),
      getCommitments(),
      getBatches(),
    ]);
    const inputs = new Map<string, { cases: unknown[]; commitments: unknown[]; batches: unknown[] }>(
      units.map((u) => [u.id, { cases: [], commitments: [], batches: [] }]),
    );
    const of = (unit: string) => {
      let entry = inputs.get(unit);
      if (!entry) inputs.set(unit, (entry = { cases: [], commitments: [], batches: [] }));
      return entry;
    };
    for (const c of cases) of(c.data.unit).cases.push(c);
    // Each commitment and batch hashed once: a batch names many units.
    for (const c of commitments) of(c.unit).commitments.push(contentDigest(c));
    for (const batch of batches) {
      const digest = contentDigest(batch);
      const named = new Set(batch.items.flatMap((item) => [item.unit, ...(item.coUnits ?? [])]));
      for (const unit of named) of(unit).batches.push(digest);
    }
    return new Map([...inputs].map(([unit, input]) => [unit, contentDigest(input)]));
  })();
  return digests;
}
