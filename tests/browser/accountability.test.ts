// Browser tests of the accountability pages on a phone (390×844): accessibility, no sideways scroll, charts that
// draw lazily from a Chart.js chunk only /data/ loads, and the ledger filter.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { gzipSize } from '../site/dist.ts';
import { ACCOUNTABILITY_TEMPLATES, checkPagesOnPhone, PHONE, phonePage, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const browser = useBrowser();


/** Opens a page and records every script it requests (and, as phonePage does, every CSP violation). */
async function open(url: string): Promise<{ page: Page; scripts: string[]; external: string[]; csp: string[] }> {
  const { page, external, csp } = await phonePage(browser());
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(baseUrl + url, { waitUntil: 'networkidle' });
  return { page, scripts, external, csp };
}

/** The Chart.js chunk: the module the chart loader script imports dynamically. */
function chartChunk(): string {
  const html = fs.readFileSync(path.join(distDir, 'data/index.html'), 'utf8');
  const loaders = [...html.matchAll(/<script[^>]+src="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  for (const loader of loaders) {
    const code = fs.readFileSync(path.join(distDir, loader), 'utf8');
    const chunk = /import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/.exec(code)?.[1];
    if (chunk) return `/_astro/${chunk}`;
  }
  throw new Error('no script on /data/ imports a chunk dynamically');
}

checkPagesOnPhone(baseUrl, ACCOUNTABILITY_TEMPLATES, browser);

describe('charts', () => {
  it('the Chart.js chunk is registered piecemeal and at most 60 KB gzipped', () => {
    const code = fs.readFileSync(path.join(distDir, chartChunk()));
    expect(code.toString()).toContain("'Filler' plugin"); // Chart.js itself, not some other chunk
    expect(gzipSize(code)).toBeLessThanOrEqual(60 * 1024);
  });

  it('no page without a chart loads it', async () => {
    const chunk = chartChunk();
    for (const url of ACCOUNTABILITY_TEMPLATES.filter((u) => u !== '/data/')) {
      const { page, scripts } = await open(url);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(200);
      expect(scripts, url).not.toContain(chunk);
      await page.context().close();
    }
  });

  it('on /data/ each chart is drawn only near the viewport, draws something, and has its table', async () => {
    const { page, scripts, csp } = await open('/data/');
    const blocks = page.locator('[data-chart-block]');
    const count = await blocks.count();
    expect(count).toBeGreaterThan(1);
    // The last chart is far below the first screen: not drawn yet.
    expect(await blocks.nth(count - 1).getAttribute('data-chart-drawn')).toBeNull();
    for (let i = 0; i < count; i++) {
      const block = blocks.nth(i);
      await block.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => el?.getAttribute('data-chart-drawn') === 'true', await block.elementHandle(), {
        timeout: 10_000,
      });
      const painted = await block.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
        const ctx = canvas.getContext('2d');
        if (!ctx) return 0;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let n = 0;
        for (let p = 3; p < data.length; p += 4) if (data[p]! > 0) n++;
        return n;
      });
      expect(painted).toBeGreaterThan(1000);
      expect(await block.locator('canvas').getAttribute('role')).toBe('img');
      expect(await block.locator('canvas').getAttribute('aria-label')).toMatch(/最新值/);
      const section = page.locator('[data-indicator]').nth(i);
      await expect.poll(() => section.locator('table caption').count()).toBe(1);
      expect(await section.locator('table tbody tr').count()).toBeGreaterThan(0);
    }
    expect(scripts).toContain(chartChunk());
    expect(csp).toEqual([]);
    await page.context().close();
  });
});

describe('ledger filter', () => {
  const url = '/rectification/2026-pingan-ducha/';

  const visibleRows = (page: Page) =>
    page.locator('table.ledger tbody tr').evaluateAll((rows) =>
      rows
        .filter((r) => !(r as HTMLElement).hidden)
        .map((r) => ({
          id: r.id,
          status: (r as HTMLElement).dataset['statusLabel'],
          unit: (r as HTMLElement).dataset['unit'],
        })),
    );

  it('shows only the rows of the chosen status and unit, and says how many', async () => {
    const { page, csp } = await open(url);
    const all = await visibleRows(page);
    expect(all.length).toBe(await page.locator('table.ledger tbody tr').count());
    const live = page.locator('[data-ledger-count]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('[data-ledger-filter]').isVisible()).toBe(true);

    await page.selectOption('select[data-filter="status"]', '逾期');
    const overdue = await visibleRows(page);
    expect(overdue.length).toBe(all.filter((r) => r.status === '逾期').length);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((r) => r.status === '逾期')).toBe(true);
    expect(await live.textContent()).toContain(`显示 ${overdue.length} 项，共 ${all.length} 项`);

    const unit = overdue[0]!.unit!;
    await page.selectOption('select[data-filter="unit"]', unit);
    const both = await visibleRows(page);
    expect(both).toEqual(all.filter((r) => r.status === '逾期' && r.unit === unit));
    expect(await live.textContent()).toContain(`显示 ${both.length} 项`);

    // A link to an item hidden by the filter clears the filter, so the item shows.
    const hiddenItem = all.find((r) => r.status !== '逾期')!;
    await page.evaluate((id) => (location.hash = `#${id}`), hiddenItem.id);
    await expect.poll(() => visibleRows(page).then((rows) => rows.length)).toBe(all.length);

    await page.selectOption('select[data-filter="status"]', '');
    await page.selectOption('select[data-filter="unit"]', '');
    expect((await visibleRows(page)).length).toBe(all.length);
    expect(await live.textContent()).toContain(`显示全部 ${all.length} 项`);
    expect(csp).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript shows the whole table and no filter controls; /data/ still has every table', async () => {
    const context = await browser().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl + url);
    expect(await page.locator('[data-ledger-filter]').isVisible()).toBe(false);
    const rows = page.locator('table.ledger tbody tr');
    for (let i = 0; i < (await rows.count()); i++) expect(await rows.nth(i).isVisible()).toBe(true);
    await page.goto(`${baseUrl}/data/`);
    expect(await page.locator('[data-chart-block]').first().isVisible()).toBe(false);
    const tables = page.locator('[data-indicator-table]');
    expect(await tables.count()).toBe(await page.locator('[data-indicator]').count());
    for (let i = 0; i < (await tables.count()); i++) expect(await tables.nth(i).isVisible()).toBe(true);
    await context.close();
  });
});
