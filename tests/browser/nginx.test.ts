// Every template in Chromium served by nginx with the generated configuration: the Content-Security-Policy is the
// header nginx sends (Pagefind's worker included), and no page reports a violation; a few pages also pass the phone checks.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startNginx, type RunningNginx } from '../site/nginx.ts';
import { checkPagesOnPhone, phonePage, TEMPLATES, useBrowser } from './browser.ts';

const distDir = inject('distDir');
const browser = useBrowser();

let nginx: RunningNginx;
let site = '';
beforeAll(async () => {
  nginx = await startNginx(distDir, [{ args: [] }]);
  site = nginx.urls[0]!;
});
afterAll(async () => {
  await nginx?.stop();
});

describe('every template under nginx, with the policy nginx sends as a header', () => {
  it.each(TEMPLATES)('%s works with no CSP violation', async (url) => {
    const { page, csp, external } = await phonePage(browser());
    const response = await page.goto(site + url, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(url === '/no-such-page/' ? 404 : 200);
    const headers = await response!.allHeaders();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-encoding']).toBe('gzip'); // the .gz the build wrote
    for (const block of await page.locator('[data-chart-block]').all()) {
      await block.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => el?.getAttribute('data-chart-drawn') === 'true', await block.elementHandle());
    }
    if (url.startsWith('/search/')) {
      expect(headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
      await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(csp).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });
});

describe('phone checks under nginx', () => {
  // nginx's address is known only once it runs: the checks read it when they run.
  checkPagesOnPhone(
    () => site,
    ['/', '/commitments/2026-h2/gongan/', `/search/?q=${encodeURIComponent('诈骗')}`],
    browser,
  );
});
