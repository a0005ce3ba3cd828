// Search quality and the search page, in Chromium against the built sample site's Pagefind index.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, hasHorizontalScroll, phonePage, useBrowser } from './browser.ts';
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

/** The first five result URLs of a query, through Pagefind's own API as the search page uses it. */
function topFive(query: string): Promise<string[]> {
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function for Node.
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/recent/pagefind.js');
    await pf.init();
    const response = await pf.search(${JSON.stringify(query)});
    const data = await Promise.all(response.results.slice(0, 5).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}

const matches = (url: string, expected: string) => (expected.includes('#') ? url === expected : url.split('#')[0] === expected);

describe('search quality', () => {
  it(`has at least 40 queries`, () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
  });
  it.each(SEARCH_QUERIES)('“%s” finds %s in the top 5', async (query, expected) => {
    const urls = await topFive(query);
    expect(urls.some((u) => matches(u, expected)), `top 5: ${urls.join(' ')}`).toBe(true);
  });

  it('does not find withdrawn cases, navigation or footers', async () => {
    // 2025-019 (禁渔期电鱼) is withdrawn: its own title must not find it.
    expect(await topFive('禁渔期电鱼非法捕捞水产品')).not.toContain('/cases/2025-019/');
    expect(await topFive('"非法捕捞水产品"')).toEqual([]);
    const footer = await topFive('网站标识码');
    expect(footer).toEqual([]);
  });
});

describe('search page', () => {
  it('under a result shows the case summary with the query marked, not the run of labels Pagefind would cut', async () => {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('诈骗')}`);
    const result = page.locator('#search-results li', { has: page.locator('a[href="/cases/2024-017/"]') });
    await expect.poll(() => result.count()).toBe(1);
    const excerpt = result.locator('p').nth(1);
    expect(await excerpt.textContent()).toContain('为诈骗团伙转移资金');
    expect(await excerpt.textContent()).not.toContain('案例编号');
    expect(await excerpt.locator('mark').allTextContents()).toContain('诈骗');
    expect(csp).toEqual([]);
  });

  it('reads the query, filters and sort from the URL and shows title, type, date, unit and a highlighted excerpt', async () => {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('诈骗')}&type=${encodeURIComponent('案例')}&sort=date`);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到 \d+ 条结果，按日期从新到旧排列/);
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
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到/);
    await page.selectOption('select[name="year"]', '2026');
    await expect.poll(() => page.url()).toContain('year=2026');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/找到/);
    const hrefs = await page.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).not.toMatch(/\/cases\/202[45]-/);
  });

  it('explains an empty result in Chinese', async () => {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('量子计算机')}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('没有找到与“量子计算机”相关的内容');
  });

  it('the header search box leads to the search page by keyboard, and the page is accessible', async () => {
    await page.goto(`${baseUrl}/cases/`);
    await page.locator('#site-search').fill('保护伞');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('/search/?q=');
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
