// Search quality and the search page, in Chromium against the built sample site's Pagefind index.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, hasHorizontalScroll, PHONE, phonePage, useBrowser } from './browser.ts';
import { resultUrls } from './search-page.ts';
import { SEARCH_QUERIES } from './search-queries.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
let page: Page;
/** CSP violations on `page`: the search page runs under its own policy, with 'wasm-unsafe-eval' for Pagefind. */
let csp: string[];
beforeAll(async () => {
  ({ page, csp } = await phonePage(browser()));
  await page.goto(`${baseUrl}/search/`);
});

const topFive = (query: string) => resultUrls(page, query);
/** Waits until the result list answers the page's query (the first search of a page loads Pagefind: slow on a busy machine). */
const answered = () => page.waitForSelector('#search-results[data-query]', { state: 'attached' });

const matches = (url: string, expected: string) => (expected.includes('#') ? url === expected : url.split('#')[0] === expected);

describe('search quality', () => {
  it(`has at least 50 queries`, () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(50);
  });
  it.each(SEARCH_QUERIES.map(([query, expected, top = 5]) => [query, expected, top] as const))('“%s” finds %s in the top %s', async (query, expected, top) => {
    const urls = (await topFive(query)).slice(0, top);
    expect(urls.some((u) => matches(u, expected)), `top ${top}: ${urls.join(' ')}`).toBe(true);
  });

  it('does not find withdrawn cases by their words, nor navigation or footers', async () => {
    // 2025-019 (禁渔期电鱼) is withdrawn: its own title must not find it (only its number finds its tombstone).
    expect(await topFive('禁渔期电鱼非法捕捞水产品')).not.toContain('/cases/2025-019/');
    expect(await topFive('"非法捕捞水产品"')).toEqual([]);
    const footer = await topFive('网站标识码');
    expect(footer).toEqual([]);
  });
});

describe('search page', () => {
  it('under a result shows the case summary with the query marked, not the run of labels Pagefind would cut', async () => {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('诈骗')}`);
    await answered();
    const result = page.locator('#search-results li', { has: page.locator('a[href="/cases/2026-012/"]') });
    await expect.poll(() => result.count()).toBe(1);
    const excerpt = result.locator('p').nth(1);
    expect(await excerpt.textContent()).toContain('为诈骗团伙提供转账服务');
    expect(await excerpt.textContent()).not.toContain('案例编号');
    expect(await excerpt.locator('mark').allTextContents()).toContain('诈骗');
    expect(csp).toEqual([]);
  });

  it('reads the query, filters and sort from the URL and shows title, type, date, unit and a highlighted excerpt', async () => {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('诈骗')}&type=${encodeURIComponent('案例')}&sort=date`);
    await answered();
    // Fewer recent cases than a first batch hold 诈骗: the archive's that do are added after them (dates still descend).
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到 \d+ 条结果（2025 年以来 \d+ 条，历年内容 \d+ 条），按日期从新到旧排列/);
    expect(await page.locator('select[name="type"]').inputValue()).toBe('案例');
    const first = page.locator('#search-results li').first();
    expect(await first.locator('h2 a').getAttribute('href')).toMatch(/^\/cases\/\d{4}-\d{3}\/$/);
    expect(await first.locator('p').first().textContent()).toMatch(/案例 · .+ · \d{4}-\d{2}-\d{2} · .+/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    const dates = await page.locator('#search-results li p.text-muted').allTextContents();
    const ymd = dates.map((d) => /\d{4}-\d{2}-\d{2}/.exec(d)![0]);
    expect([...ymd].sort().reverse()).toEqual(ymd);
  });

  it('changing a filter updates the results and the URL, so the search can be shared', async () => {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('诈骗')}`);
    await answered();
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到/);
    await page.click('#search-filters-toggle'); // on a phone the filters are folded until asked for
    await page.selectOption('select[name="year"]', '2026');
    await expect.poll(() => page.url()).toContain('year=2026');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到/);
    // The status line is written before the list: wait for the list of this search.
    await page.waitForSelector('#search-results[data-query]', { state: 'attached' });
    const hrefs = await page.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).not.toMatch(/\/cases\/202[45]-/);
  });

  it('explains an empty result in Chinese', async () => {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('量子计算机')}`);
    await answered();
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('没有找到与“量子计算机”相关的内容');
  });

  it('the header search box leads to the search page by keyboard, and the page is accessible', async () => {
    await page.goto(`${baseUrl}/cases/`);
    await page.locator('#site-search').fill('保护伞');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('/search/?q=');
    await answered();
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(csp).toEqual([]);
  });

  it('reading pages never load Pagefind', async () => {
    const { page: reader } = await phonePage(browser());
    const requested: string[] = [];
    reader.on('request', (r) => requested.push(r.url()));
    for (const url of ['/', '/cases/', '/cases/2024-017/', '/good-people/2026-q1/']) await reader.goto(baseUrl + url, { waitUntil: 'networkidle' });
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await reader.context().close();
  });
});

