// The generated nginx configuration, served by a real nginx against the built sample site: every header on pages,
// the search page and assets, HSTS only over HTTPS, 301s for old ids, the 404 page, precompressed gzip, no dot-files,
// no directory listing, IPv6, and the same under a base path.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/load-content.ts';
import { headersFor, readSecurityHeaders, type SecurityHeadersFile } from '../../src/lib/security-headers.ts';
import { startNginx, type RunningNginx } from './nginx.ts';

const distDir = inject('distDir');
const root = path.resolve(import.meta.dirname, '../..');

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

let nginx: RunningNginx;
let security: SecurityHeadersFile;
let site: string; // plain http, at /
let tls: string; // reached over HTTPS at a proxy (--https), under /pafz/
beforeAll(async () => {
  security = readSecurityHeaders(distDir);
  nginx = await startNginx(distDir, [{ args: [] }, { args: ['--https', '--base', '/pafz/'] }]);
  [site, tls] = nginx.urls as [string, string];
});
afterAll(async () => {
  await nginx?.stop();
});

/** Every security header of the path, as .security-headers.json gives it. */
function expectSecurityHeaders(reply: Reply, pathname: string) {
  for (const [name, value] of Object.entries(headersFor(security, pathname)))
    expect(reply.headers[name.toLowerCase()], name).toBe(value);
}

