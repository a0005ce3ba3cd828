// /feed.xml: everything new on the site (cases, honour lists, commitments, rectification), RSS 2.0.
import type { APIRoute } from 'astro';
import { allFeedItems } from '../data/feeds.ts';
import { getRoutes, getSite } from '../data/site.ts';
import { newestItems, renderRss } from '../lib/feed.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const routes = await getRoutes();
  const xml = renderRss(
    {
      title: `${site.name} 最新发布`,
      link: routes.absoluteUrl(routes.home()),
      description: `${site.region}公开承诺、典型案例、好人榜和整改进展的最新发布。`,
      selfUrl: routes.absoluteUrl(routes.feedUrl()),
    },
    newestItems(await allFeedItems()),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
