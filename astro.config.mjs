// Astro configuration: static output from the content directory (CONTENT_DIR, default ./content).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { parse } from 'yaml';
import { buildInputs } from './src/integrations/build-inputs.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { cspDigestCache } from './src/integrations/csp-digest-cache.ts';
import { dataStoreFromDisk } from './src/integrations/data-store-from-disk.ts';
import { mdxCompileCache } from './src/integrations/mdx-cache.ts';
import { footnotesInChinese } from './src/integrations/footnotes-zh.ts';
import { tablesScroll } from './src/integrations/table-scroll.ts';
import { contentLinks } from './src/integrations/content-links.ts';
import { contentGate, sanitizeWall } from './src/integrations/markdown-safety.ts';
import { outputDir } from './src/integrations/output-dir.ts';
import { precompress } from './src/integrations/precompress.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { basePathOf } from './src/lib/routes.ts';
import { SITE_CSP_DIRECTIVES } from './src/lib/security-headers.ts';
import { resolveContentDir } from './src/lib/site-env.ts';

const contentDir = resolveContentDir();
/** Skips a build whose inputs and output are as the last successful build left them (first and last integration). */
const inputs = buildInputs(contentDir);

/** The canonical URL from site.yaml (origin and base path); the content guard reports a missing or bad one in Chinese. */
function siteUrl() {
  try {
    const site = parse(fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8'));
    return new URL(site.baseUrl).toString();
  } catch {
    return 'https://example.invalid/';
  }
}

const site = siteUrl();
/** `/`, or the path of a site served under the county portal's domain (`/pafz/`): Astro prefixes its assets with it. */
const base = basePathOf(site);

/** One cache per content directory: entries cached from another county's content must never reach this build. */
const cacheDir = `./node_modules/.astro/content-${crypto.createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`;

export default defineConfig({
  cacheDir,
  site,
  base,
  // Tests build into their own folder so they never overwrite the dist/ a person is serving.
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  trailingSlash: 'always',
  // Four pages in flight at once: while one page's files are written (and its CSP hashes computed on Node's thread
  // pool), the next renders. Same output byte for byte; a cold build at scale 1 rendered in 56 s instead of 86 s.
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    // Cases and stories hold no code: skipping the highlighter saves seconds per thousand Markdown files.
    syntaxHighlight: false,
    // Content is data, never code: the gate refuses (before anything is compiled) every .md/.mdx body the content check
    // refuses, and the sanitizer is a second wall over the rendered tree. Both run for Markdown and MDX alike.
    // Under a base path, contentLinks then puts the base path in front of the site paths staff write in links.
    processor: satteri({ mdastPlugins: [contentGate], hastPlugins: [sanitizeWall, footnotesInChinese, tablesScroll, contentLinks(base)] }),
  },
  // Served as static files by any web server; nothing is fetched from elsewhere at run time.
  // Pages whose getStaticPaths gives a cacheKey (cases, case listings, people, lists, commitments, ledgers) are kept
  // from the previous build when their data, the as-of date where it shows, and code are unchanged: a rebuild after
  // one edit renders a few pages, not all of them.
  experimental: { incrementalBuild: true },
  // Order matters: the guard refuses bad content before anything is touched; the CMS files are written before
  // output-dir removes what this build did not write (so they are not deleted and rewritten on every rebuild), and
  // output-dir before the sitemap lists what is in dist/; precompress runs once every file of dist/ is written, and the
  // build-inputs record after it. The build-inputs check runs first: a build with nothing to do ends there.
  integrations: [
    inputs.check,
    contentGuard(contentDir),
    cmsAdmin(base),
    outputDir(),
    dataStoreFromDisk(),
    mdx(),
    // An MDX file whose text, path, code and settings are those of an earlier build is not compiled again.
    mdxCompileCache(inputs.codeVersion),
    sitemap(),
    searchIndex(contentDir),
    securityHeaders(),
    precompress(),
    inputs.record,
  ],
  // Every page carries a Content-Security-Policy <meta>: scripts and styles only from this origin or by the hash of
  // an inline one (Astro adds the hashes; BaseLayout adds its one inline script's), nothing from elsewhere, no inline
  // style attributes. The search page adds 'wasm-unsafe-eval' for Pagefind. securityHeaders() records the policies
  // in dist/.security-headers.json for the server to send as headers (with frame-ancestors, which <meta> cannot carry).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...SITE_CSP_DIRECTIVES],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // cspDigestCache: Astro hashes the same inline styles and scripts once, not once per page (see the file).
    plugins: [tailwindcss(), cspDigestCache()],
    server: { fs: { allow: ['.', contentDir] } },
    build: {
      // dist/ is emptied by the output-dir integration, and only when it is not this cache's last build: a rebuild
      // then leaves unchanged pages in place instead of deleting them and copying them back.
      emptyOutDir: false,
      rollupOptions: {
        // The MDX entries' compiled modules in one chunk, not one chunk each: at scale 1 (511 MDX cases) bundling took
        // 3.3-4.2 s of every build, rebuilds included, and takes 2.0-2.5 s so (1.0 s with no MDX at all). Which pages
        // render again is still decided per module (Astro's incremental build), and the pages come out the same.
        output: { codeSplitting: { groups: [{ name: 'mdx-content', test: /\.mdx($|\?)/ }] } },
        // MDX content modules carry Astro's head-inject directive; the bundler's note about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
