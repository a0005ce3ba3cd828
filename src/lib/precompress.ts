// Precompressed copies of the built text files (x.html.gz, x.html.br beside x.html), for servers that send a file's
// .gz or .br as is (nginx's gzip_static / brotli_static) instead of compressing every response again.
import fs from 'node:fs';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { DistFiles, mtimeMsOf } from './dist-files.ts';

/** Text files worth compressing. Images are compressed already, and so are Pagefind's .pf_* and .pagefind files. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|csv|svg|txt|webmanifest)$/i;

/** The encodings there can be copies of, by file suffix. */
export const ENCODING_SUFFIXES = ['.gz', '.br'] as const;
export type EncodingSuffix = (typeof ENCODING_SUFFIXES)[number];

/**
 * The copies a build writes: .gz always (nginx's gzip_static, in every nginx); .br as well with FZWM_BROTLI=1, for a
 * server that sends them (nginx's brotli module: `npm run nginx-config -- --brotli`). Debian's nginx has no brotli
 * module, so by default no .br is written that the server would never send.
 */
export function buildEncodings(env: Record<string, string | undefined> = process.env): EncodingSuffix[] {
  const value = (env['FZWM_BROTLI'] ?? '').trim();
  if (value === '1') return ['.gz', '.br'];
  if (value === '' || value === '0') return ['.gz'];
  throw new Error(
    `环境变量 FZWM_BROTLI 只能是 1（另写 .br 压缩文件，服务器须有 nginx 的 brotli 模块）或 0（只写 .gz），现在是“${value}”。`,
  );
}

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/**
 * gzip at its default level 6: on the scale-1 county's 514 MB of text, level 9 took 25% longer (6.2 s against 5.0 s
 * of one core) for copies 0.26% smaller. Brotli at quality 6: 9.5 s, copies 16% smaller than gzip's (quality 5 was
 * hardly faster, quality 4 gave 12% larger copies). Quality 11 is 8% smaller still but 60 times slower: minutes for a county's ten years of pages.
 * The one setting for both ways of compressing: on Node's thread pool (below) and in the worker (precompress-worker.ts).
 */
export const GZIP_OPTIONS: zlib.ZlibOptions = { level: 6 };
export const brotliOptions = (data: Uint8Array): zlib.BrotliOptions => ({
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
  },
});

const COMPRESS: Record<EncodingSuffix, (data: Buffer) => Promise<Buffer>> = {
  '.gz': (data) => gzip(data, GZIP_OPTIONS),
  '.br': (data) => brotli(data, brotliOptions(data)),
};

/** The same, at once (in a worker thread, where blocking is the point). */
export const COMPRESS_SYNC: Record<EncodingSuffix, (data: Uint8Array) => Buffer> = {
  '.gz': (data) => zlib.gzipSync(data, GZIP_OPTIONS),
  '.br': (data) => zlib.brotliCompressSync(data, brotliOptions(data)),
};

/** For x.html.gz, x.html: the file a compressed copy stands for; undefined for any other file. */
export function sourceOfCompressed(file: string): string | undefined {
  const suffix = ENCODING_SUFFIXES.find((s) => file.endsWith(s));
  if (!suffix) return undefined;
  const source = file.slice(0, -suffix.length);
  return COMPRESSIBLE.test(source) ? source : undefined;
}

export interface PrecompressResult {
  /** Compressed copies written (relative paths, sorted). */
  written: string[];
  /** Compressed copies deleted because their file is gone, or compressing it no longer saves anything. */
  removed: string[];
  /**
   * Compressed copies left as they were: their file has not changed since they were written (by an earlier build, or
   * by the precompress pool while this build rendered the pages).
   */
  unchanged: number;
}

export interface PrecompressOptions {
  /** Which copies to write; default both. A copy of an encoding not asked for is deleted. */
  encodings?: readonly EncodingSuffix[];
  /** How many files are compressed at once (zlib works on Node's thread pool); default 4. */
  concurrency?: number;
  /** The listing of `dir` (dist-files.ts), kept up to date with what is written and deleted; read now if not given. */
  files?: DistFiles;
}

/**
 * Brings the compressed copies under `dir` up to date. A copy carries its file's modification time, so a copy whose
 * file has not been written again since is left alone (an incremental build compresses only the pages it rendered);
 * a copy whose file is gone (a deleted page) is deleted. A copy that would not be smaller than its file is not kept.
 * Dot-files and dot-folders (.git, .build-id, .security-headers.json) are not published, so they are skipped.
 */
