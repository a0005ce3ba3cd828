// /api/rectification.json: every rectification batch and item, with each item's derived status (逾期) as of asOf.
import type { APIRoute } from 'astro';
import { getAsOf, getBatches, getUnitNamer, jsonResponse, roundRate } from '../../data/accountability.ts';
import { getRoutes, getSite } from '../../data/site.ts';
import { COMPLETION_RULE, tallyRectificationItems } from '../../lib/accountability.ts';
import { deriveItemStatus } from '../../lib/status.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const asOf = getAsOf();
  const unitName = await getUnitNamer();
  const routes = await getRoutes();
  const batches = (await getBatches()).map((b) => {
    const tally = tallyRectificationItems(b.items, asOf);
    return {
      id: b.id,
      url: routes.absoluteUrl(routes.ledgerUrl(b.id)),
      csvUrl: routes.absoluteUrl(routes.ledgerCsvUrl(b.id)),
      title: b.title,
      source: b.source,
      foundAt: b.foundAt,
      description: b.description ?? null,
      summary: {
        total: tally.total,
        byStatus: tally.byStatus,
        byDisplayStatus: tally.byLabel,
        done: tally.done,
        longTerm: tally.longTerm,
        overdue: tally.overdue,
        completionRate: roundRate(tally.rate),
      },
      items: b.items.map((item) => {
        const d = deriveItemStatus(item, asOf);
        return {
          number: item.number,
          url: routes.absoluteUrl(routes.ledgerItemUrl(b.id, item.number)),
          problem: item.problem,
          unit: item.unit,
          unitName: unitName(item.unit),
          coUnits: item.coUnits ?? [],
          coUnitNames: (item.coUnits ?? []).map(unitName),
          measures: item.measures,
          due: item.due,
          status: item.status,
          completedAt: item.completedAt ?? null,
          displayStatus: d.label,
          overdue: d.overdue,
          daysOverdue: d.daysOverdue,
          daysLeft: d.daysLeft ?? null,
          progress: (item.progress ?? []).map((p) => ({ date: p.date ?? null, note: p.note })),
          remark: item.remark ?? null,
        };
      }),
    };
  });
  return jsonResponse({ site: site.name, asOf, completionRule: COMPLETION_RULE, count: batches.length, batches });
};
