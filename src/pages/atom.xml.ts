// /atom.xml: everything on the site, with corrections, withdrawals and progress updating their entries (Atom 1.0).
import type { APIRoute } from 'astro';
import { atomFeedFrame, atomResponse, siteAtomEntries } from '../data/feeds.ts';
import { getRoutes, getSite } from '../data/site.ts';
import { feedsWords as w } from '../ui/feeds.ts';

export const GET: APIRoute = async () => {
  const [site, routes] = await Promise.all([getSite(), getRoutes()]);
  const feed = await atomFeedFrame(routes.atomUrl(), routes.home(), w.siteFeedTitle, w.siteFeedSubtitle(site.region));
  return atomResponse(feed, await siteAtomEntries());
};
