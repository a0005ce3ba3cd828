// /feed.xml: everything new on the site (cases, honour lists, commitments, rectification), RSS 2.0.
import type { APIRoute } from 'astro';
import { allFeedItems } from '../data/feeds.ts';
import { getRoutes, getSite } from '../data/site.ts';
import { newestItems, renderRss } from '../lib/feed.ts';
import { feedWords } from '../ui/common.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const routes = await getRoutes();
  const xml = renderRss(
    {
      title: feedWords.siteTitle(site.name),
      link: routes.absoluteUrl(routes.home()),
      description: feedWords.siteDescription(site.region),
      selfUrl: routes.absoluteUrl(routes.feedUrl()),
    },
    newestItems(await allFeedItems()),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
