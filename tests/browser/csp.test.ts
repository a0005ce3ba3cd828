// The Content-Security-Policy in Chromium: every template runs under its <meta> policy and the header policy that
// dist/.security-headers.json gives a server, with no violation; an inline script added to a page is refused.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { headersFor, readSecurityHeaders, type SecurityHeadersFile } from '../../src/lib/security-headers.ts';
import { readPage } from '../site/dist.ts';
import { phonePage, TEMPLATES, useBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const browser = useBrowser();

let security: SecurityHeadersFile;
beforeAll(() => {
  security = readSecurityHeaders(distDir);
});

/** Serves every response from 127.0.0.1 with the headers a server reading .security-headers.json would add. */
async function withHeaderPolicy(page: Page): Promise<void> {
  await page.route(`${baseUrl}/**`, async (route) => {
    const response = await route.fetch();
    const { pathname } = new URL(route.request().url());
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(security, pathname) } });
  });
}

describe('every template under its <meta> policy and the header policy of .security-headers.json', () => {
  it.each(TEMPLATES)('%s works with no CSP violation', async (url) => {
    const { page, csp } = await phonePage(browser());
    await withHeaderPolicy(page);
    const response = await page.goto(baseUrl + url, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // Draw every chart: scroll each block into view.
    for (const block of await page.locator('[data-chart-block]').all()) {
      await block.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => el?.getAttribute('data-chart-drawn') === 'true', await block.elementHandle());
    }
    if (url.startsWith('/search/')) {
      // Pagefind's WebAssembly runs on the search page itself, under that page's policy ('wasm-unsafe-eval').
      await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(csp).toEqual([]);
    await page.context().close();
  });
});

describe('an inline script that is not the site’s', () => {
  it('is refused by the page’s <meta> policy: it does not run, and the violation is reported', async () => {
    const { page, csp } = await phonePage(browser());
    const injected = readPage(distDir, '/cases/2024-017/').replace(
      '</main>',
      '<script>document.documentElement.dataset.injected = "ran";</script></main>',
    );
    expect(injected).toContain('dataset.injected');
    // A copy of a built page with one <script> added, served from the site's origin (no header policy: the <meta> alone).
    await page.route(`${baseUrl}/csp-probe/`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: injected }),
    );
    await page.goto(`${baseUrl}/csp-probe/`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset['injected'])).toBeUndefined();
    await expect.poll(() => csp.filter((v) => v.startsWith('script-src-elem blocked inline'))).toHaveLength(1);
    // The page's own script still ran: it shows the copy button, which is hidden without JavaScript.
    expect(await page.getByRole('button', { name: '复制引用文字' }).isVisible()).toBe(true);
    await page.context().close();
  });
});
