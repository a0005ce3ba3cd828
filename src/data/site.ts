// Access to the site-wide records (site.yaml, units) for layouts and pages.
import { createHash } from 'node:crypto';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { siteRoutes, type SiteRoutes } from '../lib/routes.ts';
import type { Site } from '../schemas/site.ts';
import type { Unit } from '../schemas/units.ts';

// Every page asks for these; during a build the content is fixed, so each is read once (the dev server,
// where content changes while it runs, reads them afresh).
let site: Promise<Site> | undefined;
let units: Promise<Map<string, Unit>> | undefined;
let freePages: Promise<Array<CollectionEntry<'pages'>>> | undefined;
const memoize = import.meta.env.PROD;

export function getSite(): Promise<Site> {
  if (!memoize) site = undefined;
  site ??= (async () => {
    const entry = await getEntry('site', 'site');
    if (!entry) throw new Error('site.yaml 未加载');
    return entry.data;
  })();
  return site;
}

/** The site's URLs (src/lib/routes.ts) under site.yaml's baseUrl. */
export async function getRoutes(): Promise<SiteRoutes> {
  return siteRoutes((await getSite()).baseUrl);
}

export function getUnits(): Promise<Map<string, Unit>> {
  if (!memoize) units = undefined;
  units ??= getCollection('units').then((list) => new Map(list.map((u) => [u.id, u.data])));
  return units;
}

/** The free pages in footer order. */
export function getFreePages(): Promise<Array<CollectionEntry<'pages'>>> {
  if (!memoize) freePages = undefined;
  freePages ??= getCollection('pages').then((pages) => pages.sort((a, b) => (a.data.order ?? 99) - (b.data.order ?? 99)));
  return freePages;
}

let shell: Promise<string> | undefined;
/**
 * What every page shows besides its own data: site identity, unit names and the footer's page list. Part of each
 * page's incremental-build cache key, so a change to site.yaml or units.yaml re-renders every page.
 */
export function getShellKey(): Promise<string> {
  if (!memoize) shell = undefined;
  shell ??= (async () => {
    const [site, units, pages] = await Promise.all([getSite(), getUnits(), getFreePages()]);
    // Hashed once here rather than fed whole into each of 16k page keys.
    return createHash('sha256')
      .update(JSON.stringify({ site, units: [...units], pages: pages.map((p) => [p.id, p.data]) }))
      .digest('base64url');
  })();
  return shell;
}

/**
 * The cache key of a page whose output depends only on its props and the shell: Astro's incremental build
 * (experimental.incrementalBuild) copies the previous output when it is unchanged, instead of rendering again.
 */
export async function pageCacheKey(props: unknown): Promise<string> {
  return createHash('sha256')
    .update(await getShellKey())
    .update(JSON.stringify(compact(props)))
    .digest('base64url');
}

/** A digest (SHA-256, base64url) of a value, its content entries reduced as in a page's cache key. */
export function contentDigest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(compact(value))).digest('base64url');
}

/** Each content entry's data, serialised and hashed once per build however many pages' keys hold the entry. */
const dataHashes = new WeakMap<object, string>();

/**
 * Props with each content entry reduced to its collection, id, digest and a digest of its data: the digest already
 * hashes the entry's file, body included, so its rendered HTML need not be serialised again (the related cases of 10k
 * pages would otherwise mean hashing every rendered case five times), and its data (what the schema made of the file)
 * is hashed once, not once for every page that shows the entry.
 */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record['collection'] === 'string' && 'data' in record && 'id' in record) {
    const data = record['data'];
    let hash = data !== null && typeof data === 'object' ? dataHashes.get(data) : undefined;
    if (hash === undefined) {
      hash = createHash('sha256').update(JSON.stringify(data) ?? 'undefined').digest('base64url');
      if (data !== null && typeof data === 'object') dataHashes.set(data, hash);
    }
    return { collection: record['collection'], id: record['id'], digest: record['digest'], data: hash };
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, compact(v)]));
}

/**
 * Adds each path's cache key (from its params and props) to a getStaticPaths result. `also` is whatever else the
 * page shows that is not in its props: the as-of date of a page with derived statuses (逾期 changes with the date),
 * the order of units.yaml for a page listed in that order. A function gives each path its own.
 */
export function withCacheKeys<T extends { params: Record<string, string | undefined>; props: unknown }>(
  paths: T[],
  also?: unknown,
): Promise<Array<T & { cacheKey: string }>> {
  const alsoOf = (path: T): unknown => (typeof also === 'function' ? (also as (path: T) => unknown)(path) : also);
  return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: await pageCacheKey([path.params, path.props, alsoOf(path)]) })));
}
