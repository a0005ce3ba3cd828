// Shortens the page ids in a written Pagefind index: every page's fragment is renamed from its 7-hex content hash
// (zh-cn_3f9a2c1) to a short sequential id, so the index's metadata — the list of every page, which each first search
// fetches whole — compresses to about half (at scale 1 the recent shard's 38.5 KiB became about 20 KiB).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The signature Pagefind writes before the CBOR of its metadata and fragments (after gunzip). */
const SIGNATURE = 'pagefind_dcd';

/** Where a CBOR item's head ends and what it says: major type, its argument (a length or a value), and its end. */
interface Head {
  major: number;
  value: number;
  end: number;
}

function head(buf: Buffer, at: number): Head {
  const initial = buf[at];
  if (initial === undefined) throw new Error('truncated');
  const major = initial >> 5;
  const info = initial & 0x1f;
  if (info < 24) return { major, value: info, end: at + 1 };
  if (info === 24) return { major, value: buf.readUInt8(at + 1), end: at + 2 };
  if (info === 25) return { major, value: buf.readUInt16BE(at + 1), end: at + 3 };
  if (info === 26) return { major, value: buf.readUInt32BE(at + 1), end: at + 5 };
  if (info === 27) return { major, value: Number(buf.readBigUInt64BE(at + 1)), end: at + 9 };
  // Indefinite lengths (31) and reserved values: Pagefind 1.6 writes neither.
  throw new Error(`unsupported CBOR head 0x${initial.toString(16)}`);
}

/** The offset just after the CBOR item at `at`. */
function skip(buf: Buffer, at: number): number {
  const h = head(buf, at);
  switch (h.major) {
    case 0:
    case 1:
    case 7:
      return h.end;
    case 2:
    case 3:
      return h.end + h.value;
    case 4: {
      let next = h.end;
      for (let i = 0; i < h.value; i++) next = skip(buf, next);
      return next;
    }
    case 5: {
      let next = h.end;
      for (let i = 0; i < 2 * h.value; i++) next = skip(buf, next);
      return next;
    }
    default: // 6, a tag: its one item follows
      return skip(buf, h.end);
  }
}

function text(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length >= 24) throw new Error('id too long');
  return Buffer.concat([Buffer.from([0x60 | bytes.length]), bytes]);
}

/** The n-th short id: `prefix` then n in base 36. */
export function shortId(prefix: string, n: number): string {
  return `${prefix}${n.toString(36)}`;
}

interface PageSpan {
  /** Where the page's [id, word count, group] array starts and ends in the metadata. */
  start: number;
  end: number;
  /** Where its id (a CBOR text) starts, where the text's bytes start and where they end. */
  idItem: number;
  idStart: number;
  idEnd: number;
}

/** The metadata file of the index in `dir`, its CBOR (after the signature) and where each page's id lies in it. */
function readMeta(dir: string): { metaFile: string; cbor: Buffer; pages: PageSpan[]; pagesEnd: number } {
  const fail = (why: string) => new Error(`搜索索引（${dir}）不是预期的 Pagefind 1.6 格式：${why}`);
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { hash?: string }>;
  };
  const languages = Object.values(entry.languages ?? {});
  if (languages.length !== 1 || !languages[0]!.hash) throw fail('pagefind-entry.json 应只有一种语言');
  const metaFile = path.join(dir, `pagefind.${languages[0]!.hash}.pf_meta`);
  const raw = zlib.gunzipSync(fs.readFileSync(metaFile));
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw fail('元数据缺少 pagefind_dcd 标记');
  const cbor = raw.subarray(SIGNATURE.length);
  try {
    // The metadata is an array: [version, pages, index chunks, filters, sorts, …]; each page is [id, word count, group].
    const root = head(cbor, 0);
    if (root.major !== 4 || root.value < 2) throw fail('元数据不是数组');
    const list = head(cbor, skip(cbor, root.end));
    if (list.major !== 4) throw fail('页面列表不是数组');
    const pages: PageSpan[] = [];
    let at = list.end;
    for (let n = 0; n < list.value; n++) {
      const page = head(cbor, at);
      const id = head(cbor, page.end);
      if (page.major !== 4 || page.value < 2 || id.major !== 3) throw fail(`第 ${n + 1} 个页面的格式不对`);
      const end = skip(cbor, at);
      pages.push({ start: at, end, idItem: page.end, idStart: id.end, idEnd: id.end + id.value });
      at = end;
    }
    return { metaFile, cbor, pages, pagesEnd: at };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('搜索索引')) throw error;
    throw fail(error instanceof Error ? error.message : String(error));
  }
}

/** The ids of the pages of the index in `dir`, in the order its metadata lists them (a result's id is one of them). */
export function pageIds(dir: string): string[] {
  const { cbor, pages } = readMeta(dir);
  return pages.map((p) => cbor.subarray(p.idStart, p.idEnd).toString('utf8'));
}

/**
 * Rewrites the index in `dir` (as Pagefind's writeFiles left it) so each page has a short id: `<prefix><n>` for the
 * n-th page, its fragment renamed to match. The prefix (a few characters of the shard's content hash) makes an id of
 * one build unlikely to name another page in the next. Returns how many pages were renamed. Throws, in Chinese, when
 * the files are not laid out as Pagefind 1.6 writes them, so the build fails rather than publishing a broken search.
 */
export async function compactPageIds(dir: string, prefix: string): Promise<number> {
  const { metaFile, cbor, pages, pagesEnd } = readMeta(dir);
  const fragment = (id: string) => path.join(dir, 'fragment', `${id}.pf_fragment`);
  const ids = pages.map((p) => cbor.subarray(p.idStart, p.idEnd).toString('utf8'));
  for (const id of ids) {
    if (!fs.existsSync(fragment(id))) throw new Error(`搜索索引（${dir}）不是预期的 Pagefind 1.6 格式：找不到页面 ${id} 的片段文件`);
  }
  const pieces: Buffer[] = [Buffer.from(SIGNATURE, 'latin1'), cbor.subarray(0, pages[0]?.start ?? pagesEnd)];
  pages.forEach((page, n) => pieces.push(cbor.subarray(page.start, page.idItem), text(shortId(prefix, n)), cbor.subarray(page.idEnd, page.end)));
  pieces.push(cbor.subarray(pagesEnd));
  // Renamed off the event loop: the build renders pages meanwhile.
  await Promise.all(ids.map((id, n) => fs.promises.rename(fragment(id), fragment(shortId(prefix, n)))));
  await fs.promises.writeFile(metaFile, zlib.gzipSync(Buffer.concat(pieces), { level: 9 }));
  return pages.length;
}

/** A short prefix for the ids of an index whose records hash to `hash` (hex): its first 3 characters. */
export function idPrefix(hash: string): string {
  return hash.slice(0, 3);
}
