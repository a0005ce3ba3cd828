// scripts/serve.ts over a small temp dist/ with a sibling dist-secret/: what it serves, what it refuses, and that no request stops it.
import fs from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStaticServer, listen, safeRequestPath } from '../../scripts/serve.ts';
import {
  SECURITY_HEADERS_FILE,
  STATIC_SECURITY_HEADERS,
  type SecurityHeadersFile,
} from '../../src/lib/security-headers.ts';

const SECRET = 'SECRET-OUTSIDE-DIST';
const CASE_PAGE = '<!doctype html><title>案例</title>';
const DOT_SECRET = 'SECRET-DOT-FILE';
const SITE_CSP = "default-src 'self'; frame-ancestors 'none'";
const SEARCH_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'none'";
const EMBED_CSP = "default-src 'self'; frame-ancestors *";
const SECURITY: SecurityHeadersFile = {
  version: 1,
  csp: SITE_CSP,
  cspByPath: { '/search/': SEARCH_CSP, '/embed/': EMBED_CSP },
  headers: { ...STATIC_SECURITY_HEADERS },
  frameable: ['/embed/'],
};

let tmp: string;
let dist: string;
let server: http.Server;
let base: string;
let port: number;

function stop(running: http.Server): Promise<void> {
  running.closeAllConnections();
  return new Promise((resolve) => running.close(() => resolve()));
}

function write(file: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-serve-'));
  dist = path.join(tmp, 'dist');
  const files: Record<string, string | Buffer> = {
    'index.html': '<!doctype html><title>首页</title>',
    '404.html': '<!doctype html><title>未找到页面</title>',
    'cases/2026-012/index.html': CASE_PAGE,
    // The copies the build's precompress step writes beside a page.
    'cases/2026-012/index.html.gz': zlib.gzipSync(CASE_PAGE),
    'cases/2026-012/index.html.br': zlib.brotliCompressSync(CASE_PAGE),
    'cases/category/电信网络诈骗/index.html': '<!doctype html><title>电信网络诈骗</title>',
    'search/index.html': '<!doctype html><title>搜索</title>',
    'embed/cases/2026-012/index.html': '<!doctype html><title>案例卡片</title>',
    '_astro/app.abc123.js': 'console.log(1);',
    '_astro/site.abc123.css': 'body{}',
    'pagefind/pagefind.zh.pf_meta': Buffer.from([1, 2, 3]),
    'pagefind/wasm.zh.wasm': Buffer.from([0, 97, 115, 109]),
    'rectification/2026-cepin.csv': '\uFEFF序号,问题\r\n',
    'big.bin': Buffer.alloc(4 * 1024 * 1024, 7),
    '.build-id': '0123456789abcdef0123456789abcdef',
    '.private/note.txt': DOT_SECRET,
    [SECURITY_HEADERS_FILE]: JSON.stringify(SECURITY),
  };
  for (const [name, content] of Object.entries(files)) write(path.join(dist, name), content);
  // The sibling whose name starts with "dist": a startsWith check on the path would let it through.
  write(path.join(tmp, 'dist-secret/secret.txt'), SECRET);
  write(path.join(tmp, 'secret.txt'), SECRET);
  server = createStaticServer(dist);
  base = await listen(server, 0);
  port = Number(new URL(base).port);
});

afterAll(async () => {
  await stop(server);
  fs.rmSync(tmp, { recursive: true, force: true });
});

/**
 * Sends bytes as they are over TCP (fetch would normalise or refuse them) and returns the status and the whole answer;
 * status 0 when the server closed the connection without answering (Node does that to a request it cannot parse).
 */
function raw(request: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(request.slice(0, 80))}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may answer and close while the rest of an oversized request is still being sent.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    socket.write(request);
  });
}