describe('the archive without ticking 历年', () => {
  it('a query only an archive page answers finds it, though the recent years match parts of it', async () => {
    // 2024-017 冒充公检法电信网络诈骗案 is in the archive (the recent years are 2025–2026 as of 2026-11-21); recent cases
    // hold 冒充 or 诈骗 but none the whole query.
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('冒充公检法')}`);
    await answered();
    const urls = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(urls[0]).toBe('/cases/2024-017/');
    // Both were searched: the recent years' loose matches are still listed, after it.
    expect(await page.locator('#search-status').textContent()).toMatch(/2025 年以来 [1-9]\d* 条，历年内容 [1-9]\d* 条/);
    expect(await page.locator('input[name="archive"]').isChecked()).toBe(false);
    expect(page.url()).not.toContain('archive=1');
  });
});

describe('search by number and by name', () => {
  const first = () => page.locator('#search-results li').first();
  const open = async (query: string) => {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
    await answered();
    await page.waitForSelector('#search-results[data-query]', { state: 'attached' });
  };

  it('a withdrawn case’s number finds its tombstone: title and 已撤回, none of its content, nothing else', async () => {
    await open('2025-019');
    expect(await page.locator('#search-results li').count()).toBe(1);
    expect(await first().locator('h2 a').getAttribute('href')).toBe('/cases/2025-019/');
    expect(await first().locator('h2').textContent()).toContain('禁渔期电鱼');
    expect(await first().textContent()).toContain('已撤回');
    expect(await first().textContent()).toContain('内容不再公开');
    expect(await first().textContent()).not.toContain('电鱼工具'); // words of its summary and story
    expect(await page.locator('#search-status').textContent()).toContain('找到 1 条结果');
  });

  it('an old number finds the case under its new number and says so', async () => {
    await open('2025-099');
    expect(await first().locator('h2 a').getAttribute('href')).toBe('/cases/2025-058/');
    expect(await first().textContent()).toContain('原编号 2025-099，现为 2025-058');
  });

  it('a unit’s short name finds its page first, with a readable line that marks the query', async () => {
    await open('律协');
    expect(await first().locator('h2 a').getAttribute('href')).toBe('/units/lvxie/');
    expect(await first().locator('mark').allTextContents()).toEqual(['律协']);
    expect(await first().locator('p').last().textContent()).toContain('示例县律师协会，又称县律师协会、律协');
  });

  it('a person’s name finds the person before the honour list, and each line marks the name', async () => {
    await open('王桂兰');
    const hrefs = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs[0]).toBe('/good-people/2026-q1/wang-guilan/');
    expect(hrefs).toContain('/good-people/2026-q1/');
    expect(new Set(hrefs).size).toBe(hrefs.length); // the looked-up page is shown once
    for (const li of await page.locator('#search-results li').all()) expect(await li.locator('mark').allTextContents()).toContain('王桂兰');
  });

  it('every kind of record shows a readable line, never a run of labels', async () => {
    for (const query of ['城关镇', '县文明办', '以案定补', '监督举报', '检察为民', '道德模范']) {
      await open(query);
      const lines = await page.locator('#search-results li > p:last-child').allTextContents();
      expect(lines.length, query).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.trim().length, `${query}: ${line}`).toBeGreaterThan(10);
        expect(line, query).not.toMatch(/案例编号|责任单位 |监督单位 |责任领导 /);
      }
    }
  });
});

describe('search page on a phone', () => {
  it('folds the filters behind one control, so the first result shows in the first screen', async () => {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('诈骗')}`);
    await answered();
    await page.waitForSelector('#search-results[data-query]', { state: 'attached' });
    const toggle = page.locator('#search-filters-toggle');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#search-filters').isVisible()).toBe(false);
    const box = (await page.locator('#search-results li').first().boundingBox())!;
    expect(box.y + 40).toBeLessThanOrEqual(PHONE.height); // its title at least
    await toggle.click();
    expect(await page.locator('#search-filters').isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  it('shows the filters open when the URL sets one', async () => {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('诈骗')}&type=${encodeURIComponent('案例')}`);
    await answered();
    await page.waitForSelector('#search-results[data-query]', { state: 'attached' });
    expect(await page.locator('#search-filters').isVisible()).toBe(true);
    expect(await page.locator('#search-filters-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#search-filters-toggle').textContent()).toContain('已选 1 项');
  });
});
