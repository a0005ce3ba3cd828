// Astro integration: after the build, writes dist/.security-headers.json from the Content-Security-Policy <meta> of
// every built page, so a server sends the same policy as a header (with what only a header can carry).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_PATH } from '../lib/cms-admin.ts';
import { distFilesOfBuild } from '../lib/dist-files.ts';
import { pageHeadsOfBuild, readPageHead, readPageHeads, urlPathOf, type PageHead } from '../lib/page-heads.ts';
import { buildSecurityHeaders, FRAMEABLE_PATHS, SECURITY_HEADERS_FILE } from '../lib/security-headers.ts';

/**
 * Pagefind's files under /pagefind/ run as part of the search page (its worker compiles WebAssembly), so they get the
 * search page's wider policy when a server sends the policy of a path as that file's header.
 */
const WORKER_PATHS = { '/pagefind/': '/search/' };

/** The page's <meta> policy, read from its <head> only (Astro writes it at the end of the head). */
export function readMetaCsp(file: string): string | undefined {
  return readPageHead(file).csp;
}

/**
 * Every built page (path → its <meta> policy); a page without one fails the build. With `cacheFile`, pages unchanged
 * since the last build are not read again (src/lib/page-heads.ts).
 */
export function collectPagePolicies(outDir: string, cacheFile?: string, heads: Map<string, PageHead> = readPageHeads(outDir, cacheFile)): Map<string, string> {
  const pages = new Map<string, string>();
  const missing: string[] = [];
  for (const [rel, head] of heads) {
    if (head.csp) pages.set(urlPathOf(rel), head.csp);
    else missing.push(urlPathOf(rel));
  }
  if (missing.length) {
    throw new Error(
      `这些页面没有内容安全策略（CSP）：${missing.slice(0, 5).join('、')}${missing.length > 5 ? ` 等 ${missing.length} 个` : ''}。`,
    );
  }
  return pages;
}

export function securityHeaders(): AstroIntegration {
  let cacheFile: string | undefined;
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheFile = path.join(fileURLToPath(config.cacheDir), 'fzwm-page-heads.json');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const file = buildSecurityHeaders(collectPagePolicies(outDir, cacheFile, await pageHeadsOfBuild(dir, cacheFile)), WORKER_PATHS, [ADMIN_PATH], FRAMEABLE_PATHS);
        fs.writeFileSync(path.join(outDir, SECURITY_HEADERS_FILE), `${JSON.stringify(file, null, 2)}\n`);
        (await distFilesOfBuild(dir)).note(SECURITY_HEADERS_FILE);
        const wider = Object.keys(file.cspByPath);
        logger.info(
          `${SECURITY_HEADERS_FILE}：全站内容安全策略${wider.length ? `，另有 ${wider.join('、')} 的放宽策略` : ''}。`,
        );
      },
    },
  };
}
