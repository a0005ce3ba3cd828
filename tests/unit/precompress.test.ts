// The precompressed copies beside the built text files: written once, rewritten when their file changes, removed
// when their file goes; already-compressed and unpublished files are left alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, expect, it } from 'vitest';
import { buildEncodings, precompressDir, sourceOfCompressed } from '../../src/lib/precompress.ts';
import { poolEnqueue } from '../../src/lib/precompress-handoff.ts';
import { startPrecompressPool } from '../../src/lib/precompress-pool.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const page = (title: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body>${'<p>正文段落。</p>'.repeat(200)}</body></html>`;

function site(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-gz-'));
  dirs.push(dir);
  for (const [file, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), body);
  }
  return dir;
}

it('names the file a copy stands for, only for copies of text files', () => {
  expect(sourceOfCompressed('/d/index.html.gz')).toBe('/d/index.html');
  expect(sourceOfCompressed('/d/api/cases.csv.br')).toBe('/d/api/cases.csv');
  expect(sourceOfCompressed('/d/export.tar.gz')).toBeUndefined();
  expect(sourceOfCompressed('/d/index.html')).toBeUndefined();
});

it('writes .gz and .br copies of text files that decompress to the file, and skips images, Pagefind data and dot-files', async () => {
  const pf = zlib.gzipSync(Buffer.from('index'));
  const dir = site({
    'index.html': page('首页'),
    '_astro/site.css': 'body{color:black}'.repeat(100),
    'api/cases.csv': 'id,title\n'.repeat(100),
    'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(100)}</svg>`,
    'robots.txt': 'User-agent: *\n', // too small: a copy would not be smaller
    'photo.jpg': Buffer.alloc(2000, 1),
    'pagefind/recent/index/zh-cn_1.pf_index': pf,
    'pagefind/recent/wasm.unknown.pagefind': pf,
    '.security-headers.json': JSON.stringify({ csp: 'x'.repeat(2000) }),
  });
  const result = await precompressDir(dir);
  expect(result.written).toEqual([
    '_astro/site.css.br',
    '_astro/site.css.gz',
    'api/cases.csv.br',
    'api/cases.csv.gz',
    'favicon.svg.br',
    'favicon.svg.gz',
    'index.html.br',
    'index.html.gz',
  ]);
  const html = fs.readFileSync(path.join(dir, 'index.html'));
  expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'index.html.gz')))).toEqual(html);
  expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'index.html.br')))).toEqual(html);
  expect(fs.statSync(path.join(dir, 'index.html.gz')).size).toBeLessThan(html.length / 5);
  for (const absent of [
    'robots.txt.gz',
    'photo.jpg.gz',
    'pagefind/recent/index/zh-cn_1.pf_index.gz',
    'pagefind/recent/wasm.unknown.pagefind.gz',
    '.security-headers.json.gz',
  ])
    expect(fs.existsSync(path.join(dir, absent)), absent).toBe(false);
});

it('a second run compresses only the files written since, and removes the copies of deleted files', async () => {
  const dir = site({ 'a/index.html': page('甲'), 'b/index.html': page('乙'), 'c/index.html': page('丙') });
  await precompressDir(dir);
  // The next build: a is rendered again with new text, b is kept as it was, c is deleted.
  const later = new Date(Date.now() + 5000);
  fs.writeFileSync(path.join(dir, 'a/index.html'), page('甲（更正）'));
  fs.utimesSync(path.join(dir, 'a/index.html'), later, later);
  fs.rmSync(path.join(dir, 'c/index.html'));
  const result = await precompressDir(dir);
  expect(result.written).toEqual(['a/index.html.br', 'a/index.html.gz']);
  expect(result.removed).toEqual(['c/index.html.br', 'c/index.html.gz']);
  expect(result.unchanged).toBe(2);
  expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'a/index.html.gz'))).toString()).toContain('甲（更正）');
  expect(fs.readdirSync(path.join(dir, 'c'))).toEqual([]);
});

