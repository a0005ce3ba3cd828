// /api/indicators.json: every indicator's series oldest first, with its target, direction and whether the latest value meets it.
import type { APIRoute } from 'astro';
import { getAsOf, getIndicators, jsonResponse } from '../../data/accountability.ts';
import { getRoutes, getSite } from '../../data/site.ts';
import { meetsTarget, sortSeries, summarizeIndicator } from '../../lib/accountability.ts';
import { periodLabel } from '../../lib/periods.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const routes = await getRoutes();
  const indicators = (await getIndicators()).map((ind) => {
    const s = summarizeIndicator(ind);
    return {
      id: ind.id,
      url: routes.absoluteUrl(routes.indicatorUrl(ind.id)),
      name: ind.name,
      unit: ind.unit,
      target: ind.target ?? null,
      higherIsBetter: ind.higherIsBetter,
      source: ind.source,
      series: sortSeries(ind.series).map((p) => ({
        period: p.period,
        periodLabel: periodLabel(p.period),
        value: p.value,
        rank: p.rank ?? null,
        targetMet: meetsTarget(p.value, ind.target, ind.higherIsBetter) ?? null,
      })),
      latest: { period: s.latest.period, value: s.latest.value, rank: s.latest.rank ?? null },
      change: s.change ?? null,
      targetMet: s.targetMet ?? null,
    };
  });
  return jsonResponse({ site: site.name, asOf: getAsOf(), count: indicators.length, indicators });
};
