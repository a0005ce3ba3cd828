// One validated load per content directory per process: the build guard and the content loaders share it.
import { loadContent, type LoadResult } from './load-content.ts';

const CACHE_KEY = Symbol.for('fzwm.content-cache');
type Cache = Map<string, Promise<LoadResult>>;

function cache(): Cache {
  // globalThis, because astro.config and content.config are loaded as separate module instances.
  const holder = globalThis as unknown as Record<symbol, Cache | undefined>;
  return (holder[CACHE_KEY] ??= new Map());
}

export function loadContentCached(contentDir: string): Promise<LoadResult> {
  const map = cache();
  let pending = map.get(contentDir);
  if (!pending) {
    pending = loadContent(contentDir);
    map.set(contentDir, pending);
  }
  return pending;
}

/** Dev server: a content file changed, so the next load reads the directory again. */
export function forgetContent(contentDir: string): void {
  cache().delete(contentDir);
}
