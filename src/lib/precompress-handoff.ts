// Where the build's middleware finds the running precompress pool (precompress-pool.ts) without loading it: one
// function on globalThis, shared by the config's module instance and the bundled pages of the same process.
const POOL_KEY = Symbol.for('fzwm.precompress-pool');

/**
 * Hands a rendered file's bytes to the pool, which takes them over (their buffer is transferred to a worker thread and
 * is empty afterwards; pass a copy of bytes still needed); false when the pool is not running or is too far behind.
 */
export type Enqueue = (data: Uint8Array) => boolean;

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
