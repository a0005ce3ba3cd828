// /robots.txt: everything may be crawled; points to the sitemap. (Under a base path crawlers read the portal's own
// /robots.txt, which should list this sitemap; this file then documents it.)
import type { APIRoute } from 'astro';
import { getRoutes } from '../data/site.ts';

export const GET: APIRoute = async () => {
  const routes = await getRoutes();
  return new Response(`User-agent: *\nAllow: ${routes.base}\n\nSitemap: ${routes.absoluteUrl(routes.sitemapUrl())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
