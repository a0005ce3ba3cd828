// /cases/atom.xml: the typical cases; a correction or a withdrawal updates its entry and opens its content (Atom 1.0).
import type { APIRoute } from 'astro';
import { atomFeedFrame, atomResponse, caseAtomEntries } from '../../data/feeds.ts';
import { getRoutes, getSite } from '../../data/site.ts';
import { feedsWords as w } from '../../ui/feeds.ts';

export const GET: APIRoute = async () => {
  const [site, routes] = await Promise.all([getSite(), getRoutes()]);
  const feed = await atomFeedFrame(routes.atomUrl('cases'), routes.caseListingUrl(), w.casesFeedTitle, w.casesFeedSubtitle(site.region));
  return atomResponse(feed, await caseAtomEntries());
};