const get = (target: string, headers = '') =>
  raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n`);

function expectSecurityHeaders(response: Response, csp = SITE_CSP): void {
  expect(response.headers.get('content-security-policy')).toBe(csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
}

describe('what it serves', () => {
  test('pages, assets and the 404 page carry the security headers', async () => {
    const page = await fetch(`${base}/cases/2026-012/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('案例');
    expectSecurityHeaders(page);

    const asset = await fetch(`${base}/_astro/app.abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expectSecurityHeaders(asset);

    const missing = await fetch(`${base}/no/such/page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('未找到页面');
    expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(missing);
  });

  test('an embed may be framed by any origin (frame-ancestors *, no X-Frame-Options); its case page may not', async () => {
    const embed = await fetch(`${base}/embed/cases/2026-012/`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toBe(EMBED_CSP);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(embed.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await fetch(`${base}/cases/2026-012/`);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  test('the search page gets its wider policy', async () => {
    const search = await fetch(`${base}/search/?q=诈骗`);
    expect(search.status).toBe(200);
    expectSecurityHeaders(search, SEARCH_CSP);
  });

  test('a directory without its slash is redirected, keeping the query, with the headers', async () => {
    const response = await fetch(`${base}/cases/2026-012?from=feed`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/cases/2026-012/?from=feed');
    expectSecurityHeaders(response);
    const chinese = await fetch(`${base}/cases/category/${encodeURIComponent('电信网络诈骗')}`, { redirect: 'manual' });
    expect(chinese.status).toBe(301);
    expect((await fetch(`${base}${chinese.headers.get('location')}`)).status).toBe(200);
  });

  test('content types of the site’s files, Pagefind’s and WebAssembly included', async () => {
    const types: Record<string, string> = {
      '/_astro/site.abc123.css': 'text/css; charset=utf-8',
      '/pagefind/pagefind.zh.pf_meta': 'application/octet-stream',
      '/pagefind/wasm.zh.wasm': 'application/wasm',
      '/rectification/2026-cepin.csv': 'text/csv; charset=utf-8',
      '/': 'text/html; charset=utf-8',
    };
    for (const [url, type] of Object.entries(types)) {
      const response = await fetch(`${base}${url}`);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
    }
  });

  test('HEAD has the headers and no body; other methods are refused', async () => {
    const head = await fetch(`${base}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expectSecurityHeaders(head);
    const post = await fetch(`${base}/`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  test('no directory listing and no dot-file, however it is spelled', async () => {
    for (const url of [
      '/cases/',
      '/_astro/',
      '/pagefind/',
      '/.private/',
      '/.private/note.txt',
      '/.build-id',
      '/.security-headers.json',
      '/%2ebuild-id',
      '/%2Esecurity-headers.json',
    ]) {
      const response = await fetch(`${base}${url}`);
      const text = await response.text();
      expect(response.status, url).toBe(404);
      expect(text, url).not.toContain(DOT_SECRET);
      expect(text, url).not.toContain('0123456789abcdef');
      expect(text, url).not.toContain('frame-ancestors');
    }
  });

  test('a valid byte range is served; a malformed one is ignored; one past the end is refused', async () => {
    const part = await get('/_astro/app.abc123.js', 'Range: bytes=0-6\r\n');
    expect(part.status).toBe(206);
    expect(part.text.endsWith('console')).toBe(true);
    expect((await get('/_astro/app.abc123.js', 'Range: bytes=5-2\r\n')).status).toBe(200);
    expect((await get('/_astro/app.abc123.js', 'Range: bytes=-x\r\n')).status).toBe(200);
    expect((await get('/_astro/app.abc123.js', 'Range: bytes=0-1,3-4\r\n')).status).toBe(200);
    expect((await get('/_astro/app.abc123.js', 'Range: bytes=999999-\r\n')).status).toBe(416);
  });
});

describe('compressed copies, as nginx gzip_static serves them', () => {
  /** The body of a raw answer, as bytes. */
  const bodyOf = (text: string) => Buffer.from(text.slice(text.indexOf('\r\n\r\n') + 4), 'latin1');
  const headerOf = (text: string, name: string) =>
    new RegExp(`^${name}: (.*)$`, 'im').exec(text.slice(0, text.indexOf('\r\n\r\n')))?.[1]?.trim();

  test('the .br copy to a client that accepts brotli, the .gz copy to one that accepts gzip, the page itself otherwise', async () => {
    const br = await get('/cases/2026-012/', 'Accept-Encoding: gzip, deflate, br\r\n');
    expect(br.status).toBe(200);
    expect(headerOf(br.text, 'Content-Encoding')).toBe('br');
    expect(headerOf(br.text, 'Content-Type')).toBe('text/html; charset=utf-8');
    expect(headerOf(br.text, 'Vary')).toBe('Accept-Encoding');
    expect(headerOf(br.text, 'Content-Security-Policy')).toBe(SITE_CSP);
    expect(zlib.brotliDecompressSync(bodyOf(br.text)).toString()).toBe(CASE_PAGE);

    const gz = await get('/cases/2026-012/', 'Accept-Encoding: gzip\r\n');
    expect(headerOf(gz.text, 'Content-Encoding')).toBe('gzip');
    expect(zlib.gunzipSync(bodyOf(gz.text)).toString()).toBe(CASE_PAGE);

    const plain = await get('/cases/2026-012/');
    expect(headerOf(plain.text, 'Content-Encoding')).toBeUndefined();
    expect(bodyOf(plain.text).toString()).toBe(CASE_PAGE);
  });

  test('a byte range is of the page itself, never of a compressed copy', async () => {
    const part = await get('/cases/2026-012/', 'Accept-Encoding: gzip, br\r\nRange: bytes=0-8\r\n');
    expect(part.status).toBe(206);
    expect(headerOf(part.text, 'Content-Encoding')).toBeUndefined();
    expect(bodyOf(part.text).toString()).toBe(CASE_PAGE.slice(0, 9));
  });
});

describe('what it refuses, and that nothing stops it', () => {
  test('safeRequestPath refuses every spelling of a way out', () => {
    expect(safeRequestPath('/cases/2026-012/?q=1')).toBe('/cases/2026-012/');
    expect(safeRequestPath(`/cases/category/${encodeURIComponent('电信')}/`)).toBe('/cases/category/电信/');
    for (const bad of [
      '/../x',
      '/a/..',
      '/%2e%2e/x',
      '/.%2E/x',
      '/..%2fx',
      '/a%2Fb',
      '/a\\b',
      '/a%5cb',
      '/a%00',
      '/%',
      '/%E0%A4%A',
      '/%C0%AE%C0%AE/',
      '*',
      'http://host/',
      '',
    ]) {
      expect(safeRequestPath(bad), bad).toBeNull();
    }
  });

  test('a barrage of malformed requests: never the secret, never a 200 for a file outside dist/', async () => {
    const barrage: Array<[string, number[]]> = [
      ['/../dist-secret/secret.txt', [400]],
      ['/../secret.txt', [400]],
      ['/..%2fdist-secret%2fsecret.txt', [400]],
      ['/%2e%2e/dist-secret/secret.txt', [400]],
      ['/%2E%2E%2Fdist-secret%2Fsecret.txt', [400]],
      ['/..\\dist-secret\\secret.txt', [400]],
      ['/%5c..%5cdist-secret%5csecret.txt', [400]],
      ['/./../dist-secret/secret.txt', [400]],
      ['//../dist-secret/secret.txt', [400]],
      ['/dist-secret/secret.txt', [404]],
      ['//dist-secret/secret.txt', [404]],
      ['/index.html%00', [400]],
      ['/%00', [400]],
      ['/%', [400]],
      ['/%ZZ', [400]],
      ['/%E0%A4%A', [400]],
      ['/%C0%AE%C0%AE/dist-secret/secret.txt', [400]],
      ['/%ED%A0%80', [400]],
      [`/${'a'.repeat(6 * 1024)}`, [404]],
      [`/${'a/'.repeat(3 * 1024)}x`, [404]],
      [`/${'%61'.repeat(2 * 1024)}`, [404]],
      ['*', [400]],
      ['../dist-secret/secret.txt', [400]],
      ['http://127.0.0.1/../dist-secret/secret.txt', [400]],
      [`/${'..%2f'.repeat(40)}etc/passwd`, [400]],
    ];
    for (const [target, statuses] of barrage) {
      const { status, text } = await get(target);
      expect(statuses, `${target.slice(0, 60)} → ${status}`).toContain(status);
      expect(text).not.toContain(SECRET);
    }
  });

  test('malformed HTTP, absurd headers and requests aborted mid-way are answered or dropped, and it still serves', async () => {
    const answers = [
      await raw('GARBAGE\r\n\r\n'),
      await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'x'.repeat(64 * 1024)}\r\nConnection: close\r\n\r\n`),
      await raw(
        `GET / HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 3000 }, (_, i) => `X-H${i}: y\r\n`).join('')}Connection: close\r\n\r\n`,
      ),
      await raw('GET / HTTP/1.1\r\nHost: x\r\nBad\0Header: y\r\nConnection: close\r\n\r\n'),
      await raw('GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\nConnection: close\r\n\r\n'),
      await raw(`GET /${'a'.repeat(100 * 1024)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([400, 431, 431, 400, 400, 431]);

    // Aborted while sending the request, and while receiving a large file (whose open file must be closed again).
    const openFiles = () => fs.readdirSync('/proc/self/fd').length;
    const before = openFiles();
    const half = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => half.on('connect', () => resolve()));
    half.write('GET /big.bin HTTP/1.1\r\nHo');
    half.destroy();
    for (let i = 0; i < 20; i++) {
      await new Promise<void>((resolve) => {
        const socket = net.connect(port, '127.0.0.1');
        socket.write('GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n');
        socket.once('data', () => {
          socket.destroy();
          resolve();
        });
      });
    }

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(openFiles()).toBeLessThanOrEqual(before + 2);
    expect(server.listening).toBe(true);
    const after = await fetch(`${base}/`);
    expect(after.status).toBe(200);
    expectSecurityHeaders(after);
    const big = await fetch(`${base}/big.bin`);
    expect((await big.arrayBuffer()).byteLength).toBe(4 * 1024 * 1024);
  });

  test('a file deleted after start-up is a 404, not a crash', async () => {
    write(path.join(dist, 'gone/index.html'), 'x');
    const local = createStaticServer(dist);
    const url = await listen(local, 0);
    try {
      fs.rmSync(path.join(dist, 'gone'), { recursive: true });
      expect((await fetch(`${url}/gone/`)).status).toBe(404);
      expect((await fetch(`${url}/`)).status).toBe(200);
    } finally {
      await stop(local);
    }
  });
});

describe('a site built under a path (baseUrl https://…/pafz/)', () => {
  test('serves dist/ below the path only, with its headers; / and /pafz lead to /pafz/; outside it is the 404 page', async () => {
    const underPath = createStaticServer(dist, { basePath: '/pafz/' });
    const at = await listen(underPath, 0);
    try {
      const home = await fetch(`${at}/pafz/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('首页');
      expectSecurityHeaders(home);
      expectSecurityHeaders(await fetch(`${at}/pafz/search/?q=诈骗`), SEARCH_CSP);
      for (const entry of ['/', '/pafz']) {
        const redirect = await fetch(`${at}${entry}`, { redirect: 'manual' });
        expect(redirect.status, entry).toBe(301);
        expect(redirect.headers.get('location')).toBe('/pafz/');
      }
      const directory = await fetch(`${at}/pafz/cases/2026-012?from=feed`, { redirect: 'manual' });
      expect(directory.headers.get('location')).toBe('/pafz/cases/2026-012/?from=feed');
      for (const outside of ['/cases/2026-012/', '/pafzx/', '/pafz/../secret.txt', '/pafz/%2e%2e/dist-secret/secret.txt']) {
        const response = await fetch(`${at}${outside}`);
        expect([400, 404], outside).toContain(response.status);
        expect(await response.text()).not.toContain(SECRET);
      }
    } finally {
      await stop(underPath);
    }
  });
});

describe('start-up', () => {
  test('without dist/.security-headers.json it refuses to start, saying to run npm run build', () => {
    const bare = path.join(tmp, 'dist-bare');
    write(path.join(bare, 'index.html'), '<!doctype html>');
    expect(() => createStaticServer(bare)).toThrow(/读不到安全响应头文件.*请先运行 npm run build/);
    write(path.join(bare, SECURITY_HEADERS_FILE), '{"version":1}');
    expect(() => createStaticServer(bare)).toThrow('请重新运行 npm run build');
  });

  test('a new build is served once it finishes (dist/.build-id changes), with its headers', async () => {
    const next = path.join(tmp, 'dist-next');
    fs.cpSync(dist, next, { recursive: true });
    const local = createStaticServer(next);
    const url = await listen(local, 0);
    try {
      expect((await fetch(`${url}/new/`)).status).toBe(404);
      write(path.join(next, 'new/index.html'), '<!doctype html><title>新页面</title>');
      write(path.join(next, SECURITY_HEADERS_FILE), JSON.stringify({ ...SECURITY, csp: "default-src 'none'" }));
      const later = new Date(Date.now() + 5000);
      fs.utimesSync(path.join(next, '.build-id'), later, later);
      const response = await fetch(`${url}/new/`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    } finally {
      await stop(local);
    }
  });
});
