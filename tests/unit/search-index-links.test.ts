// A search shard already in dist/ is kept only while it is exactly the hard links to its current cached index.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { isLinkedTree } from '../../src/integrations/search-index.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function shard(): { cache: string; dist: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-shard-'));
  made.push(base);
  const cache = path.join(base, 'cache/recent-abc');
  const dist = path.join(base, 'dist/pagefind/recent');
  for (const file of [
    'pagefind.js',
    'pagefind-entry.json',
    'pagefind-ui.js',
    'index/zh-cn_1.pf_index',
    'fragment/zh-cn_2.pf_fragment',
  ]) {
    fs.mkdirSync(path.dirname(path.join(cache, file)), { recursive: true });
    fs.writeFileSync(path.join(cache, file), file);
  }
  // As the search integration links it: everything but Pagefind's unused stock interface.
  for (const file of ['pagefind.js', 'pagefind-entry.json', 'index/zh-cn_1.pf_index', 'fragment/zh-cn_2.pf_fragment']) {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.linkSync(path.join(cache, file), path.join(dist, file));
  }
  return { cache, dist };
}

it('is true for the links of the cached shard, with or without their compressed copies', () => {
  const { cache, dist } = shard();
  expect(isLinkedTree(cache, dist)).toBe(true);
  fs.writeFileSync(path.join(dist, 'pagefind.js.gz'), 'gz');
  fs.writeFileSync(path.join(dist, 'pagefind.js.br'), 'br');
  expect(isLinkedTree(cache, dist)).toBe(true);
});

it('is false when a file is missing, copied instead of linked, or extra, or the shard is not there', () => {
  const missing = shard();
  fs.rmSync(path.join(missing.dist, 'index/zh-cn_1.pf_index'));
  expect(isLinkedTree(missing.cache, missing.dist)).toBe(false);

  const copied = shard();
  fs.rmSync(path.join(copied.dist, 'pagefind.js'));
  fs.copyFileSync(path.join(copied.cache, 'pagefind.js'), path.join(copied.dist, 'pagefind.js'));
  expect(isLinkedTree(copied.cache, copied.dist)).toBe(false);

  const extra = shard();
  fs.writeFileSync(path.join(extra.dist, 'fragment/zh-cn_9.pf_fragment'), 'old');
  expect(isLinkedTree(extra.cache, extra.dist)).toBe(false);

  const stray = shard();
  fs.writeFileSync(path.join(stray.dist, 'stray.pf_meta.gz'), 'gz of nothing');
  expect(isLinkedTree(stray.cache, stray.dist)).toBe(false);

  const gone = shard();
  fs.rmSync(gone.dist, { recursive: true });
  expect(isLinkedTree(gone.cache, gone.dist)).toBe(false);
});
