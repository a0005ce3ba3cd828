// The stale-status line in Chromium, with the browser's clock set: shown 3 days after the as-of date, not 1 day after,
// never without JavaScript; the script is the site's own (no CSP violation).
import { describe, expect, inject, it } from 'vitest';
import { phonePage, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const asOf = inject('asOf');
const browser = useBrowser();

/** Noon in Shanghai, `days` after the as-of date. */
const daysAfter = (days: number) => new Date(Date.parse(`${asOf}T12:00:00+08:00`) + days * 86_400_000);

/** Pages that show a derived status (they render AsOfNote.astro). */
const PAGES = ['/', '/commitments/2026-h2/gongan/', '/rectification/2026-pingan-ducha/', '/units/chengguan-zhen/'];

describe('the stale-status line', () => {
  it.each(PAGES)('%s: shown above the statuses 3 days after the as-of date, as a status', async (url) => {
    const { page, csp } = await phonePage(browser());
    await page.clock.setFixedTime(daysAfter(3));
    await page.goto(baseUrl + url, { waitUntil: 'networkidle' });
    const note = page.locator('[data-stale-note]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(`本页状态截至 ${asOf}，已超过 2 天未更新，逾期天数可能已变化。`);
    expect(await note.getAttribute('role')).toBe('status');
    // Above every status badge on the page.
    const noteTop = (await note.boundingBox())!.y;
    for (const badge of await page.locator('.badge').all())
      expect((await badge.boundingBox())?.y ?? Infinity).toBeGreaterThan(noteTop);
    expect(csp).toEqual([]);
    await page.context().close();
  });

  it('is not shown 1 day after the as-of date', async () => {
    const { page } = await phonePage(browser());
    await page.clock.setFixedTime(daysAfter(1));
    await page.goto(`${baseUrl}/commitments/2026-h2/gongan/`, { waitUntil: 'networkidle' });
    expect(await page.locator('[data-stale-note]').isVisible()).toBe(false);
    expect(await page.locator('[data-stale-note]').textContent()).toBe('');
    await page.context().close();
  });

  it('is not shown without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.clock.setFixedTime(daysAfter(30));
    await page.goto(`${baseUrl}/commitments/2026-h2/gongan/`);
    expect(await page.locator('[data-stale-note]').isVisible()).toBe(false);
    await context.close();
  });
});
