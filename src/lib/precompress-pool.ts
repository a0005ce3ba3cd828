// Compressing pages while they are rendered: each page Astro writes to dist/ is handed to this pool (output-dir.ts
// hooks Astro's page writes), whose worker threads write its .gz (and .br) copies beside it, stamped with the page's
// time; precompressDir then finds them current. Rendering runs on one core; on a machine with two or more, the copies
// are made meanwhile instead of after.
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { publishEnqueue, type Enqueue } from './precompress-handoff.ts';
import type { PrecompressJob } from './precompress-worker.ts';
import { ENCODING_SUFFIXES, type EncodingSuffix } from './precompress.ts';

export interface PrecompressPool {
  enqueue: Enqueue;
  /** Waits for every page handed in so far, then stops the workers. */
  close(): Promise<void>;
  /** Pages handed in, and pages refused (the queue was full, or the file does not hold the bytes handed in). */
  stats(): { queued: number; refused: number };
}

/**
 * Starts `workers` threads (default: one fewer than the cores, at least one) that write the copies of `encodings`
 * (default: every encoding), and publishes the pool's enqueue for the page writes (one pool per process). At most
 * `maxPending` pages wait at once: beyond that a page is refused and compressed at the end instead, so a slow disk or
 * CPU never holds rendered pages in memory.
 */
export function startPrecompressPool(
  options: { workers?: number; maxPending?: number; encodings?: readonly EncodingSuffix[] } = {},
): PrecompressPool {
  const count = Math.max(1, options.workers ?? os.availableParallelism() - 1);
  const maxPending = options.maxPending ?? 64;
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(new URL('./precompress-worker.ts', import.meta.url), {
      workerData: { encodings: options.encodings ?? ENCODING_SUFFIXES },
    });
    worker.unref();
    return { worker, pending: 0 };
  });
  let queued = 0;
  let refused = 0;
  let idle: (() => void) | undefined;
  const pendingTotal = () => workers.reduce((n, w) => n + w.pending, 0);
  for (const w of workers) {
    const done = () => {
      w.pending = 0;
      if (pendingTotal() === 0) idle?.();
    };
    w.worker.on('message', () => {
      w.pending--;
      if (pendingTotal() === 0) idle?.();
    });
    // A worker that fails (it cannot start, or runs out of memory) leaves its pages to precompressDir.
    w.worker.on('error', done);
    w.worker.on('exit', done);
  }
  const alive = new Set(workers);
  for (const w of workers) w.worker.on('exit', () => alive.delete(w));

  const enqueue: Enqueue = (file, data) => {
    const target = [...alive].sort((a, b) => a.pending - b.pending)[0];
    if (!target || target.pending >= Math.ceil(maxPending / count)) {
      refused++;
      return false;
    }
    // The file's times now, just after it was written: its copies carry them. A file already holding other bytes
    // (another size) is left to precompressDir.
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size !== data.byteLength) {
      refused++;
      return false;
    }
    target.pending++;
    queued++;
    // Copied and the copy transferred: the caller keeps its bytes.
    const own = new Uint8Array(data);
    const job: PrecompressJob = { file, atimeMs: stat.atimeMs, mtimeMs: stat.mtimeMs, data: own };
    target.worker.postMessage(job, [own.buffer as ArrayBuffer]);
    return true;
  };
  publishEnqueue(enqueue);

  return {
    enqueue,
    stats: () => ({ queued, refused }),
    async close() {
      publishEnqueue(undefined, enqueue);
      if (pendingTotal() > 0) await new Promise<void>((resolve) => (idle = resolve));
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
