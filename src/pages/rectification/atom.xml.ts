// /rectification/atom.xml: one entry per dated progress note or completion of a ledger item, at its row (Atom 1.0).
import type { APIRoute } from 'astro';
import { atomFeedFrame, atomResponse, rectificationAtomEntries } from '../../data/feeds.ts';
import { getRoutes, getSite } from '../../data/site.ts';
import { feedsWords as w } from '../../ui/feeds.ts';

export const GET: APIRoute = async () => {
  const [site, routes] = await Promise.all([getSite(), getRoutes()]);
  const feed = await atomFeedFrame(
    routes.atomUrl('rectification'),
    routes.pageUrl('rectification'),
    w.rectificationFeedTitle,
    w.rectificationFeedSubtitle(site.region),
  );
  return atomResponse(feed, await rectificationAtomEntries());
};