export async function precompressDir(dir: string, options: PrecompressOptions = {}): Promise<PrecompressResult> {
  const encodings = options.encodings ?? ENCODING_SUFFIXES;
  const files = options.files ?? DistFiles.read(dir);
  const result: PrecompressResult = { written: [], removed: [], unchanged: 0 };
  const sources: string[] = [];
  const remove = (rel: string) => {
    fs.rmSync(files.full(rel), { force: true });
    files.forget(rel);
    result.removed.push(rel);
  };

  const visit = (folder: string) => {
    const entries = files.list(folder);
    for (const [name, entry] of entries) {
      // Links are left alone, as whatever they point to.
      if (name.startsWith('.') || (entry !== 'dir' && entry.link)) continue;
      const rel = folder === '' ? name : `${folder}/${name}`;
      if (entry === 'dir') visit(rel);
      else if (COMPRESSIBLE.test(name)) {
        // Every copy made from this very write of the file (a page kept from the last build, or compressed by the
        // pool as it was written): nothing to do, the common case, decided here without a look at the disk.
        const mtimeMs = mtimeMsOf(entry);
        const current = encodings.every((suffix) => {
          const copy = files.entryIn(folder, name + suffix);
          return copy !== undefined && copy !== 'dir' && !copy.link && Math.abs(mtimeMsOf(copy) - mtimeMs) < 1;
        });
        if (current) result.unchanged += encodings.length;
        else sources.push(rel);
      } else {
        const source = sourceOfCompressed(name);
        const suffix = name.slice(source?.length ?? 0) as EncodingSuffix;
        // A copy's file is in the same folder: looked up in the listing rather than on disk.
        if (source && (!encodings.includes(suffix) || !files.file(folder === '' ? source : `${folder}/${source}`)))
          remove(rel);
      }
    }
  };
  if (!files.isFolder('')) return result;
  visit('');

  /** The size and mtime of `rel` as listed. */
  const statOf = (rel: string): { size: number; mtimeMs: number } | undefined => {
    const file = files.file(rel);
    return file && !file.link ? { size: file.size, mtimeMs: mtimeMsOf(file) } : undefined;
  };
  const work = async (rel: string) => {
    const stat = statOf(rel);
    if (!stat) return;
    const source = () => files.full(rel);
    // To the nearest millisecond, as fs.Stats.mtime: a time stored as 066.9999 ms is 067.
    const mtime = new Date(Math.round(stat.mtimeMs));
    let data: Buffer | undefined;
    // A page written again with the same bytes (the unit pages, indexes and feeds render on every build): its copies,
    // made together from the earlier write, still hold it. Checked through the .gz (decompressing is cheap) and only
    // when every copy has the same mtime, i.e. all were made from that one earlier write; they then take the new mtime.
    const copies = encodings.map((suffix) => statOf(rel + suffix));
    const gz = encodings.indexOf('.gz');
    if (
      gz >= 0 &&
      copies.every((c) => c && c.mtimeMs === copies[0]!.mtimeMs && Math.abs(c.mtimeMs - stat.mtimeMs) >= 1)
    ) {
      data = fs.readFileSync(source());
      let same = false;
      try {
        same = zlib.gunzipSync(fs.readFileSync(source() + '.gz')).equals(data);
      } catch {
        // a damaged copy is written again below
      }
      if (same) {
        for (const suffix of encodings) {
          fs.utimesSync(source() + suffix, mtime, mtime);
          files.note(rel + suffix);
        }
        result.unchanged += encodings.length;
        return;
      }
    }
    for (const [i, suffix] of encodings.entries()) {
      const target = rel + suffix;
      // The stat listed: only this function writes a copy, and it has not written this one since.
      const existing = copies[i];
      // utimes keeps microseconds at best: a copy within a millisecond of its file's time was made from it.
      if (existing && Math.abs(existing.mtimeMs - stat.mtimeMs) < 1) {
        result.unchanged++;
        continue;
      }
      data ??= fs.readFileSync(source());
      const compressed = await COMPRESS[suffix](data);
      if (compressed.length >= data.length) {
        if (existing) remove(target);
        continue;
      }
      const temp = `${files.full(target)}.tmp-${process.pid}`;
      fs.writeFileSync(temp, compressed);
      fs.utimesSync(temp, mtime, mtime);
      fs.renameSync(temp, files.full(target));
      files.note(target);
      result.written.push(target);
    }
  };
  let next = 0;
  const workers = Array.from({ length: Math.max(1, options.concurrency ?? 4) }, async () => {
    while (next < sources.length) await work(sources[next++]!);
  });
  await Promise.all(workers);
  result.written.sort();
  result.removed.sort();
  return result;
}
