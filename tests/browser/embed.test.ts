// The media embeds in Chromium: a page of another origin frames /embed/ cards and they display; framing a normal page
// is refused. The cards pass axe at 320 px without overflow; the JSON-LD data blocks report no CSP violation.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listen } from '../../scripts/serve.ts';
import { axeViolations, hasHorizontalScroll, phonePage, useBrowser } from './browser.ts';
import { feedsWords } from '../../src/ui/feeds.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// Another origin: the same loopback address on another port (an origin is scheme, host and port).
let other: http.Server;
let otherUrl: string;
beforeAll(async () => {
  other = http.createServer((req, res) => {
    const page = new URL(req.url ?? '/', 'http://x').searchParams.get('frame') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>媒体稿件</title></head>
<body><h1>某媒体的报道</h1><iframe id="card" src="${baseUrl}${page}" title="卡片" width="360" height="300"></iframe></body></html>`);
  });
  otherUrl = await listen(other, 0);
  expect(new URL(otherUrl).origin).not.toBe(new URL(baseUrl).origin);
});
afterAll(async () => {
  other.closeAllConnections();
  await new Promise<void>((resolve) => other.close(() => resolve()));
});

/** Loads the other origin's page framing `path`, and returns the frame's <h1> text, or null when nothing is shown. */
async function framed(path: string): Promise<{ heading: string | null; csp: string[] }> {
  const { page, csp } = await phonePage(browser());
  await page.goto(`${otherUrl}/?frame=${encodeURIComponent(path)}`, { waitUntil: 'networkidle' });
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  let heading: string | null;
  try {
    heading = await frame.evaluate(() => document.querySelector('h1')?.textContent ?? null);
  } catch {
    heading = null; // Chromium's error page for a refused frame is not scriptable
  }
  const url = frame.url();
  await page.context().close();
  return { heading: url.startsWith(baseUrl) ? heading : null, csp };
}

describe('framing from another origin', () => {
  it('shows an embed card of a case and of a unit', async () => {
    const card = await framed('/embed/cases/2026-012/');
    expect(card.heading).toBe('许某遭遇“刷单返利”电信网络诈骗案');
    expect(card.csp).toEqual([]);
    const unit = await framed('/embed/units/gongan/');
    expect(unit.heading).toBe('示例县公安局');
    expect(unit.csp).toEqual([]);
  });

  it('refuses to show the case page itself (X-Frame-Options DENY, frame-ancestors none)', async () => {
    const page = await framed('/cases/2026-012/');
    expect(page.heading).toBeNull();
    expect(page.csp.join('\n')).toMatch(/frame-ancestors|X-Frame-Options/);
  });
});

describe('the cards on their own', () => {
  it.each(['/embed/cases/2026-012/', '/embed/cases/2025-019/', '/embed/units/gongan/'])(
    '%s: no axe violation and no horizontal scroll at 320 px, nothing from other origins, no script',
    async (path) => {
      const { page, external, csp } = await phonePage(browser());
      await page.setViewportSize({ width: 320, height: 480 });
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      expect(await axeViolations(page)).toEqual([]);
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(await page.locator('script').count()).toBe(0);
      expect(external).toEqual([]);
      expect(csp).toEqual([]);
      await page.context().close();
    },
  );
});

describe('JSON-LD data blocks under the page policy', () => {
  it.each(['/cases/2024-017/', '/units/gongan/'])('%s: the block parses, and no CSP violation is reported', async (path) => {
    const { page, csp } = await phonePage(browser());
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    const types = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => (JSON.parse(s.textContent ?? '') as { '@type': string })['@type']),
    );
    expect(types).toHaveLength(1);
    expect(['Article', 'GovernmentOrganization']).toContain(types[0]);
    expect(csp).toEqual([]);
    await page.context().close();
  });
});

describe('the embed snippet on a case page', () => {
  it('copies the <iframe> code from the keyboard and says so', async () => {
    const { page, csp } = await phonePage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await page.goto(`${baseUrl}/cases/2024-017/`);
    const button = page.getByRole('button', { name: feedsWords.snippetCopy });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#embed-status').textContent()).toBe(feedsWords.snippetCopied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^<iframe src="https:\/\/fzwm\.example\.gov\.cn\/embed\/cases\/2024-017\/" title="[^"]+"/);
    expect(csp).toEqual([]);
    await page.context().close();
  });
});

