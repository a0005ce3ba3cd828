// Access to the site-wide records (site.yaml, units) for layouts and pages.
import { createHash } from 'node:crypto';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { keyText } from '../lib/cache-key.ts';
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
 * (experimental.incrementalBuild) copies the previous output when it is unchanged, instead of rendering again. The
 * props are written as src/lib/cache-key.ts writes them: content entries by their digests.
 */
export async function pageCacheKey(props: unknown): Promise<string> {
  return keyWithShell(await getShellKey(), props);
}

const keyWithShell = (shell: string, props: unknown): string =>
  createHash('sha256')
    .update(shell)
    .update(keyText(props) ?? 'undefined')
    .digest('base64url');

/** A digest (SHA-256, base64url) of a value, its content entries reduced as in a page's cache key. */
export function contentDigest(value: unknown): string {
  return createHash('sha256')
    .update(keyText(value) ?? 'undefined')
    .digest('base64url');
}

/**
 * Adds each path's cache key (from its params and props) to a getStaticPaths result. `also` is whatever else the
 * page shows that is not in its props: the as-of date of a page with derived statuses (逾期 changes with the date),
 * the order of units.yaml for a page listed in that order. A function gives each path its own.
 */
export async function withCacheKeys<T extends { params: Record<string, string | undefined>; props: unknown }>(
  paths: T[],
  also?: unknown,
): Promise<Array<T & { cacheKey: string }>> {
  const alsoOf = (path: T): unknown => (typeof also === 'function' ? (also as (path: T) => unknown)(path) : also);
  const shell = await getShellKey();
  return paths.map((path) => ({ ...path, cacheKey: keyWithShell(shell, [path.params, path.props, alsoOf(path)]) }));
}
