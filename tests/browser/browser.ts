// Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core, a phone-sized page, axe.
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

export const PHONE = { width: 390, height: 844 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** A phone-sized page that records every request leaving 127.0.0.1 (and blocks it). */
export async function phonePage(browser: Browser): Promise<{ page: Page; external: string[] }> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, locale: 'zh-CN' });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  return { page: await context.newPage(), external };
}

export interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core with the WCAG 2.1 A/AA rules; returns the violations (id, help and where). */
export async function axeViolations(page: Page): Promise<Array<{ id: string; help: string; targets: string[] }>> {
  await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

export const hasHorizontalScroll = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/** Starts Chromium before the calling test file's tests and closes it after them; returns the running browser. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium did not start');
    return browser;
  };
}

/** For each URL, on a phone: no WCAG 2.1 AA violation, nothing wider than the screen, no request leaving 127.0.0.1. */
export function checkPagesOnPhone(baseUrl: string, urls: readonly string[], browser: () => Browser): void {
  describe.each(urls)('%s', (url) => {
    it('has no WCAG 2.1 AA violations, no horizontal scroll and no request leaving 127.0.0.1', async () => {
      const { page, external } = await phonePage(browser());
      await page.goto(baseUrl + url, { waitUntil: 'networkidle' });
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(external).toEqual([]);
      await page.context().close();
    });
  });
}
