// Tests on the built sample site: every page's Content-Security-Policy, and dist/.security-headers.json that servers read.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPagePolicies } from '../../src/integrations/security-headers.ts';
import { cspScriptHash, DISPLAY_MODES_SCRIPT } from '../../src/lib/inline-scripts.ts';
import {
  headersFor,
  parseCsp,
  readSecurityHeaders,
  STATIC_SECURITY_HEADERS,
  type SecurityHeadersFile,
} from '../../src/lib/security-headers.ts';
import { listFiles } from './dist.ts';

const distDir = inject('distDir');

/** Every page but the editing UI, which has its own policy (tested below). */
let pages: Map<string, string>;
let adminPolicy: string | undefined;
let security: SecurityHeadersFile;
beforeAll(() => {
  pages = collectPagePolicies(distDir);
  adminPolicy = pages.get('/admin/');
  pages.delete('/admin/');
  security = readSecurityHeaders(distDir);
});

const fileOf = (page: string) =>
  page.endsWith('/') ? path.join(distDir, page, 'index.html') : path.join(distDir, page);

const REQUIRED = {
  'default-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'img-src': ["'self'"],
  'connect-src': ["'self'"],
};

describe('every page’s <meta> policy', () => {
  it('every HTML file in dist/ is a page with a policy', () => {
    const html = listFiles(distDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
    expect(pages.size + 1).toBe(html.length);
    expect(pages.size).toBeGreaterThan(100);
  });

  it('allows scripts and styles only from this origin or by hash, nothing inline, WebAssembly only on /search/', () => {
    for (const [page, text] of pages) {
      const policy = parseCsp(text);
      for (const [name, sources] of Object.entries(REQUIRED))
        expect(policy.get(name), `${page} ${name}`).toEqual(sources);
      for (const name of ['script-src', 'style-src']) {
        const sources = policy.get(name) ?? [];
        expect(sources[0], `${page} ${name}`).toBe("'self'");
        for (const source of sources.slice(1)) {
          if (page === '/search/' && source === "'wasm-unsafe-eval'") continue;
          expect(source, `${page} ${name}`).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
        }
      }
      expect(text, page).not.toContain('unsafe-inline');
      expect(text.includes('wasm-unsafe-eval'), page).toBe(page === '/search/');
    }
  });

  it('lists the hash of every inline script and style of every page (the digests Astro computes once per text)', () => {
    let checked = 0;
    for (const [page, text] of pages) {
      const policy = parseCsp(text);
      const html = fs.readFileSync(fileOf(page), 'utf8');
      const inline = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;
      for (const [, tag, attributes = '', body = ''] of html.matchAll(inline)) {
        if (/\ssrc=/.test(attributes)) continue;
        // Data blocks (JSON, JSON-LD) are not run: the policy does not govern them.
        const type = /\stype="([^"]*)"/.exec(attributes)?.[1];
        if (tag === 'script' && type !== undefined && type !== 'module' && type !== 'text/javascript') continue;
        const directive = tag === 'script' ? 'script-src' : 'style-src';
        expect(policy.get(directive), `${page}: inline ${tag} ${body.slice(0, 40)}`).toContain(`'${cspScriptHash(body)}'`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(pages.size);
  });

  it('the 长者模式 script is inline in every page but redirects, and its hash, computed from the same source, is in the policy', () => {
    const hash = `'${cspScriptHash(DISPLAY_MODES_SCRIPT)}'`;
    for (const [page, text] of pages) {
      const html = fs.readFileSync(fileOf(page), 'utf8');
      if (html.includes('http-equiv="refresh"')) continue; // the redirect of an old id: no script at all
      if (page.startsWith('/embed/')) continue; // a media embed: no script at all (checked in tests/site/feeds.test.ts)
      expect(html, page).toContain(`<script>${DISPLAY_MODES_SCRIPT}</script>`);
      expect(parseCsp(text).get('script-src'), page).toContain(hash);
    }
  });

  it('no page has a style attribute, which the policy would refuse', () => {
    for (const [page] of pages) {
      expect(fs.readFileSync(fileOf(page), 'utf8'), page).not.toMatch(/<[^>]+\sstyle=/);
    }
  });
});

describe('dist/.security-headers.json', () => {
  it('has the site policy with frame-ancestors (a header-only directive), and the static headers', () => {
    expect(parseCsp(security.csp).get('frame-ancestors')).toEqual(["'none'"]);
    expect(security.csp).not.toContain('unsafe-inline');
    expect(security.csp).not.toContain('wasm-unsafe-eval');
    expect(security.headers).toEqual(STATIC_SECURITY_HEADERS);
  });

  it('gives /search/ and Pagefind’s worker under /pagefind/ the policy with wasm-unsafe-eval, and nothing else', () => {
    expect(Object.keys(security.cspByPath).sort()).toEqual(['/admin/', '/embed/', '/pagefind/', '/search/']);
    for (const [prefix, policy] of Object.entries(security.cspByPath)) {
      if (prefix === '/admin/' || prefix === '/embed/') continue;
      expect(parseCsp(policy).get('script-src')).toContain("'wasm-unsafe-eval'");
      expect(policy).not.toContain('unsafe-inline');
    }
  });

  it('only the media embeds under /embed/ may be framed by other sites', () => {
    expect(security.frameable).toEqual(['/embed/']);
    expect(parseCsp(security.cspByPath['/embed/']!).get('frame-ancestors')).toEqual(['*']);
    for (const [page] of pages) {
      const headers = headersFor(security, page);
      const ancestors = parseCsp(headers['Content-Security-Policy']!).get('frame-ancestors');
      if (page.startsWith('/embed/')) {
        expect(ancestors, page).toEqual(['*']);
        expect(headers, page).not.toHaveProperty('X-Frame-Options');
      } else if (!page.startsWith('/admin/')) {
        expect(ancestors, page).toEqual(["'none'"]);
        expect(headers['X-Frame-Options'], page).toBe('DENY');
      }
    }
  });

  it('the header for each page allows everything the page’s own <meta> allows', () => {
    for (const [page, text] of pages) {
      const header = parseCsp(headersFor(security, page)['Content-Security-Policy']!);
      for (const [name, sources] of parseCsp(text)) {
        for (const source of sources) expect(header.get(name), `${page} ${name}`).toContain(source);
      }
    }
  });
});

describe('/admin/ (the editing UI)', () => {
  it('has its own policy: inline styles and blob:/data: images and workers, scripts still only from this origin or by hash', () => {
    expect(adminPolicy).toBeDefined();
    const header = parseCsp(security.cspByPath['/admin/']!);
    expect(header).toEqual(new Map([...parseCsp(adminPolicy!), ['frame-ancestors', ["'none'"]]]));
    expect(header.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(header.get('script-src')!.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
    expect(header.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(header.get('worker-src')).toEqual(["'self'", 'blob:']);
    // The sample site.yaml has no cms.url: the UI connects to this origin only.
    expect(header.get('connect-src')).toEqual(["'self'", 'blob:', 'data:']);
    for (const name of ['default-src', 'object-src', 'base-uri', 'form-action'])
      expect(header.get(name)).toEqual(REQUIRED[name as keyof typeof REQUIRED]);
  });

  it('is noindex and left out of the sitemap', () => {
    expect(fs.readFileSync(path.join(distDir, 'admin/index.html'), 'utf8')).toContain(
      '<meta name="robots" content="noindex">',
    );
    expect(fs.readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
  });
});
