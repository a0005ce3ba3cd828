// /cases/feed.xml: the newest typical cases (withdrawn cases leave the feed), RSS 2.0.
import type { APIRoute } from 'astro';
import { caseFeedItems } from '../../data/feeds.ts';
import { getRoutes, getSite } from '../../data/site.ts';
import { newestItems, renderRss } from '../../lib/feed.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const routes = await getRoutes();
  const xml = renderRss(
    {
      title: `${site.name} 典型案例`,
      link: routes.absoluteUrl(routes.caseListingUrl()),
      description: `${site.region}发布的警示案例、反面典型、正面典型和不文明行为曝光。`,
      selfUrl: routes.absoluteUrl(routes.feedUrl('cases')),
    },
    newestItems(await caseFeedItems()),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
