// Worker thread of the precompress pool: writes the .gz (and .br) copies of one page after another beside the page in
// dist/, each stamped with the page file's modification time, which is how precompressDir knows them current.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { COMPRESS_SYNC, ENCODING_SUFFIXES, type EncodingSuffix } from './precompress.ts';

/** A page as the pool hands it over: the file in dist/ just written, and how many bytes were written to it. */
export interface PrecompressPage {
  file: string;
  size: number;
}

/** The page's bytes and its times, read together through one file descriptor; undefined if it is not `size` bytes. */
function readPage({ file, size }: PrecompressPage): { data: Buffer; atimeMs: number; mtimeMs: number } | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined; // gone already (nothing deletes a page while the pages render; precompressDir looks again)
  }
  try {
    const before = fs.fstatSync(fd);
    if (!before.isFile() || before.size !== size) return undefined;
    const data = Buffer.allocUnsafe(size);
    for (let read = 0; read < size;) {
      const n = fs.readSync(fd, data, read, size - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    // Written again meanwhile (nothing does; but a copy must never carry a time its bytes are not from).
    const after = fs.fstatSync(fd);
    if (after.mtimeMs !== before.mtimeMs || after.size !== size) return undefined;
    return { data, atimeMs: before.atimeMs, mtimeMs: before.mtimeMs };
  } finally {
    fs.closeSync(fd);
  }
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

/** Writes the copies of one page; false when the file is not the page handed over (precompressDir then decides). */
export function writeCopies(page: PrecompressPage, encodings: readonly EncodingSuffix[] = ENCODING_SUFFIXES): boolean {
  const read = readPage(page);
  if (!read) return false;
  const { file } = page;
  const { data, atimeMs, mtimeMs } = read;
  const atime = atimeMs / 1000;
  const mtime = mtimeMs / 1000;
  // A page rendered again with the same bytes (a new month's rebuild renders every page): its copies are stamped with
  // the new time rather than compressed again.
  if (copiesHold(file, data, encodings)) {
    for (const suffix of encodings) fs.utimesSync(file + suffix, atime, mtime);
    return true;
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
  return true;
}

const encodings = (workerData as { encodings?: EncodingSuffix[] } | null)?.encodings ?? ENCODING_SUFFIXES;

parentPort?.on('message', (pages: PrecompressPage[]) => {
  for (const page of pages) {
    try {
      writeCopies(page, encodings);
    } catch {
      // a copy not written is made by precompressDir at the end, as if the pool were not there
    }
  }
  parentPort!.postMessage(pages.length);
});
