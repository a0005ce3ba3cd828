// The exact lookup behind search by number and by name: every case number (current, old, withdrawn), unit name, short
// name and alias, and person's name, mapped to the page it means. Split by a hash of the key into small JSON buckets,
// so a query fetches one bucket of a few KB however large the archive, and only when it looks like a number or a name.
import type { SiteContent } from './load-content.ts';
import { siteRoutes } from './routes.ts';
import { bucketOf, isNumberLike, lookupKey, type LookupHit } from './search-query.ts';
import { plainText, shardOf, unitSummary } from './search-records.ts';

/** Keys per bucket the bucket count aims at: about 2 KB gzipped per bucket with case summaries (a one-word query such as 诈骗 fetches one). */
const KEYS_PER_BUCKET = 12;
/** How many characters of a summary a hit carries: the result line shows 90. */
const HIT_SUMMARY_CHARS = 100;

export interface SearchLookup {
  /** The first character of every key that is no number, once each: the page looks a name up only if it starts so. */
  nameStarts: string;
  /** How many bucket files there are (a power of two). */
  buckets: number;
  /** Bucket number → key → hits, only the buckets that hold keys. */
  files: Map<number, Record<string, LookupHit[]>>;
  keys: number;
}

export function buildSearchLookup(content: SiteContent, asOf: string): SearchLookup {
  const routes = siteRoutes(content.site.baseUrl);
  const unitName = new Map(content.units.map((u) => [u.id, u.name]));
  const byKey = new Map<string, LookupHit[]>();
  const add = (key: string, hit: LookupHit) => {
    const k = lookupKey(key);
    if (k.length < 2) return;
    const hits = byKey.get(k) ?? [];
    if (!hits.some((h) => h.url === hit.url)) hits.push(hit);
    byKey.set(k, hits);
  };
  const cut = (s: string) => (s.length > HIT_SUMMARY_CHARS ? `${s.slice(0, HIT_SUMMARY_CHARS)}…` : s);

  for (const c of content.cases) {
    const d = c.data;
    const url = routes.caseUrl(d.id);
    const hit: LookupHit = d.withdrawn
      ? { url, title: d.title, type: '案例 · 已撤回', date: d.published, withdrawn: d.withdrawn.date }
      : { url, title: d.title, type: `案例 · ${d.type}`, date: d.published, unit: unitName.get(d.unit) ?? d.unit, summary: cut(d.summary), shard: shardOf(d.published, asOf) };
    add(d.id, hit);
    for (const alias of d.aliases ?? []) add(alias, { ...hit, renumberedTo: d.id });
  }
  for (const u of content.units) {
    const hit: LookupHit = { url: routes.unitUrl(u.id), title: u.name, type: `单位 · ${u.kind}`, unit: u.name, summary: unitSummary(u), shard: 'recent' };
    for (const key of [u.name, ...(u.aliases ?? [])]) add(key, hit);
  }
  const lists = new Map(content.lists.map((l) => [l.id, l]));
  for (const p of content.people) {
    const d = p.data;
    const published = lists.get(d.list)?.published;
    add(d.name, {
      url: routes.personUrl(d.list, d.id),
      title: `${d.name}：${d.headline}`,
      type: `好人 · ${d.category}`,
      ...(published ? { date: published } : {}),
      unit: d.township,
      summary: cut(plainText(p.body)),
      shard: shardOf(published, asOf),
    });
  }

  let buckets = 1;
  while (buckets * KEYS_PER_BUCKET < byKey.size && buckets < 4096) buckets *= 2;
  const files = new Map<number, Record<string, LookupHit[]>>();
  for (const key of [...byKey.keys()].sort()) {
    const n = bucketOf(key, buckets);
    const file = files.get(n) ?? {};
    file[key] = byKey.get(key)!;
    files.set(n, file);
  }
  // Every character a name key starts with: a query starting with another (诈骗, 瘦肉精) is no name, and the page does
  // not fetch a bucket to learn that (isLookupQuery). A few hundred characters at most: surnames and place names.
  const nameStarts = [...new Set([...byKey.keys()].filter((k) => !isNumberLike(k)).map((k) => [...k][0]!))].sort().join('');
  return { buckets, files, keys: byKey.size, nameStarts };
}
