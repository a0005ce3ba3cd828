// Short page ids in a Pagefind index: the metadata names each page by a short id and its fragment carries that name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, expect, it } from 'vitest';
import { compactPageIds, pageIds, shortId } from '../../src/lib/pagefind-ids.ts';

const made: string[] = [];
afterAll(async () => {
  await pagefind.close();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function writeIndex(count: number): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-ids-'));
  made.push(dir);
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  for (let n = 0; n < count; n++) {
    await index!.addCustomRecord({
      url: `/cases/2026-${String(n).padStart(3, '0')}/`,
      content: `电信网络诈骗 第${n}号`,
      language: 'zh-cn',
      meta: { title: `案例 ${n}` },
      filters: { year: ['2026'] },
      sort: { date: `2026-01-${String((n % 28) + 1).padStart(2, '0')}` },
    });
  }
  await index!.writeFiles({ outputPath: dir });
  await index!.deleteIndex();
  return dir;
}

const fragmentUrl = (dir: string, id: string) => {
  const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'fragment', `${id}.pf_fragment`))).toString('utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
};
const metaFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.pf_meta'));

it('renames every page to <prefix><n>, fragment and metadata alike, and keeps the rest of the metadata', async () => {
  const dir = await writeIndex(40);
  const before = pageIds(dir);
  // The reader finds exactly Pagefind's own ids, one fragment each.
  expect(before).toHaveLength(40);
  expect(new Set(before)).toEqual(new Set(fs.readdirSync(path.join(dir, 'fragment')).map((f) => f.replace(/\.pf_fragment$/, ''))));
  const urls = before.map((id) => fragmentUrl(dir, id));
  const [meta] = metaFiles(dir);
  const oldBytes = zlib.gunzipSync(fs.readFileSync(path.join(dir, meta!)));

  expect(await compactPageIds(dir, 'k7q')).toBe(40);

  const after = pageIds(dir);
  expect(after).toEqual(before.map((_, n) => shortId('k7q', n)));
  expect(after[11]).toBe('k7qb');
  // The n-th page is still the same page, and no fragment is left under its old name.
  expect(after.map((id) => fragmentUrl(dir, id))).toEqual(urls);
  expect(fs.readdirSync(path.join(dir, 'fragment')).sort()).toEqual(after.map((id) => `${id}.pf_fragment`).sort());
  // Same file, fewer bytes: each id shrinks by its length difference, nothing else changes.
  expect(metaFiles(dir)).toEqual([meta]);
  const newBytes = zlib.gunzipSync(fs.readFileSync(path.join(dir, meta!)));
  const saved = before.reduce((n, id, i) => n + id.length - after[i]!.length, 0);
  expect(oldBytes.length - newBytes.length).toBe(saved);
  expect(newBytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
  // Everything after the last page's id (its word count, the index chunks, filters and sorts) as it was.
  const last = before.at(-1)!;
  const tail = oldBytes.subarray(oldBytes.lastIndexOf(Buffer.from(last)) + last.length);
  expect(tail.length).toBeGreaterThan(100);
  expect(newBytes.subarray(-tail.length)).toEqual(tail);
});

it('refuses, in Chinese, an index that is not laid out as Pagefind 1.6 writes it', async () => {
  const dir = await writeIndex(2);
  const [meta] = metaFiles(dir);
  fs.writeFileSync(path.join(dir, meta!), zlib.gzipSync(Buffer.from('not pagefind')));
  await expect(compactPageIds(dir, 'abc')).rejects.toThrow(/不是预期的 Pagefind 1\.6 格式：元数据缺少 pagefind_dcd 标记/);

  const other = await writeIndex(2);
  const [first] = pageIds(other);
  fs.rmSync(path.join(other, 'fragment', `${first}.pf_fragment`));
  await expect(compactPageIds(other, 'abc')).rejects.toThrow(`找不到页面 ${first} 的片段文件`);
});
