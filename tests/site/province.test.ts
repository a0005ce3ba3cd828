// The provincial portal (npm run province) over four counties: the sample county's built site, the valid fixture and
// two small generated counties (one built three days before the portal's date). The table's figures equal each
// county's own home page; each county's case is found by the portal's search with that county's filter, in Chromium;
// the pages pass axe on a phone with no request elsewhere and no CSP violation; a bad summary is refused by name.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStaticServer, listen } from '../../scripts/serve.ts';
import type { CountySummary } from '../../src/lib/county-summary.ts';
import type { SearchRecord } from '../../src/lib/search-records.ts';
import { buildPortal, type PortalReport } from '../../src/province/build-portal.ts';
import { axeViolations, hasHorizontalScroll, phonePage, PHONE, useBrowser } from '../browser/browser.ts';
import { build, FIXTURE_DIR, removeTemporary, run, temporaryDir, TEST_AS_OF } from './temp-build.ts';

const sampleDist = inject('distDir');
const browser = useBrowser();

/** A generated county: name, address, seed, and the date its site was built as of. */
const GENERATED = [
  { region: '青河县', baseUrl: 'https://fzwm.qinghe.example.gov.cn', seed: 11, asOf: TEST_AS_OF },
  // Built last month and not since: its overdue counts are moved on to the portal's date, and it is flagged.
  { region: '白山县', baseUrl: 'https://www.baishan.example.gov.cn/pafz/', seed: 22, asOf: '2026-10-20' },
];

let dists: string[] = [];
let portalDir = '';
let report: PortalReport;
let portalUrl = '';
let server: ReturnType<typeof createStaticServer> | undefined;

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

beforeAll(async () => {
  const fixtureOut = build(FIXTURE_DIR);
  expect(fixtureOut.status, fixtureOut.output).toBe(0);
  dists = [sampleDist, fixtureOut.outDir];
  for (const g of GENERATED) {
    const content = temporaryDir('fzwm-county-');
    const args = ['--out', content, '--scale', '0.002', '--seed', String(g.seed), '--county-name', g.region];
    const gen = run(['node', 'scripts/gen-corpus.ts', ...args, '--base-url', g.baseUrl, '--as-of', g.asOf], content);
    expect(gen.status, gen.output).toBe(0);
    const built = build(content, temporaryDir('fzwm-out-'), g.asOf);
    expect(built.status, built.output).toBe(0);
    dists.push(built.outDir);
  }
  // A county built before the summary existed, and one whose summary has a wrong field.
  const old = temporaryDir('fzwm-old-');
  fs.mkdirSync(path.join(old, 'api'));
  fs.writeFileSync(path.join(old, 'index.html'), '<!doctype html><title>旧版县网站</title>');
  fs.writeFileSync(path.join(old, 'api/cases.json'), '{}');
  const broken = temporaryDir('fzwm-broken-');
  fs.mkdirSync(path.join(broken, 'api'));
  fs.writeFileSync(path.join(broken, 'index.html'), '<!doctype html><title>县网站</title>');
  // A folder that is no built site at all (a typo in --county, or the content folder instead of dist/).
  const notASite = temporaryDir('fzwm-empty-');
  const summary = readJson<CountySummary>(path.join(sampleDist, 'api/summary.json'));
  const bad = { ...summary, commitments: { ...summary.commitments, total: '五' } };
  fs.writeFileSync(path.join(broken, 'api/summary.json'), JSON.stringify(bad));
  portalDir = temporaryDir('fzwm-portal-');
  report = await buildPortal({ out: portalDir, counties: [...dists, old, broken, notASite], asOf: TEST_AS_OF, name: '示例市法治文明公开汇总' });
  server = createStaticServer(portalDir);
  portalUrl = await listen(server, 0);
}, 600_000);

afterAll(async () => {
  if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
  removeTemporary();
});

describe('building the portal', () => {
  it('takes every good county and refuses the others, naming the county and the field', () => {
    expect(report.counties.map((c) => c.region)).toEqual(['示例县', '测试县', '青河县', '白山县']);
    const messages = report.refused.flatMap((r) => r.messages);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/fzwm-old-.*：找不到汇总文件 api\/summary\.json。该县网站可能是用旧版本构建的/);
    expect(messages[1]).toMatch(/fzwm-broken-.*：汇总文件 api\/summary\.json 的字段 commitments\.total：格式不对，应为数字。/);
    expect(messages[2]).toMatch(/fzwm-empty-.*：这里没有构建好的县网站（找不到 index\.html）。--county 应指向/);
  });
});

/**
 * The four figures of a county's home page as a reader sees them on the portal's date: the built index.html served
 * (under the county's own base path), its script working 逾期 out for that day.
 */
