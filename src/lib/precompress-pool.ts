// Compressing pages while they are rendered: each page Astro writes to dist/ is handed to this pool (output-dir.ts
// hooks Astro's page writes), whose worker threads read it and write its .gz (and .br) copies beside it, stamped with
// the page's time; precompressDir then finds them current. Rendering runs on one core; on a machine with two or more,
// the copies are made meanwhile instead of after.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { publishEnqueue, type Enqueue } from './precompress-handoff.ts';
import type { PrecompressPage } from './precompress-worker.ts';
import { ENCODING_SUFFIXES, type EncodingSuffix } from './precompress.ts';

export interface PrecompressPool {
  enqueue: Enqueue;
  /** Waits until the copies of every page handed in so far are written (or given up); the workers go on. */
  settle(): Promise<void>;
  /** Waits for every page handed in so far, then stops the workers. */
  close(): Promise<void>;
  /** Pages handed in, and pages refused because the queue was full. */
  stats(): { queued: number; refused: number };
}

/**
 * Pages go to a worker this many at a time, in one message (the last ones when the pool closes). The bytes stay on
 * disk: the worker reads each page, just written and still in the page cache. In the build, a message to a worker cost
 * the main thread 0.5–0.6 ms whatever it held: with the bytes of each page in a message of its own that was 2–3 s at
 * scale 1 (26,700 pages), with the bytes in batches of 256 KB 1.6 s, with paths in batches of 16 pages 1.1 s.
 */
const BATCH_PAGES = 64;

/**
 * Starts `workers` threads (default: one fewer than the cores, at least one) that write the copies of `encodings`
 * (default: every encoding), and publishes the pool's enqueue for the page writes (one pool per process). At most
 * `maxPending` pages wait at once: beyond that a page is refused and compressed at the end instead, so a slow disk or
 * CPU never lets the queue grow without end.
 */
export function startPrecompressPool(
  options: { workers?: number; maxPending?: number; encodings?: readonly EncodingSuffix[] } = {},
): PrecompressPool {
  const count = Math.max(1, options.workers ?? os.availableParallelism() - 1);
  const maxPending = options.maxPending ?? 1024;
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(new URL('./precompress-worker.ts', import.meta.url), {
      workerData: { encodings: options.encodings ?? ENCODING_SUFFIXES },
    });
    worker.unref();
    return { worker, pending: 0, batch: [] as PrecompressPage[] };
  });
  let queued = 0;
  let refused = 0;
  /** Who waits for every page handed in to be done. */
  const waiting: Array<() => void> = [];
  const pendingTotal = () => workers.reduce((n, w) => n + w.pending, 0);
  const wake = () => {
    if (pendingTotal() === 0) for (const resolve of waiting.splice(0)) resolve();
  };
  for (const w of workers) {
    const done = () => {
      w.pending = 0;
      wake();
    };
    w.worker.on('message', (pages: number) => {
      w.pending -= pages;
      wake();
    });
    // A worker that fails (it cannot start, or runs out of memory) leaves its pages to precompressDir.
    w.worker.on('error', done);
    w.worker.on('exit', done);
  }
  const alive = new Set(workers);
  for (const w of workers) w.worker.on('exit', () => alive.delete(w));
  const flush = (w: (typeof workers)[number]) => {
    if (w.batch.length === 0) return;
    w.worker.postMessage(w.batch);
    w.batch = [];
  };

  const enqueue: Enqueue = (file, size) => {
    const target = [...alive].sort((a, b) => a.pending - b.pending)[0];
    if (!target || target.pending >= Math.ceil(maxPending / count)) {
      refused++;
      return false;
    }
    target.pending++;
    queued++;
    target.batch.push({ file, size });
    if (target.batch.length >= BATCH_PAGES) flush(target);
    return true;
  };
  const settle = async () => {
    for (const w of workers) flush(w);
    if (pendingTotal() > 0) await new Promise<void>((resolve) => waiting.push(resolve));
  };
  publishEnqueue({ enqueue, settle });

  return {
    enqueue,
    settle,
    stats: () => ({ queued, refused }),
    async close() {
      publishEnqueue(undefined, enqueue);
      await settle();
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
