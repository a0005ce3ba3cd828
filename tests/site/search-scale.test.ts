// Search at archive scale: the generated ten-year county (gen:corpus --scale 1: 10,000 cases over eleven years, 3,000
// people), built once without precompression, searched in Chromium on a phone as a reader would.
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/gen-corpus.ts';
import { createStaticServer, listen } from '../../scripts/serve.ts';
import { loadContent, type SiteContent } from '../../src/lib/load-content.ts';
import { RECENT_YEARS } from '../../src/lib/search-records.ts';
import { phonePage, useBrowser } from '../browser/browser.ts';
import { resultUrls } from '../browser/search-page.ts';
import { removeTemporary, run, temporaryDir, TEST_AS_OF } from './temp-build.ts';

const browser = useBrowser();
let base = '';
let outDir = '';
let server: Server | undefined;
let content: SiteContent;
let page: Page;
const recentFrom = Number(TEST_AS_OF.slice(0, 4)) - RECENT_YEARS + 1;

beforeAll(async () => {
  const contentDir = temporaryDir('fzwm-corpus-1-');
  writeCorpus(contentDir, { scale: 1, asOf: TEST_AS_OF });
  outDir = temporaryDir('fzwm-out-corpus-1-');
  // One build for the whole file; nothing here reads the .gz/.br files a server would send.
  const built = run(['astro', 'build', '--silent'], contentDir, { ASTRO_OUT_DIR: outDir, FZWM_SKIP_PRECOMPRESS: '1' });
  if (built.status !== 0) throw new Error(`规模 1 语料构建失败：\n${built.output}`);
  content = (await loadContent(contentDir)).content;
  server = createStaticServer(outDir);
  base = await listen(server, 0);
  ({ page } = await phonePage(browser()));
  await page.goto(`${base}/search/`);
}, 900_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  removeTemporary();
});

const first = (query: string) => resultUrls(page, query, 1).then((urls) => urls[0]);
const year = (date: string) => Number(date.slice(0, 4));

describe('search by number and by name, at scale 1', () => {
  it('a case number finds that case first, an old year’s too (2017-002, not 2018-002)', async () => {
    expect(await first('2017-002')).toBe('/cases/2017-002/');
    const sample = content.cases.filter((c) => !c.data.withdrawn).filter((_, i) => i % 997 === 0);
    expect(sample.length).toBeGreaterThanOrEqual(8);
    for (const c of sample) expect(await first(c.data.id), c.data.id).toBe(`/cases/${c.data.id}/`);
  });

  it('a withdrawn case’s number finds its tombstone, and nothing else', async () => {
    const withdrawn = content.cases.find((c) => c.data.withdrawn)!.data;
    expect(await resultUrls(page, withdrawn.id, 10)).toEqual([`/cases/${withdrawn.id}/`]);
    const line = await page.locator('#search-results li').first().textContent();
    expect(line).toContain('已撤回');
    expect(line).not.toContain(withdrawn.summary.slice(0, 12));
  });

  it('an old number finds the case under its new number and says so', async () => {
    const renumbered = content.cases.find((c) => c.data.aliases?.length && !c.data.withdrawn)!.data;
    const old = renumbered.aliases![0]!;
    expect(await first(old)).toBe(`/cases/${renumbered.id}/`);
    expect(await page.locator('#search-results li').first().textContent()).toContain(`原编号 ${old}，现为 ${renumbered.id}`);
  });

  it('a person’s name finds every person of that name before any honour list, old lists included', async () => {
    const byName = Map.groupBy(content.people, (p) => p.data.name);
    const lists = new Map(content.lists.map((l) => [l.id, l]));
    const shared = [...byName].find(([, people]) => people.length >= 3)!;
    const archivedOnly = [...byName].find(([, people]) => people.length === 1 && year(lists.get(people[0]!.data.list)!.published) < recentFrom)!;
    for (const [name, people] of [shared, archivedOnly]) {
      const urls = await resultUrls(page, name, people.length + 1);
      expect(new Set(urls.slice(0, people.length)), name).toEqual(new Set(people.map((p) => `/good-people/${p.data.list}/${p.data.id}/`)));
    }
  });

  it('a unit’s name or short name finds its unit page first', async () => {
    for (const unit of content.units.slice(0, 6)) {
      for (const name of [unit.name, ...(unit.aliases ?? []).slice(0, 1)]) expect(await first(name), name).toBe(`/units/${unit.id}/`);
    }
  });

  it('each lookup file a query fetches is a few KB', () => {
    const dir = path.join(outDir, 'pagefind/lookup');
    const sizes = fs.readdirSync(dir).map((f) => zlib.gzipSync(fs.readFileSync(path.join(dir, f))).length);
    expect(sizes.length).toBeGreaterThan(100);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8 * 1024);
  });
});