it('a file written again with the same bytes keeps its copies, which take its new mtime', async () => {
  const dir = site({ 'a/index.html': page('甲'), 'b/index.html': page('乙') });
  await precompressDir(dir);
  const later = new Date(Date.now() + 5000);
  for (const file of ['a/index.html', 'b/index.html']) {
    fs.writeFileSync(path.join(dir, file), fs.readFileSync(path.join(dir, file)));
    fs.utimesSync(path.join(dir, file), later, later);
  }
  // b's brotli copy was damaged: with the copies' times no longer alike, b is compressed again.
  const brTime = new Date(Date.now() - 60_000);
  fs.utimesSync(path.join(dir, 'b/index.html.br'), brTime, brTime);
  const result = await precompressDir(dir);
  expect(result.written).toEqual(['b/index.html.br', 'b/index.html.gz']);
  expect(result.unchanged).toBe(2);
  for (const copy of ['a/index.html.gz', 'a/index.html.br'])
    expect(fs.statSync(path.join(dir, copy)).mtimeMs).toBe(fs.statSync(path.join(dir, 'a/index.html')).mtimeMs);
  // The next run finds every copy current.
  expect((await precompressDir(dir)).unchanged).toBe(4);
  // Other bytes with the same size and a new mtime: compressed again.
  const later2 = new Date(Date.now() + 10_000);
  fs.writeFileSync(path.join(dir, 'a/index.html'), page('丁'));
  fs.utimesSync(path.join(dir, 'a/index.html'), later2, later2);
  expect((await precompressDir(dir)).written).toEqual(['a/index.html.br', 'a/index.html.gz']);
  expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'a/index.html.br'))).toString()).toContain('丁');
});

it('writes .gz copies by default and .br as well with FZWM_BROTLI=1; any other value is refused in plain words', () => {
  expect(buildEncodings({})).toEqual(['.gz']);
  expect(buildEncodings({ FZWM_BROTLI: '0' })).toEqual(['.gz']);
  expect(buildEncodings({ FZWM_BROTLI: '' })).toEqual(['.gz']);
  expect(buildEncodings({ FZWM_BROTLI: ' 1 ' })).toEqual(['.gz', '.br']);
  expect(() => buildEncodings({ FZWM_BROTLI: 'yes' })).toThrow(
    '环境变量 FZWM_BROTLI 只能是 1（另写 .br 压缩文件，服务器须有 nginx 的 brotli 模块）或 0（只写 .gz），现在是“yes”。',
  );
});

it('has the pool write only the encodings asked for', async () => {
  const dir = site({ 'a/index.html': page('甲') });
  const pool = startPrecompressPool({ workers: 1, encodings: ['.gz'] });
  expect(pool.enqueue(path.join(dir, 'a/index.html'), fs.statSync(path.join(dir, 'a/index.html')).size)).toBe(true);
  await pool.close();
  expect(fs.readdirSync(path.join(dir, 'a')).sort()).toEqual(['index.html', 'index.html.gz']);
  expect(await precompressDir(dir, { encodings: ['.gz'] })).toEqual({ written: [], removed: [], unchanged: 1 });
});

it('writes only the encodings asked for and deletes copies of the others', async () => {
  const dir = site({ 'index.html': page('首页') });
  await precompressDir(dir);
  const result = await precompressDir(dir, { encodings: ['.gz'] });
  expect(result.removed).toEqual(['index.html.br']);
  expect(result.unchanged).toBe(1);
});