describe('nginx serving dist/ at /', () => {
  it('sends every security header on a page, revalidates HTML, and hides its version', async () => {
    const reply = await get(`${site}/cases/2024-017/`);
    expect(reply.status).toBe(200);
    expectSecurityHeaders(reply, '/cases/2024-017/');
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['content-security-policy']).not.toContain('wasm-unsafe-eval');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['server']).toBe('nginx');
    expect(reply.headers['strict-transport-security']).toBeUndefined();
  });

  it("gives the search page and Pagefind's files the policy with 'wasm-unsafe-eval', and every other header", async () => {
    for (const pathname of ['/search/', '/pagefind/recent/pagefind-worker.js']) {
      const reply = await get(site + pathname);
      expect(reply.status, pathname).toBe(200);
      expectSecurityHeaders(reply, pathname);
      expect(reply.headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
      expect(reply.headers['cache-control']).toBe('no-cache');
    }
    const index = fs.readdirSync(path.join(distDir, 'pagefind/recent/index'))[0]!;
    const data = await get(`${site}/pagefind/recent/index/${index}`, { 'Accept-Encoding': 'gzip' });
    expect(data.headers['content-type']).toBe('application/octet-stream');
    expect(data.headers['content-encoding']).toBeUndefined(); // gzipped by Pagefind, unpacked by its script
    expect((await get(`${site}/pagefind/recent/wasm.unknown.pagefind`)).headers['content-type']).toBe(
      'application/octet-stream',
    );
  });

  it('caches hashed assets for a year, immutable, with every header', async () => {
    const asset = fs.readdirSync(path.join(distDir, '_astro')).find((f) => f.endsWith('.css'))!;
    const reply = await get(`${site}/_astro/${asset}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(reply, `/_astro/${asset}`);
    expect(reply.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers an old case number with a 301 to its page, with the headers', async () => {
    const { content } = await loadContent(path.join(root, 'content'));
    const withAlias = content.cases.find((c) => c.data.aliases?.length)!;
    const reply = await get(`${site}/cases/${withAlias.data.aliases![0]}/`);
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe(`/cases/${withAlias.data.id}/`);
    expectSecurityHeaders(reply, '/cases/');
  });

  it('sends the site’s 404 page with status 404 and the headers, for a missing page, a folder without a page and a missing asset', async () => {
    const notFound = fs.readFileSync(path.join(distDir, '404.html'));
    for (const pathname of ['/no-such-page/', '/api/', '/_astro/missing.js']) {
      const reply = await get(site + pathname);
      expect(reply.status, pathname).toBe(404);
      expect(reply.body.equals(notFound), pathname).toBe(true);
      expectSecurityHeaders(reply, '/404.html');
      expect(reply.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the .gz file the build wrote to a client that accepts gzip, and the plain file to one that does not', async () => {
    const gz = fs.readFileSync(path.join(distDir, 'index.html.gz'));
    const zipped = await get(`${site}/`, { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toBe('Accept-Encoding');
    expect(zipped.body.equals(gz)).toBe(true);
    expectSecurityHeaders(zipped, '/');
    const plain = await get(`${site}/`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(fs.readFileSync(path.join(distDir, 'index.html')))).toBe(true);
  });

  it('publishes no dot-file, no backup file and no directory listing', async () => {
    const notFound = fs.readFileSync(path.join(distDir, '404.html'));
    const backup = path.join(distDir, 'index.html.bak');
    fs.writeFileSync(backup, 'backup');
    try {
      for (const pathname of [
        '/.build-id',
        '/.security-headers.json',
        '/cases/.hidden',
        '/index.html~',
        '/index.html.bak',
      ]) {
        const reply = await get(site + pathname);
        expect([403, 404], pathname).toContain(reply.status);
        expect(reply.body.equals(notFound), pathname).toBe(true);
      }
    } finally {
      fs.rmSync(backup);
    }
    const listing = await get(`${site}/_astro/`);
    expect(listing.status).toBe(404);
    expect(listing.body.equals(notFound)).toBe(true);
  });

  it('lets other sites frame only the /embed/ cards, with every other header of theirs', async () => {
    const card = await get(`${site}/embed/cases/2024-017/`);
    expect(card.status).toBe(200);
    expectSecurityHeaders(card, '/embed/cases/2024-017/');
    expect(card.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(card.headers['x-frame-options']).toBeUndefined();
    const page = await get(`${site}/cases/2024-017/`);
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('serves the Atom feeds and the open-data catalogue with their types', async () => {
    // nginx types every .xml as XML (the RSS and the Atom feeds alike); feed readers read either as a feed.
    const feed = await get(`${site}/atom.xml`);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/xml; charset=utf-8');
    const catalogue = await get(`${site}/api/index.json`);
    expect(catalogue.status).toBe(200);
    expect(catalogue.headers['content-type']).toMatch(/^application\/json/);
  });

  it('types CSV as UTF-8 text and listens on IPv6 as well as IPv4', async () => {
    const csv = fs.readdirSync(path.join(distDir, 'api')).find((f) => f.endsWith('.csv'))!;
    expect((await get(`${site}/api/${csv}`)).headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(nginx.configs[0]).toMatch(/listen \[::1\]:\d+;|listen 127\.0\.0\.1:\d+;/);
    if (nginx.ipv6) {
      expect(nginx.configs[0]).toMatch(/listen \[::1\]:\d+;/);
      expect((await get(`${nginx.urls6[0]}/`)).status).toBe(200);
    }
  });
});

describe('nginx serving dist/ under /pafz/ for an HTTPS site', () => {
  it('serves pages, assets and the search page under the base path, with HSTS on every response', async () => {
    const asset = fs.readdirSync(path.join(distDir, '_astro')).find((f) => f.endsWith('.js'))!;
    for (const [pathname, policyPath] of [
      ['/pafz/', '/'],
      ['/pafz/cases/2024-017/', '/cases/2024-017/'],
      ['/pafz/search/', '/search/'],
      [`/pafz/_astro/${asset}`, `/_astro/${asset}`],
    ] as const) {
      const reply = await get(tls + pathname);
      expect(reply.status, pathname).toBe(200);
      expectSecurityHeaders(reply, policyPath);
      expect(reply.headers['strict-transport-security'], pathname).toBe('max-age=31536000');
    }
    expect((await get(`${tls}/pafz/_astro/${asset}`)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('redirects the old id and the bare base path, and sends the 404 page (with HSTS) for anything else', async () => {
    const old = await get(`${tls}/pafz/cases/2025-099/`);
    expect(old.status).toBe(301);
    // The sample site is built for /, so its redirect page points at /cases/…; the 301 goes where the page goes.
    expect(old.headers['location']).toBe(
      fs.readFileSync(path.join(distDir, 'cases/2025-099/index.html'), 'utf8').match(/url=([^"]+)"/)![1],
    );
    expect((await get(`${tls}/pafz`)).headers['location']).toBe('/pafz/');
    for (const pathname of ['/', '/cases/2024-017/', '/pafz/no-such-page/', '/pafz/.build-id']) {
      const reply = await get(tls + pathname);
      expect(reply.status, pathname).toBe(404);
      expect(reply.body.toString(), pathname).toContain('页面未找到');
      expect(reply.headers['strict-transport-security'], pathname).toBe('max-age=31536000');
    }
    const zipped = await get(`${tls}/pafz/cases/2024-017/`, { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
  });
});
