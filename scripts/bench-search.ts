// `npm run bench:search -- --dist <dir> [--query 诈骗] [--next 城关镇]`: what the first and a following search cost a reader.
// Serves the built site on 127.0.0.1, opens /search/ in Chromium, and prints bytes (raw and gzipped, as a server would
// send them) and milliseconds for the first query (Pagefind's JS, wasm, metadata, index chunks, fragments) and the next.
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from './serve.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    query: { type: 'string', default: '诈骗' },
    next: { type: 'string', default: '城关镇 调解' },
    json: { type: 'boolean', default: false },
  },
});

const server = createStaticServer(path.resolve(values.dist));
const base = await listen(server, 0);
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();

interface Fetched {
  url: string;
  raw: number;
  gzip: number;
}
let fetched: Fetched[] = [];
page.on('response', async (response) => {
  try {
    const body = await response.body();
    fetched.push({ url: response.url().replace(base, ''), raw: body.length, gzip: zlib.gzipSync(body).length });
  } catch {
    // Redirects and aborted requests have no body.
  }
});

/** The first query arrives with the page (a shared search link); a following one is typed into the box. */
async function measure(query: string, first: boolean) {
  fetched = [];
  const started = performance.now();
  if (first) await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  else {
    await page.fill('#q', query);
    await page.click('#search-form button[type="submit"]');
  }
  await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
  const ms = Math.round(performance.now() - started);
  await page.waitForLoadState('networkidle');
  const status = await page.locator('#search-status').textContent();
  const pagefind = fetched.filter((f) => f.url.includes('/pagefind/'));
  return {
    query,
    ms,
    status,
    requests: pagefind.length,
    bytesRaw: pagefind.reduce((n, f) => n + f.raw, 0),
    bytesGzip: pagefind.reduce((n, f) => n + f.gzip, 0),
    /** Everything the search fetched, the page itself included on the first (its HTML, CSS and scripts). */
    allGzip: fetched.reduce((n, f) => n + f.gzip, 0),
    files: pagefind.map((f) => `${f.url} ${f.raw}/${f.gzip}`),
  };
}

const first = await measure(values.query, true);
const following = await measure(values.next, false);
await browser.close();
server.close();

const result = { dist: path.resolve(values.dist), first, following };
if (values.json) console.log(JSON.stringify(result, null, 2));
else {
  for (const [label, r] of [['首次搜索', first], ['后续搜索', following]] as const) {
    console.log(
      `${label}“${r.query}”：${r.ms} ms，${r.requests} 个请求，${(r.bytesRaw / 1024).toFixed(1)} KB（gzip 后 ${(r.bytesGzip / 1024).toFixed(1)} KB；连同页面共 ${(r.allGzip / 1024).toFixed(1)} KB）— ${r.status}`,
    );
  }
  console.log(
    JSON.stringify({
      first: { ms: first.ms, requests: first.requests, bytesGzip: first.bytesGzip, allGzip: first.allGzip },
      following: { ms: following.ms, requests: following.requests, bytesGzip: following.bytesGzip },
    }),
  );
}
