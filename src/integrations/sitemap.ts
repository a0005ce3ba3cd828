// Astro integration: writes dist/sitemap.xml from the pages actually built, leaving out redirects, noindex pages and /admin/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteRoutes, type SiteRoutes } from '../lib/routes.ts';

export function sitemap(): AstroIntegration {
  let routes: SiteRoutes | undefined;
  return {
    name: 'sitemap',
    hooks: {
      // The canonical URL as Astro resolved it (`site`, site.yaml's baseUrl, base path included): read once, not per page.
      'astro:config:done': ({ config }) => {
        routes = siteRoutes(config.site ?? 'https://example.invalid/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const urls: string[] = [];
        const { absoluteUrl, sitePath } = routes ?? siteRoutes('https://example.invalid/');
        const visit = (folder: string) => {
          for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
            const full = path.join(folder, entry.name);
            if (entry.isDirectory()) {
              // admin/ is the editing UI (and its config.yml): never a page for readers or crawlers.
              if (entry.name !== 'pagefind' && entry.name !== '_astro' && !(folder === outDir && entry.name === 'admin')) visit(full);
            } else if (entry.name === 'index.html') {
              const head = readHead(full);
              if (/http-equiv="refresh"|name="robots" content="noindex"/.test(head)) continue;
              const rel = path.relative(outDir, folder).split(path.sep).join('/');
              urls.push(absoluteUrl(sitePath(rel ? `/${rel}/` : '/')));
            }
          }
        };
        visit(outDir);
        urls.sort();
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `<url><loc>${u.replace(/&/g, '&amp;')}</loc></url>`).join('\n')}\n</urlset>\n`;
        fs.writeFileSync(path.join(outDir, 'sitemap.xml'), xml);
        logger.info(`sitemap.xml：${urls.length} 个网址。`);
      },
    },
  };
}

/** The first 4 KB of a page: its <head> says whether it is a redirect or noindex, and reading more is waste. */
function readHead(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const bytes = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytes).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}
