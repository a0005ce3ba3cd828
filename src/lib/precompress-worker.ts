// Worker thread of the precompress pool: writes the .gz (and .br) copies of one page after another beside the page in
// dist/, each stamped with the page file's modification time, which is how precompressDir knows them current.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { COMPRESS_SYNC, ENCODING_SUFFIXES, type EncodingSuffix } from './precompress.ts';

/** One page: the file in dist/ holding `data`, and that file's times (ms) when it had just been written. */
export interface PrecompressJob {
  file: string;
  atimeMs: number;
  mtimeMs: number;
  data: Uint8Array;
}

/** Whether the copies beside `file`, made together from one earlier write, already hold `data`. */
function copiesHold(file: string, data: Uint8Array, encodings: readonly EncodingSuffix[]): boolean {
  if (!encodings.includes('.gz')) return false;
  const copies = encodings.map((suffix) => fs.statSync(file + suffix, { throwIfNoEntry: false }));
  if (!copies.every((c) => c && c.mtimeMs === copies[0]!.mtimeMs)) return false;
  try {
    return zlib.gunzipSync(fs.readFileSync(file + '.gz')).equals(data);
  } catch {
    return false; // a damaged copy is written again
  }
}

export function writeCopies(
  { file, atimeMs, mtimeMs, data }: PrecompressJob,
  encodings: readonly EncodingSuffix[] = ENCODING_SUFFIXES,
): void {
  const atime = atimeMs / 1000;
  const mtime = mtimeMs / 1000;
  // A page rendered again with the same bytes (a new month's rebuild renders every page): its copies are stamped with
  // the new time rather than compressed again.
  if (copiesHold(file, data, encodings)) {
    for (const suffix of encodings) fs.utimesSync(file + suffix, atime, mtime);
    return;
  }
  for (const suffix of encodings) {
    const compressed = COMPRESS_SYNC[suffix](data);
    if (compressed.length >= data.length) continue; // not worth a copy: precompressDir removes an old one
    // Written aside and renamed into place with the page's time: a build stopped meanwhile leaves no copy cut short.
    const temp = `${file}${suffix}.tmp-${process.pid}-${threadId}`;
    fs.writeFileSync(temp, compressed);
    fs.utimesSync(temp, atime, mtime);
    fs.renameSync(temp, file + suffix);
  }
}

const encodings = (workerData as { encodings?: EncodingSuffix[] } | null)?.encodings ?? ENCODING_SUFFIXES;

parentPort?.on('message', (job: PrecompressJob) => {
  try {
    writeCopies(job, encodings);
  } catch {
    // a copy not written is made by precompressDir at the end, as if the pool were not there
  }
  parentPort!.postMessage(0);
});
