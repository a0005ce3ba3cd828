// Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core, a phone-sized page, axe.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

export const PHONE = { width: 390, height: 844 };

/** The date the test sites are built as of (tests/site/global-setup.ts, temp-build.ts). */
export const BROWSER_AS_OF = '2026-11-21';

/**
 * Chromium whose pages all start at noon in Shanghai on the test sites' as-of date: pages work 逾期 out for the
 * reader's today (src/scripts/live-status.ts), so a test is not changed by the day it runs on. A test sets its own
 * clock (page.clock.setFixedTime) to read a page on another day.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    await context.clock.setFixedTime(new Date(`${BROWSER_AS_OF}T12:00:00+08:00`));
    return context;
  };
  return browser;
}

/**
 * Records every Content-Security-Policy violation in the context's pages (and their workers): the
 * `securitypolicyviolation` events, and Chromium's console messages "Refused to …". Each as one line of text.
 */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  // A binding and an init script run outside the page's policy, so they see what the policy blocks.
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) => {
      report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  context.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  context.on('weberror', (error) => {
    if (/Content Security Policy|CompileError/i.test(error.error().message)) violations.push(`error: ${error.error().message}`);
  });
  return violations;
}

/**
 * A phone-sized page that records every request leaving 127.0.0.1 (and blocks it) and every Content-Security-Policy
 * violation (the pages carry their policy in a <meta>, so it is in force in every browser test).
 */
export async function phonePage(browser: Browser): Promise<{ page: Page; external: string[]; csp: string[] }> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, locale: 'zh-CN' });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  const csp = await recordCspViolations(context);
  return { page: await context.newPage(), external, csp };
}

export interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

const AXE_SOURCE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core with the WCAG 2.1 A/AA rules; returns the violations (id, help and where). */
export async function axeViolations(page: Page): Promise<Array<{ id: string; help: string; targets: string[] }>> {
  // Evaluated through the DevTools protocol: a <script> tag would be (rightly) refused by the page's policy.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
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

/**
 * For each URL (under baseUrl, or the address it gives when the tests run), on a phone: no WCAG 2.1 AA violation, nothing wider than the screen, no request leaving 127.0.0.1,
 * no Content-Security-Policy violation.
 */
export function checkPagesOnPhone(baseUrl: string | (() => string), urls: readonly string[], browser: () => Browser): void {
  describe.each(urls)('%s', (url) => {
    it('has no WCAG 2.1 AA violations, no horizontal scroll, no request leaving 127.0.0.1, no CSP violation', async () => {
      const { page, external, csp } = await phonePage(browser());
      await page.goto((typeof baseUrl === 'string' ? baseUrl : baseUrl()) + url, { waitUntil: 'networkidle' });
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(external).toEqual([]);
      expect(csp).toEqual([]);
      await page.context().close();
    });
  });
}

/** One page of every reader template (cases, good people, free pages, the 404 page). */
export const READER_TEMPLATES = [
  '/',
  '/cases/',
  '/cases/page/2/',
  `/cases/type/${encodeURIComponent('警示案例')}/`,
  '/cases/2024-017/',
  '/cases/2025-019/',
  '/good-people/',
  '/good-people/2026-q1/',
  '/good-people/2026-q1/zhao-lei/',
  '/about/',
  '/no-such-page/',
];

/** One page of every accountability template (commitments, rectification ledgers, units, indicators). */
export const ACCOUNTABILITY_TEMPLATES = [
  '/commitments/',
  '/commitments/2026-h2/',
  '/commitments/2026-h2/gongan/',
  '/rectification/',
  '/rectification/2026-pingan-ducha/',
  '/units/',
  '/units/chengguan-zhen/',
  '/units/lvxie/',
  '/data/',
  '/open-data/',
];

/** One page of every template, an old case number's redirect and a search with results included. */
export const TEMPLATES = [...READER_TEMPLATES, ...ACCOUNTABILITY_TEMPLATES, '/cases/2025-099/', `/search/?q=${encodeURIComponent('诈骗')}`];
