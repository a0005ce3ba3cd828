// /cases/feed.xml: the newest typical cases (withdrawn cases leave the feed), RSS 2.0.
import type { APIRoute } from 'astro';
import { caseFeedItems } from '../../data/feeds.ts';
import { getRoutes, getSite } from '../../data/site.ts';
import { newestItems, renderRss } from '../../lib/feed.ts';
import { feedWords } from '../../ui/common.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const routes = await getRoutes();
  const xml = renderRss(
    {
      title: feedWords.casesTitle(site.name),
      link: routes.absoluteUrl(routes.caseListingUrl()),
      description: feedWords.casesDescription(site.region),
      selfUrl: routes.absoluteUrl(routes.feedUrl('cases')),
    },
    newestItems(await caseFeedItems()),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
