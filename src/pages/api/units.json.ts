// /api/units.json: every responsible unit with the counts of what it has promised, must rectify and has published.
import type { APIRoute } from 'astro';
import { getAsOf, getBatches, getCommitments, getUnitList, jsonResponse } from '../../data/accountability.ts';
import { getPublishedCases } from '../../data/cases.ts';
import { getRoutes, getSite } from '../../data/site.ts';
import { rollupUnit } from '../../lib/accountability.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const asOf = getAsOf();
  const routes = await getRoutes();
  const sources = {
    commitments: await getCommitments(),
    batches: await getBatches(),
    cases: (await getPublishedCases()).map((c) => c.data),
  };
  const units = (await getUnitList()).map((unit) => {
    const r = rollupUnit(unit.id, sources, asOf);
    return {
      id: unit.id,
      url: routes.absoluteUrl(routes.unitUrl(unit.id)),
      name: unit.name,
      kind: unit.kind,
      aliases: unit.aliases ?? [],
      formerIds: unit.formerIds ?? [],
      phone: unit.phone ?? null,
      counts: {
        commitments: r.commitments.length,
        commitmentItems: r.commitmentTally.total,
        commitmentItemsFulfilled: r.commitmentTally.fulfilled,
        commitmentItemsOverdue: r.commitmentTally.overdue,
        rectificationItems: r.responsible.length,
        rectificationItemsDone: r.responsibleTally.done,
        rectificationItemsOverdue: r.responsibleTally.overdue,
        cooperatingItems: r.cooperating.length,
        cases: r.cases.length,
      },
    };
  });
  return jsonResponse({ site: site.name, asOf, count: units.length, units });
};
