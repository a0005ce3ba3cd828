// Tap targets on a phone: every link and button has 24 × 24 px, or 24 px of space around it (WCAG 2.2's target
// size, which Lighthouse's accessibility score checks), on the pages Lighthouse measures, at its phone width and ours.
import { describe, expect, inject, it } from 'vitest';
import { PHONE, useBrowser, type AxeViolation } from './browser.ts';
import fs from 'node:fs';
import path from 'node:path';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const AXE_SOURCE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
/** Lighthouse's mobile emulation (a Moto G Power) and the phone of the other browser tests. */
const VIEWPORTS = [{ width: 412, height: 823 }, PHONE];
/** The pages `npm run bench:lighthouse` scores, plus a case list and a person (links in rows). */
const PAGES = ['/', '/cases/', '/cases/2024-017/', '/rectification/2026-pingan-ducha/', '/data/', '/search/', '/units/chengguan-zhen/', '/good-people/2026-q1/zhao-lei/'];

describe.each(VIEWPORTS)('at $width px', (viewport) => {
  it.each(PAGES)('%s: every tap target is large enough or far enough from the next', async (url) => {
    const context = await browser().newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(baseUrl + url, { waitUntil: 'networkidle' });
    // Evaluated through the DevTools protocol: a <script> tag would be refused by the page's policy.
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'rule', values: ['target-size'] } })).violations;
    });
    expect(violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    await context.close();
  });
});
