// /robots.txt: everything may be crawled; points to the sitemap.
import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site.baseUrl).toString()}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
