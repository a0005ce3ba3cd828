// Where Astro's page writes find the running precompress pool (precompress-pool.ts) without loading it: one function
// on globalThis, shared by the config's module instance (output-dir.ts hooks the page writes there) and the pool.
const POOL_KEY = Symbol.for('fzwm.precompress-pool');

/**
 * Hands the pool a file just written in dist/ (its absolute path) and the number of bytes written to it; the pool's
 * worker reads the file and writes its copies. False when the pool is not running or is too far behind; a file that no
 * longer holds that many bytes when the worker reads it is skipped. precompressDir then compresses the file at the end,
 * as every file is compressed without a pool.
 */
export type Enqueue = (file: string, size: number) => boolean;

const holder = globalThis as Record<symbol, Enqueue | undefined>;

/** The running pool's enqueue; undefined outside a build (dev server, tests, precompression skipped). */
export function poolEnqueue(): Enqueue | undefined {
  return holder[POOL_KEY];
}

/** Publishes (or, with undefined, withdraws) the pool's enqueue. */
export function publishEnqueue(enqueue: Enqueue | undefined, only?: Enqueue): void {
  if (enqueue) holder[POOL_KEY] = enqueue;
  else if (!only || holder[POOL_KEY] === only) delete holder[POOL_KEY];
}
