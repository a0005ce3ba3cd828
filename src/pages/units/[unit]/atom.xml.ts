// /units/<unit>/atom.xml: one unit's feed (a journalist follows one police station): its cases, its commitments and the
// progress of the ledger items it is responsible for (Atom 1.0).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAsOf, getUnitList } from '../../../data/accountability.ts';
import { atomFeedFrame, atomResponse, unitAtomEntries } from '../../../data/feeds.ts';
import { getRoutes, withCacheKeys } from '../../../data/site.ts';
import { getUnitInputDigests } from '../../../data/unit-inputs.ts';
import type { Unit } from '../../../schemas/units.ts';
import { feedsWords as w } from '../../../ui/feeds.ts';

// Re-made when the unit's own records (getUnitInputDigests), the shell or the as-of date (an empty feed's date) change.
export const getStaticPaths = (async () => {
  const inputs = await getUnitInputDigests();
  const paths = (await getUnitList()).map((unit) => ({ params: { unit: unit.id }, props: { unit } }));
  return withCacheKeys(paths, (path: (typeof paths)[number]) => [getAsOf(), inputs.get(path.props.unit.id)]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: Unit }> = async ({ props }) => {
  const { unit } = props;
  const routes = await getRoutes();
  const feed = await atomFeedFrame(routes.unitAtomUrl(unit.id), routes.unitUrl(unit.id), w.unitFeedTitle(unit.name), w.unitFeedSubtitle(unit.name));
  return atomResponse(feed, await unitAtomEntries(unit.id));
};