async function homeFigures(page: Page, dist: string) {
  const summary = readJson<CountySummary>(path.join(dist, 'api/summary.json'));
  const base = new URL(summary.site.baseUrl).pathname;
  const countyServer = createStaticServer(dist, { basePath: base });
  const url = await listen(countyServer, 0);
  try {
    await page.clock.setFixedTime(new Date(`${TEST_AS_OF}T12:00:00+08:00`));
    await page.goto(`${url}${base}`);
    // The page's script has worked its statuses out for the portal's date (at once when built as of it).
    await page.waitForFunction((date) => document.querySelector<HTMLTimeElement>('[data-as-of-line] time')?.dateTime === date, TEST_AS_OF);
    return await page.evaluate(() => {
      const card = (name: string) => document.querySelector<HTMLElement>(`[data-home-card="${name}"]`)!;
      const c = card('commitments');
      const r = card('rectification');
      const shown = (el: HTMLElement) => /逾期 (\d+) 项/.exec(el.innerText)?.[1] ?? (el.innerText.includes('无逾期') ? '0' : undefined);
      return {
        commitments: { total: c.dataset['total'], done: c.dataset['done'], overdue: shown(c) },
        rectification: { total: r.dataset['total'], done: r.dataset['done'], overdue: shown(r) },
        rate: /兑现率\s*(\S+%|—)/.exec(c.textContent ?? '')?.[1],
        overdueText: /逾期 (\d+) 项|无逾期/.exec(c.innerText)?.[0],
      };
    });
  } finally {
    countyServer.closeAllConnections();
    await new Promise<void>((resolve) => countyServer.close(() => resolve()));
  }
}

describe('the county table', () => {
  it('shows each county with the figures its own home page shows that day, and flags the one that missed its monthly rebuild', async () => {
    const { page } = await phonePage(browser());
    const counties: Array<{ region: string; home: Awaited<ReturnType<typeof homeFigures>> }> = [];
    for (const dist of dists) {
      const region = readJson<CountySummary>(path.join(dist, 'api/summary.json')).site.region;
      counties.push({ region, home: await homeFigures(page, dist) });
    }
    await page.goto(`${portalUrl}/`);
    for (const { region, home } of counties) {
      const row = page.locator(`tr[data-county="${region}"]`);
      const data = await row.evaluate((tr: HTMLElement) => ({ ...tr.dataset }));
      expect({ region, ...home.commitments }).toEqual({
        region,
        total: data['commitmentsTotal'],
        done: data['commitmentsDone'],
        overdue: data['commitmentsOverdue'],
      });
      expect(home.rectification).toEqual({ total: data['rectificationTotal'], done: data['rectificationDone'], overdue: data['rectificationOverdue'] });
      const cells = await row.locator('td').allInnerTexts();
      expect(cells[0]).toContain(home.rate);
      expect(cells[1]).toBe(`${home.commitments.overdue} 项`);
      expect(cells[3]).toBe(`${home.rectification.overdue} 项`);
      expect(home.overdueText).toBe(Number(home.commitments.overdue) ? `逾期 ${home.commitments.overdue} 项` : '无逾期');
    }
    expect(await page.locator('tr[data-county="白山县"] td').last().innerText()).toContain('2026-10-20\n未按月更新，逾期数可能已变化');
    expect(await page.locator('tr[data-county="示例县"] td').last().innerText()).toBe(TEST_AS_OF);
    await page.context().close();
  });

  it('sorts by a column with a button in its header, and says which way in aria-sort', async () => {
    const { page } = await phonePage(browser());
    await page.goto(`${portalUrl}/`);
    const header = page.locator('th[data-column="2"]');
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const overdue = async () => (await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as HTMLTableRowElement).cells[2]!.dataset['sort']))));
    const ascending = await overdue();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await overdue()).toEqual([...ascending].reverse());
    await page.context().close();
  });
});

describe('the portal in Chromium on a phone', () => {
  it.each(['/', '/search/?q=诈骗'])('%s has no WCAG 2.1 AA violation, no overflow, no request elsewhere, no CSP violation', async (url) => {
    const { page, external, csp } = await phonePage(browser());
    await page.goto(portalUrl + url, { waitUntil: 'networkidle' });
    if (url.startsWith('/search/')) await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // 长者模式 switches on and stays on the next page, applied before the first paint by the hashed inline script.
    await page.getByRole('button', { name: '长者模式' }).click();
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBe('on');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(external).toEqual([]);
    expect(csp).toEqual([]);
    await page.context().close();
  });

  it("finds each county's own case with that county's filter, and only there", async () => {
    const all = dists.map((dist) => {
      const summary = readJson<CountySummary>(path.join(dist, 'api/summary.json'));
      const { records } = readJson<{ records: SearchRecord[] }>(path.join(dist, 'api/search-records.json'));
      return { summary, cases: records.filter((r) => r.filters['type']?.[0] === '案例') };
    });
    const titleCount = new Map<string, number>();
    for (const { cases } of all) for (const r of cases) titleCount.set(r.meta['title']!, (titleCount.get(r.meta['title']!) ?? 0) + 1);
    const { page } = await phonePage(browser());
    for (const { summary, cases } of all) {
      const unique = cases.find((r) => titleCount.get(r.meta['title']!) === 1);
      expect(unique, summary.site.region).toBeDefined();
      const expected = new URL(unique!.url, summary.site.baseUrl).href;
      const region = encodeURIComponent(summary.site.region);
      await page.goto(`${portalUrl}/search/?q=${encodeURIComponent(unique!.meta['title']!)}&county=${region}`);
      await expect.poll(() => page.locator('#search-results li a').first().getAttribute('href'), { timeout: 15_000 }).toBe(expected);
      expect(await page.locator('#search-results li p').first().innerText()).toContain(summary.site.region);
      expect(await page.locator('#search-county').inputValue()).toBe(summary.site.region);
      // The same query with another county's filter does not find it.
      const other = all.find((o) => o.summary !== summary)!.summary.site.region;
      await page.selectOption('#search-county', other);
      await expect.poll(() => page.locator('#search-status').innerText()).not.toBe('正在搜索……');
      const hrefs = await page.locator('#search-results li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).not.toContain(expected);
    }
    await page.context().close();
  });
});
