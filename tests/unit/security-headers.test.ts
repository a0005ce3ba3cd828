// The security headers file: parsing and joining policies, the site policy built from every page's <meta>, reading it back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectPagePolicies, readMetaCsp } from '../../src/integrations/security-headers.ts';
import { cspScriptHash, DISPLAY_MODES_SCRIPT } from '../../src/lib/inline-scripts.ts';
import {
  buildSecurityHeaders,
  headersFor,
  mergeCsp,
  parseCsp,
  readSecurityHeaders,
  SECURITY_HEADERS_FILE,
  serializeCsp,
  STATIC_SECURITY_HEADERS,
} from '../../src/lib/security-headers.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-csp-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const SITE = "default-src 'self';object-src 'none'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s';";

describe('parseCsp, serializeCsp, mergeCsp', () => {
  it('reads directives in order, lower-cases names, ignores a repeated directive as browsers do', () => {
    const policy = parseCsp("Default-Src 'self'; script-src 'self' 'sha256-a';; script-src *");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-a'"]],
    ]);
    expect(serializeCsp(policy)).toBe("default-src 'self'; script-src 'self' 'sha256-a'");
  });

  it('joins policies: every directive, every source once', () => {
    const merged = mergeCsp([
      parseCsp("script-src 'self' 'sha256-a'"),
      parseCsp("script-src 'sha256-b' 'self'; img-src 'self'"),
    ]);
    expect(serializeCsp(merged)).toBe("script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'");
  });
});

describe('buildSecurityHeaders', () => {
  const pages = new Map([
    ['/', SITE],
    ['/cases/', SITE.replace("'sha256-a'", "'sha256-a' 'sha256-c'")],
    ['/cases/old/', "default-src 'self';object-src 'none'; script-src 'self'; style-src 'self' 'sha256-s';"],
    ['/search/', SITE.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'")],
  ]);
  const file = buildSecurityHeaders(pages, { '/pagefind/': '/search/' });

  it('the site policy is the one most pages share, with every page’s hashes and frame-ancestors', () => {
    expect(file.csp).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-a' 'sha256-c'; style-src 'self' 'sha256-s'; frame-ancestors 'none'",
    );
  });

  it('a page that allows more gets its own policy, the site’s joined with its own, and so do the paths given for it', () => {
    expect(Object.keys(file.cspByPath)).toEqual(['/search/', '/pagefind/']);
    expect(file.cspByPath['/search/']).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-a' 'sha256-c' 'wasm-unsafe-eval'; style-src 'self' 'sha256-s'; frame-ancestors 'none'",
    );
    expect(file.cspByPath['/pagefind/']).toBe(file.cspByPath['/search/']);
  });

  it('carries the static headers, and headersFor picks the longest matching path', () => {
    expect(file.headers).toEqual(STATIC_SECURITY_HEADERS);
    expect(headersFor(file, '/cases/2024-017/')['Content-Security-Policy']).toBe(file.csp);
    expect(headersFor(file, '/search/')['Content-Security-Policy']).toBe(file.cspByPath['/search/']);
    expect(headersFor(file, '/pagefind/recent/pagefind-worker.js')['Content-Security-Policy']).toContain(
      'wasm-unsafe-eval',
    );
    expect(headersFor(file, '/')['X-Frame-Options']).toBe('DENY');
  });

  it('only /embed/ may be framed by other origins: frame-ancestors * there and no X-Frame-Options; DENY everywhere else', () => {
    const withEmbeds = buildSecurityHeaders(
      new Map([...pages, ['/embed/cases/2026-012/', SITE.replace("'sha256-a'", "'sha256-e'")]]),
      { '/pagefind/': '/search/' },
      [],
      ['/embed/', '/nothing-here/'],
    );
    expect(withEmbeds.frameable).toEqual(['/embed/']);
    expect(withEmbeds.cspByPath['/embed/']).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-a' 'sha256-c' 'sha256-e'; style-src 'self' 'sha256-s'; frame-ancestors *",
    );
    const embed = headersFor(withEmbeds, '/embed/units/gongan/');
    expect(parseCsp(embed['Content-Security-Policy']!).get('frame-ancestors')).toEqual(['*']);
    expect(embed).not.toHaveProperty('X-Frame-Options');
    expect(embed['X-Content-Type-Options']).toBe('nosniff');
    for (const other of ['/', '/cases/2026-012/', '/embed', '/embedded/', '/search/']) {
      const headers = headersFor(withEmbeds, other);
      expect(headers['X-Frame-Options'], other).toBe('DENY');
      expect(parseCsp(headers['Content-Security-Policy']!).get('frame-ancestors'), other).toEqual(["'none'"]);
    }
    // No embed page built: nothing is frameable.
    expect(buildSecurityHeaders(pages, {}, [], ['/embed/'])).not.toHaveProperty('frameable');
  });

  it('refuses to write a file when no page has a policy', () => {
    expect(() => buildSecurityHeaders(new Map())).toThrow('构建结果中没有带内容安全策略（CSP）的页面');
  });
});

