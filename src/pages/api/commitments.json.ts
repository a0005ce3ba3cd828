// /api/commitments.json: every unit's public commitment per period, with each item's derived status (逾期) as of asOf.
import type { APIRoute } from 'astro';
import { getAsOf, getCommitments, getUnitNamer, jsonResponse, roundRate } from '../../data/accountability.ts';
import { getRoutes, getSite } from '../../data/site.ts';
import { FULFILMENT_RULE, tallyCommitmentItems } from '../../lib/accountability.ts';
import { periodLabel } from '../../lib/periods.ts';
import { deriveItemStatus } from '../../lib/status.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const asOf = getAsOf();
  const unitName = await getUnitNamer();
  const routes = await getRoutes();
  const commitments = (await getCommitments()).map((c) => {
    const tally = tallyCommitmentItems(c.items, asOf);
    return {
      id: c.id,
      url: routes.absoluteUrl(routes.commitmentUrl(c.period, c.unit)),
      period: c.period,
      periodLabel: periodLabel(c.period),
      unit: c.unit,
      unitName: unitName(c.unit),
      title: c.title,
      madeAt: c.madeAt,
      leader: c.leader,
      supervisor: c.supervisor ?? null,
      summary: {
        total: tally.total,
        byStatus: tally.byStatus,
        byDisplayStatus: tally.byLabel,
        fulfilled: tally.fulfilled,
        partial: tally.partial,
        overdue: tally.overdue,
        fulfilmentRate: roundRate(tally.rate),
      },
      items: c.items.map((item, i) => {
        const d = deriveItemStatus(item, asOf);
        return {
          number: i + 1,
          url: routes.absoluteUrl(routes.commitmentItemUrl(c.period, c.unit, i + 1)),
          text: item.text,
          due: item.due,
          status: item.status,
          displayStatus: d.label,
          overdue: d.overdue,
          daysOverdue: d.daysOverdue,
          daysLeft: d.daysLeft ?? null,
          progress: (item.progress ?? []).map((p) => ({ date: p.date, note: p.note, source: p.source ? routes.contentHref(p.source) : null })),
          evidence: item.evidence ? routes.contentHref(item.evidence) : null,
        };
      }),
    };
  });
  return jsonResponse({
    site: site.name,
    asOf,
    fulfilmentRule: FULFILMENT_RULE,
    count: commitments.length,
    commitments,
  });
};
