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

/** Dev server: a content file changed, so the next load reads the directory again. */
export function forgetContent(contentDir: string): void {
  const map = cache();
  for (const key of map.keys()) if (key.endsWith(`\0${contentDir}`)) map.delete(key);
}
