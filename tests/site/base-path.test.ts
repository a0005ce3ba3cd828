// The sample county published as a 专栏 under a portal's path (site.yaml baseUrl http://127.0.0.1:<port>/pafz/): built
// once, served by a real nginx under /pafz/, crawled in Chromium. No link, image, script or style is broken, none leaves
// /pafz/, and search, charts and 长者模式 work there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteRoutes, type SiteRoutes } from '../../src/lib/routes.ts';
import { launchBrowser } from '../browser/browser.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BASE = '/pafz/';
const asOf = inject('asOf');

/** A free loopback port, for nginx and for the baseUrl the site is built with. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A minimal nginx config: the built site under /pafz/, its 404 page for anything missing there. */
function nginxConf(dir: string, dist: string, port: number): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    absolute_redirect off;
    error_page 404 ${BASE}404.html;
    location ${BASE} { alias ${dist}/; }
  }
}
`;
}

let work = '';
let origin = '';
let routes: SiteRoutes;
let nginxStarted = false;
let context: BrowserContext | undefined;
let closeBrowser: (() => Promise<void>) | undefined;
/** Every request the browser made that left /pafz/ on this origin (each was blocked). */
const outside: string[] = [];
/** Every response with status ≥ 400. */
const failures: string[] = [];

/** Debian's nginx is in /usr/sbin, which an ordinary user's PATH may lack. */
const NGINX = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
const nginx = (...args: string[]) => spawnSync(NGINX, ['-p', work, '-c', path.join(work, 'nginx.conf'), '-e', path.join(work, 'error.log'), ...args], { encoding: 'utf8' });

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-pafz-'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  routes = siteRoutes(`${origin}${BASE}`);
  // The sample content, with the portal's baseUrl and one body link to a site path (the contentLinks hast plugin).
  const content = path.join(work, 'content');
  fs.cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const siteYaml = path.join(content, 'site.yaml');
  fs.writeFileSync(siteYaml, fs.readFileSync(siteYaml, 'utf8').replace(/^baseUrl: .*$/m, `baseUrl: ${origin}${BASE}`));
  fs.appendFileSync(path.join(content, 'pages/about.md'), '\n参见[典型案例 2026-012](/cases/2026-012/)。\n');
  // Inside the project, so the built pages resolve the project's packages while rendering.
  const dist = path.join(ROOT, 'tests/.tmp/dist-pafz');
  const build = spawnSync('npx', ['astro', 'build', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, SITE_AS_OF: asOf, CONTENT_DIR: content, ASTRO_OUT_DIR: dist },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`路径 /pafz/ 下的示例站点构建失败：\n${build.stdout}\n${build.stderr}`);
  fs.writeFileSync(path.join(work, 'nginx.conf'), nginxConf(work, dist, port));
  const started = nginx();
  if (started.status !== 0) throw new Error(`nginx 未能启动：${started.stderr}`);
  nginxStarted = true;

  const browser = await launchBrowser();
  closeBrowser = () => browser.close();
  context = await browser.newContext({ locale: 'zh-CN' });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.origin === origin && url.pathname.startsWith(BASE)) return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  context.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
});

afterAll(async () => {
  await closeBrowser?.();
  if (nginxStarted) nginx('-s', 'stop');
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const newPage = (): Promise<Page> => context!.newPage();

/** The same-origin URLs a page refers to: links (without their #anchor) and the images, scripts and styles it loads. */
async function references(page: Page): Promise<{ links: string[]; assets: string[] }> {
  return page.evaluate(() => {
    const abs = (value: string) => new URL(value, location.href);
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => abs(a.getAttribute('href')!));
    const assets = [
      ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.currentSrc || i.src),
      ...[...document.querySelectorAll<HTMLImageElement>('img[srcset], source[srcset]')].flatMap((i) =>
        i.getAttribute('srcset')!.split(',').map((s) => s.trim().split(/\s+/)[0]!),
      ),
      ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
      ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((l) => l.href),
    ].map(abs);
    const local = (u: URL) => u.origin === location.origin;
    return {
      links: links.filter(local).map((u) => u.origin + u.pathname + u.search),
      assets: assets.filter(local).map((u) => u.href),
    };
  });
}

describe('the sample county under /pafz/, served by nginx', () => {
  it('a crawl of every page from the home page and the sitemap finds no broken link, image, script or style, and nothing outside /pafz/', async () => {
    const sitemap = await context!.request.get(`${origin}${routes.sitemapUrl()}`);
    expect(sitemap.status()).toBe(200);
    const listed = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(listed.length).toBeGreaterThan(50);
    expect(listed.filter((u) => !u.startsWith(`${origin}${BASE}`))).toEqual([]);

    const queue = [`${origin}${BASE}`, ...listed];
    const seen = new Set<string>(queue);
    const checked = new Set<string>();
    const outsideLinks: string[] = [];
    const broken: string[] = [];
    const page = await newPage();
    let pages = 0;
    /** A file that is not a page (CSV, feed, JSON, image): fetched, not opened. */
    const fetchOnce = async (url: string, from: string) => {
      if (checked.has(url)) return;
      checked.add(url);
      const response = await context!.request.get(url);
      if (response.status() >= 400) broken.push(`${response.status()} ${url}（来自 ${from}）`);
    };
    while (queue.length) {
      const url = queue.shift()!;
      const response = await page.goto(url, { waitUntil: 'load' });
      pages += 1;
      if (!response || response.status() >= 400) broken.push(`${response?.status()} ${url}`);
      const { links, assets } = await references(page);
      for (const asset of assets) await fetchOnce(asset, url);
      for (const link of links) {
        if (!new URL(link).pathname.startsWith(BASE)) outsideLinks.push(`${link}（来自 ${url}）`);
        else if (link.endsWith('/') || link.includes('/?')) {
          if (!seen.has(link)) {
            seen.add(link);
            queue.push(link);
          }
        } else await fetchOnce(link, url);
      }
    }
    await page.close();
    expect(broken).toEqual([]);
    expect(outsideLinks).toEqual([]);
    expect(pages).toBeGreaterThanOrEqual(listed.length);
    expect(failures).toEqual([]);
    expect(outside).toEqual([]);
  }, 900_000);

  it('staff links to site paths (a commitment’s source, a body link) carry /pafz/', async () => {
    const page = await newPage();
    await page.goto(`${origin}${routes.pageUrl('about')}`);
    expect(await page.locator('main a[href="/pafz/cases/2026-012/"]').count()).toBe(1);
    await page.goto(`${origin}${routes.commitmentUrl('2026-H1', 'gongan')}`);
    expect(await page.locator('a[href="/pafz/cases/2026-012/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/pafz/data/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('a missing page gets the 404 page, whose stylesheet and links work at any depth', async () => {
    const page = await newPage();
    const missing = `${origin}${BASE}cases/2099-999/deeper/still/`;
    const before = failures.length;
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
    // The only failure is the missing page itself: its stylesheet and script (absolute /pafz/_astro/ paths) loaded.
    expect(failures.splice(before)).toEqual([`404 ${missing}`]);
    expect(await page.locator('h1').textContent()).toBe('页面未找到');
    expect(await page.evaluate(() => [...document.styleSheets].filter((s) => s.href?.includes('/pafz/_astro/') && s.cssRules.length > 0).length)).toBeGreaterThan(0);
    await page.getByRole('link', { name: '查看典型案例' }).click();
    await page.waitForURL(`${origin}${routes.caseListingUrl()}`);
    await page.close();
  });

  it('an old case number redirects to the case under /pafz/', async () => {
    const page = await newPage();
    await page.goto(`${origin}${routes.caseUrl('2025-099')}`);
    await page.waitForURL(`${origin}${routes.caseUrl('2025-058')}`);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(routes.absoluteUrl(routes.caseUrl('2025-058')));
    await page.close();
  });

  it('search finds results whose links open pages under /pafz/', async () => {
    const page = await newPage();
    await page.goto(`${origin}${routes.searchUrl('诈骗')}`);
    const first = page.locator('#search-results li a').first();
    await first.waitFor({ timeout: 20_000 });
    const hrefs = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
    expect(hrefs.filter((h) => h.startsWith(`${BASE}pafz/`))).toEqual([]);
    await first.click();
    await page.waitForURL((url) => url.pathname !== new URL(routes.searchUrl(), origin).pathname);
    expect(await page.locator('h1').count()).toBe(1);
    expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    await page.close();
    expect(failures).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('a case number is looked up exactly under /pafz/: an old number names the case it now is', async () => {
    const page = await newPage();
    await page.goto(`${origin}${routes.searchUrl('2025-099')}`);
    const first = page.locator('#search-results li').first();
    await first.waitFor({ timeout: 20_000 });
    expect(await first.locator('a').first().getAttribute('href')).toBe(routes.caseUrl('2025-058'));
    expect(await first.textContent()).toContain('原编号 2025-099，现为 2025-058');
    await page.close();
    expect(failures).toEqual([]);
  });

  it('the Atom feeds link their entries under /pafz/', async () => {
    const feed = await (await fetch(`${origin}${BASE}atom.xml`)).text();
    const links = [...feed.matchAll(/<link[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((href) => new URL(href).origin !== origin || !new URL(href).pathname.startsWith(BASE))).toEqual([]);
  });

  it('the charts on /data/ draw', async () => {
    const page = await newPage();
    await page.goto(`${origin}${routes.pageUrl('data')}`);
    const block = page.locator('[data-chart-block]').first();
    await block.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el?.getAttribute('data-chart-drawn') === 'true', await block.elementHandle(), { timeout: 20_000 });
    await page.close();
    expect(failures).toEqual([]);
    expect(outside).toEqual([]);
  });

  it('长者模式 switched on stays on on the next page', async () => {
    const page = await newPage();
    await page.goto(`${origin}${routes.home()}`);
    await page.locator('#elder-toggle').click();
    expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBe('on');
    await page.goto(`${origin}${routes.caseListingUrl()}`);
    expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBe('on');
    expect(await page.locator('#elder-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('大鼠标 takes its cursor images from under the base path', async () => {
    const page = await newPage();
    await page.goto(`${origin}${routes.home()}`);
    await page.locator('#cursor-toggle').click();
    expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toContain(`url("${origin}${BASE}cursors/arrow.svg")`);
    expect((await page.request.get(`${origin}${BASE}cursors/arrow.svg`)).status()).toBe(200);
    await page.close();
    expect(failures).toEqual([]);
  });
});