it('writes the copies of each page handed over once it is written, with its time, so precompressDir finds them current', async () => {
  const dir = site({ 'a/index.html': page('已生成'), 'b/index.html': page('乙'), 'c/index.html': page('丙') });
  const pool = startPrecompressPool({ workers: 2 });
  const enqueue = poolEnqueue();
  expect(enqueue).toBe(pool.enqueue);
  const size = (file: string) => fs.statSync(path.join(dir, file)).size;
  expect(enqueue!(path.join(dir, 'a/index.html'), size('a/index.html'))).toBe(true);
  expect(enqueue!(path.join(dir, 'b/index.html'), size('b/index.html'))).toBe(true);
  // A file that does not hold as many bytes as were written (written again since), and one that is gone: skipped, and
  // never given a copy of other bytes; precompressDir compresses what is there.
  expect(enqueue!(path.join(dir, 'c/index.html'), size('c/index.html') + 5)).toBe(true);
  expect(enqueue!(path.join(dir, 'missing/index.html'), 100)).toBe(true);
  await pool.close();
  expect(poolEnqueue()).toBeUndefined();
  expect(pool.stats()).toEqual({ queued: 4, refused: 0 });
  for (const file of ['a/index.html', 'b/index.html']) {
    const source = fs.readFileSync(path.join(dir, file));
    expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${file}.gz`))).equals(source)).toBe(true);
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, `${file}.br`))).equals(source)).toBe(true);
  }
  expect(fs.readdirSync(path.join(dir, 'a')).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz']);
  expect(fs.readdirSync(path.join(dir, 'c'))).toEqual(['index.html']);
  expect(fs.existsSync(path.join(dir, 'missing'))).toBe(false);
  // The pool's copies are current; the skipped page is compressed here.
  const result = await precompressDir(dir);
  expect(result.unchanged).toBe(4);
  expect(result.written).toEqual(['c/index.html.br', 'c/index.html.gz']);
});

it('re-stamps the copies of a page written again with the same bytes, and rewrites those of a changed page', async () => {
  const dir = site({ 'a/index.html': page('甲'), 'b/index.html': page('乙') });
  await precompressDir(dir);
  const copy = path.join(dir, 'a/index.html.br');
  // A copy made anew is renamed into place: another inode. One left in place keeps its inode.
  const inode = fs.statSync(copy).ino;
  const changedInode = fs.statSync(path.join(dir, 'b/index.html.br')).ino;
  const later = new Date(Date.now() + 20_000);
  for (const file of ['a/index.html', 'b/index.html']) {
    fs.writeFileSync(path.join(dir, file), file.startsWith('a') ? page('甲') : page('乙改'));
    fs.utimesSync(path.join(dir, file), later, later);
  }
  const pool = startPrecompressPool({ workers: 1 });
  for (const file of ['a/index.html', 'b/index.html'])
    expect(pool.enqueue(path.join(dir, file), fs.statSync(path.join(dir, file)).size)).toBe(true);
  await pool.close();
  expect(fs.statSync(copy).ino).toBe(inode);
  expect(Math.abs(fs.statSync(copy).mtimeMs - fs.statSync(path.join(dir, 'a/index.html')).mtimeMs)).toBeLessThan(1);
  expect(fs.statSync(path.join(dir, 'b/index.html.br')).ino).not.toBe(changedInode);
  expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'b/index.html.br'))).toString()).toContain('乙改');
  const result = await precompressDir(dir);
  expect(result).toEqual({ written: [], removed: [], unchanged: 4 });
});

it('hands pages over in batches: each page, however many and whatever their sizes, gets a copy of its own bytes', async () => {
  // 100 pages of 3-30 KB (several batches, the last one part full), and one of 600 KB, in one pool of two workers.
  const pages = Array.from({ length: 100 }, (_, i) => `${page(`第${i}页`)}${'<p>续</p>'.repeat(i * 30)}`);
  pages.push(`${page('大文件')}${'<p>数据行。</p>'.repeat(40_000)}`);
  const dir = site(Object.fromEntries(pages.map((p, i) => [`p${i}/index.html`, p])));
  const pool = startPrecompressPool({ workers: 2, maxPending: 1000 });
  for (let i = 0; i < pages.length; i++)
    expect(pool.enqueue(path.join(dir, `p${i}/index.html`), Buffer.byteLength(pages[i]!))).toBe(true);
  await pool.close();
  expect(Buffer.byteLength(pages.at(-1)!)).toBeGreaterThan(512 * 1024);
  for (let i = 0; i < pages.length; i++) {
    const file = path.join(dir, `p${i}/index.html`);
    expect(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).toString(), `p${i}`).toBe(pages[i]);
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).toString(), `p${i}`).toBe(pages[i]);
  }
  expect((await precompressDir(dir)).unchanged).toBe(pages.length * 2);
});

it('refuses pages beyond its queue instead of holding them in memory; precompressDir compresses those at the end', async () => {
  const pages = Array.from({ length: 6 }, (_, i) => Buffer.from(page(`第${i}页`)));
  const dir = site(Object.fromEntries(pages.map((p, i) => [`p${i}/index.html`, p])));
  const pool = startPrecompressPool({ workers: 1, maxPending: 2 });
  const taken = pages.map((p, i) => pool.enqueue(path.join(dir, `p${i}/index.html`), p.byteLength));
  expect(taken.slice(0, 2)).toEqual([true, true]);
  expect(taken.filter((t) => !t).length).toBeGreaterThan(0);
  await pool.close();
  expect(pool.stats().queued + pool.stats().refused).toBe(6);
  const result = await precompressDir(dir);
  expect(result.written).toHaveLength(pool.stats().refused * 2);
  expect(result.unchanged).toBe(pool.stats().queued * 2);
  for (let i = 0; i < pages.length; i++) {
    expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, `p${i}/index.html.gz`))).equals(pages[i]!)).toBe(true);
  }
});

it('stamps a copy with its file time to the nearest millisecond, as fs.Stats.mtime gives it', async () => {
  const dir = site({ 'a/index.html': page('甲') });
  // A time the file system keeps a hair before a whole millisecond (seconds as a double: 066.9999 ms).
  fs.utimesSync(path.join(dir, 'a/index.html'), 1796112203.0669999, 1796112203.0669999);
  await precompressDir(dir, { encodings: ['.gz'] });
  const source = fs.statSync(path.join(dir, 'a/index.html'));
  expect(fs.statSync(path.join(dir, 'a/index.html.gz')).mtime.getTime()).toBe(source.mtime.getTime());
  expect((await precompressDir(dir, { encodings: ['.gz'] })).unchanged).toBe(1);
});