describe('reading policies from built pages', () => {
  const page = (policy: string) =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title><meta http-equiv="content-security-policy" content="${policy}"></head><body><p>正文</p></body></html>`;

  it('reads each page’s <meta> policy, decoding the attribute, keyed by its URL path; pagefind/ and _astro/ are not pages', () => {
    const dir = tempDir();
    const files: Record<string, string> = {
      'index.html': page('default-src &#39;self&#39;'),
      'cases/2024-017/index.html': page("script-src 'self'"),
      '404.html': page("img-src 'self'"),
      'pagefind/recent/x.html': '<p>not a page</p>',
      '_astro/y.html': '<p>not a page</p>',
    };
    for (const [file, html] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), html);
    }
    expect(Object.fromEntries(collectPagePolicies(dir))).toEqual({
      '/': "default-src 'self'",
      '/cases/2024-017/': "script-src 'self'",
      '/404.html': "img-src 'self'",
    });
  });

  it('finds a policy beyond the first 16 KB of a long <head>, and none that is only in the body', () => {
    const dir = tempDir();
    const long = page("script-src 'self'").replace(
      '<title>',
      `<meta name="description" content="${'长'.repeat(8000)}"><title>`,
    );
    fs.writeFileSync(path.join(dir, 'long.html'), long);
    expect(readMetaCsp(path.join(dir, 'long.html'))).toBe("script-src 'self'");
    fs.writeFileSync(
      path.join(dir, 'body.html'),
      `<html><head></head><body><meta http-equiv="content-security-policy" content="script-src *"></body></html>`,
    );
    expect(readMetaCsp(path.join(dir, 'body.html'))).toBeUndefined();
  });

  it('a page without a policy fails the build, naming it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'index.html'), page("script-src 'self'"));
    fs.mkdirSync(path.join(dir, 'about'));
    fs.writeFileSync(path.join(dir, 'about/index.html'), '<html><head></head><body></body></html>');
    expect(() => collectPagePolicies(dir)).toThrow('这些页面没有内容安全策略（CSP）：/about/。');
  });
});

describe('readSecurityHeaders', () => {
  it('reads back what was written, and refuses a missing or malformed file in Chinese', () => {
    const dir = tempDir();
    expect(() => readSecurityHeaders(dir)).toThrow('读不到安全响应头文件');
    fs.writeFileSync(path.join(dir, SECURITY_HEADERS_FILE), JSON.stringify({ version: 1, csp: 5 }));
    expect(() => readSecurityHeaders(dir)).toThrow('的格式不对：请重新运行 npm run build。');
    const file = buildSecurityHeaders(new Map([['/', SITE]]));
    fs.writeFileSync(path.join(dir, SECURITY_HEADERS_FILE), JSON.stringify(file));
    expect(readSecurityHeaders(dir)).toEqual(file);
    fs.writeFileSync(path.join(dir, SECURITY_HEADERS_FILE), JSON.stringify({ ...file, frameable: 'embed' }));
    expect(() => readSecurityHeaders(dir)).toThrow('的格式不对');
  });
});

describe('cspScriptHash', () => {
  it('is the base64 SHA-256 of the exact source, as browsers compute it', () => {
    expect(cspScriptHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspScriptHash(DISPLAY_MODES_SCRIPT)).not.toBe(cspScriptHash(`${DISPLAY_MODES_SCRIPT} `));
  });
});
