// One validated load per content directory (and as-of date) per process: the build guard and the content loaders share it.
import { loadContent, type LoadResult } from './load-content.ts';
import { resolveAsOf } from './site-env.ts';

const CACHE_KEY = Symbol.for('fzwm.content-cache');
type Cache = Map<string, Promise<LoadResult>>;

function cache(): Cache {
  // globalThis, because astro.config and content.config are loaded as separate module instances.
  const holder = globalThis as unknown as Record<symbol, Cache | undefined>;
  return (holder[CACHE_KEY] ??= new Map());
}

/** asOf as loadContent takes it; by default SITE_AS_OF or today, as for check:content. */
export function loadContentCached(contentDir: string, asOf: string = resolveAsOf()): Promise<LoadResult> {
  const map = cache();
  const key = `${asOf}\0${contentDir}`;
  let pending = map.get(key);
  if (!pending) {
    pending = loadContent(contentDir, asOf);
    map.set(key, pending);
  }
  return pending;
}

/**
 * The load as of `from` serves as the load as of `to` too: for a build pinned to an earlier as-of date with no
 * content date after it (src/lib/pinned-as-of.ts), the check finds the same issues as of either day.
 */
export function shareContentLoad(contentDir: string, from: string, to: string): void {
  const map = cache();
  const pending = map.get(`${from}\0${contentDir}`);
  if (pending) map.set(`${to}\0${contentDir}`, pending);
}

/** Dev server: a content file changed, so the next load reads the directory again. */
export function forgetContent(contentDir: string): void {
  const map = cache();
  for (const key of map.keys()) if (key.endsWith(`\0${contentDir}`)) map.delete(key);
}