describe('the archive at scale 1', () => {
  it('“瘦肉精 牛羊肉” offers the older years’ matches (还有 N 条历年结果) in one tap, and they include the 2017 case', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('瘦肉精 牛羊肉')}`);
    await page.waitForSelector('#search-results[data-query]', { state: 'attached' });
    const offer = page.locator('#search-archive button');
    // Counted once the reader reaches the end of the recent results: nothing of the archive is fetched before.
    expect(await offer.isVisible()).toBe(false);
    await page.locator('#search-end').scrollIntoViewIfNeeded();
    await expect.poll(() => offer.isVisible(), { timeout: 30_000 }).toBe(true);
    const count = Number(/还有 (\d+) 条历年结果/.exec((await offer.textContent())!)![1]);
    expect(count).toBeGreaterThan(0);
    await offer.click();
    // All of the archive's matches now: those offered, and any the first search already listed because they hold the
    // whole query (search-guard.ts).
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/历年内容 \d+ 条/);
    expect(Number(/历年内容 (\d+) 条/.exec((await page.locator('#search-status').textContent())!)![1])).toBeGreaterThanOrEqual(count);
    expect(page.url()).toContain('archive=1');
    expect(await page.locator('#search-archive').isVisible()).toBe(false);
    const urls = async () => page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // Merged by relevance: older cases that match as well stand among the first results, not after every recent one.
    // (The status line is written before the list: wait for the list of this search.)
    await expect.poll(async () => (await urls()).slice(0, 10).some((u) => year(u.split('/')[2]!) < recentFrom), { timeout: 10_000 }).toBe(true);
    while (!(await urls()).includes('/cases/2017-002/') && (await page.locator('#search-more').isVisible())) await page.click('#search-more button');
    expect(await urls()).toContain('/cases/2017-002/');
  });

  it('an archived case’s own title finds it without ticking 历年: the archive is searched when the recent years hold no whole match', async () => {
    const titles = Map.groupBy(content.cases, (c) => c.data.title);
    const old = content.cases.filter((c) => !c.data.withdrawn && year(c.data.published) < recentFrom && titles.get(c.data.title)!.length === 1);
    const sample = old.filter((_, i) => i % Math.max(1, Math.floor(old.length / 5)) === 0).slice(0, 5);
    expect(sample.length).toBeGreaterThanOrEqual(3);
    await page.goto(`${base}/search/`); // the box 同时搜索历年内容 unticked (the test above ticked it)
    for (const c of sample) {
      const urls = await resultUrls(page, c.data.title);
      expect(urls, c.data.title).toContain(`/cases/${c.data.id}/`);
      expect(await page.locator('#search-status').textContent(), c.data.title).toContain('历年内容');
      expect(page.url()).not.toContain('archive=1');
    }
  });

  it('a query the recent years answer well still finds its recent pages first (a sample of the quality set)', async () => {
    const recent = content.cases.filter((c) => !c.data.withdrawn && year(c.data.published) >= recentFrom);
    const titles = Map.groupBy(recent, (c) => c.data.title);
    const unique = recent.filter((c) => titles.get(c.data.title)!.length === 1 && !content.cases.some((o) => o !== c && o.data.title === c.data.title));
    const sample = unique.filter((_, i) => i % Math.max(1, Math.floor(unique.length / 6)) === 0).slice(0, 6);
    expect(sample.length).toBeGreaterThanOrEqual(3);
    await page.goto(`${base}/search/`); // the box 同时搜索历年内容 unticked (the test above ticked it)
    for (const c of sample) {
      const urls = await resultUrls(page, c.data.title);
      expect(urls, c.data.title).toContain(`/cases/${c.data.id}/`);
    }
  });
});
