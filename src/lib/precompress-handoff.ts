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

/** Waits until the copies of every file handed in so far are written (or given up). */
export type Settle = () => Promise<void>;

interface Published {
  enqueue: Enqueue;
  settle: Settle;
}

const holder = globalThis as Record<symbol, Published | undefined>;

/** The running pool's enqueue; undefined outside a build (dev server, tests, precompression skipped). */
export function poolEnqueue(): Enqueue | undefined {
  return holder[POOL_KEY]?.enqueue;
}

/**
 * Resolves once the running pool has written the copies of every file handed to it so far (at once when no pool runs):
 * after that, until the next file is handed in, nothing but the build's own steps writes into dist/.
 */
export function poolSettled(): Promise<void> {
  return holder[POOL_KEY]?.settle() ?? Promise.resolve();
}

/** Publishes the pool's enqueue and settle; with undefined, withdraws them (only those of `only`, if given). */
export function publishEnqueue(pool: Published | undefined, only?: Enqueue): void {
  if (pool) holder[POOL_KEY] = pool;
  else if (!only || holder[POOL_KEY]?.enqueue === only) delete holder[POOL_KEY];
}
