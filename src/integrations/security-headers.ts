// Astro integration: after the build, writes dist/.security-headers.json from the Content-Security-Policy <meta> of
// every built page, so a server sends the same policy as a header (with what only a header can carry).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_PATH } from '../lib/cms-admin.ts';
import { buildSecurityHeaders, FRAMEABLE_PATHS, SECURITY_HEADERS_FILE } from '../lib/security-headers.ts';

/**
 * Pagefind's files under /pagefind/ run as part of the search page (its worker compiles WebAssembly), so they get the
 * search page's wider policy when a server sends the policy of a path as that file's header.
 */
const WORKER_PATHS = { '/pagefind/': '/search/' };

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

const decodeAttribute = (value: string): string =>
  value
    .replace(/&#39;|&#x27;/gi, "'")
    .replace(/&quot;|&#34;/gi, '"')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&amp;/gi, '&');

/** The page's <meta> policy, read from its <head> only (Astro writes it at the end of the head). */
export function readMetaCsp(file: string): string | undefined {
  const fd = fs.openSync(file, 'r');
  try {
    let text = '';
    const buffer = Buffer.alloc(16 * 1024);
    for (let position = 0; ;) {
      const bytes = fs.readSync(fd, buffer, 0, buffer.length, position);
      if (bytes === 0) break;
      position += bytes;
      text += buffer.subarray(0, bytes).toString('latin1');
      const headEnd = text.search(/<\/head>|<body[\s>]/i);
      if (headEnd >= 0) {
        text = text.slice(0, headEnd);
        break;
      }
    }
    const match = META_CSP.exec(text);
    // Read as latin1 to cut at any byte; the policy itself is ASCII.
    return match ? decodeAttribute(match[1]!) : undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/** Every built page (path → its <meta> policy); a page without one fails the build. */
export function collectPagePolicies(outDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const missing: string[] = [];
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (folder !== outDir || (entry.name !== 'pagefind' && entry.name !== '_astro' && entry.name !== '.git'))
          visit(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = path.relative(outDir, full).split(path.sep).join('/');
        const urlPath =
          rel === 'index.html'
            ? '/'
            : rel.endsWith('/index.html')
              ? `/${rel.slice(0, -'index.html'.length)}`
              : `/${rel}`;
        const policy = readMetaCsp(full);
        if (policy) pages.set(urlPath, policy);
        else missing.push(urlPath);
      }
    }
  };
  visit(outDir);
  if (missing.length) {
    throw new Error(
      `这些页面没有内容安全策略（CSP）：${missing.slice(0, 5).join('、')}${missing.length > 5 ? ` 等 ${missing.length} 个` : ''}。`,
    );
  }
  return pages;
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const file = buildSecurityHeaders(collectPagePolicies(outDir), WORKER_PATHS, [ADMIN_PATH], FRAMEABLE_PATHS);
        fs.writeFileSync(path.join(outDir, SECURITY_HEADERS_FILE), `${JSON.stringify(file, null, 2)}\n`);
        const wider = Object.keys(file.cspByPath);
        logger.info(
          `${SECURITY_HEADERS_FILE}：全站内容安全策略${wider.length ? `，另有 ${wider.join('、')} 的放宽策略` : ''}。`,
        );
      },
    },
  };
}
