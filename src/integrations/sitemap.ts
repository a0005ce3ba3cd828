// Astro integration: writes dist/sitemap.xml from the pages actually built, leaving out redirects, noindex pages and /admin/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { distFilesOfBuild } from '../lib/dist-files.ts';
import { pageHeadsOfBuild, urlPathOf } from '../lib/page-heads.ts';
import { siteRoutes, type SiteRoutes } from '../lib/routes.ts';

export function sitemap(): AstroIntegration {
  let routes: SiteRoutes | undefined;
  let cacheFile: string | undefined;
  return {
    name: 'sitemap',
    hooks: {
      // The canonical URL as Astro resolved it (`site`, site.yaml's baseUrl, base path included): read once, not per page.
      'astro:config:done': ({ config }) => {
        routes = siteRoutes(config.site ?? 'https://example.invalid/');
        cacheFile = path.join(fileURLToPath(config.cacheDir), 'fzwm-page-heads.json');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const urls: string[] = [];
        const { absoluteUrl, sitePath } = routes ?? siteRoutes('https://example.invalid/');
        for (const [rel, head] of await pageHeadsOfBuild(dir, cacheFile)) {
          // admin/ is the editing UI (and its config.yml): never a page for readers or crawlers.
          if (!(rel === 'index.html' || rel.endsWith('/index.html')) || rel.startsWith('admin/')) continue;
          if (head.redirect || head.noindex) continue;
          urls.push(absoluteUrl(sitePath(urlPathOf(rel))));
        }
        urls.sort();
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `<url><loc>${u.replace(/&/g, '&amp;')}</loc></url>`).join('\n')}\n</urlset>\n`;
        fs.writeFileSync(path.join(outDir, 'sitemap.xml'), xml);
        (await distFilesOfBuild(dir)).note('sitemap.xml');
        logger.info(`sitemap.xml：${urls.length} 个网址。`);
      },
    },
  };
}
