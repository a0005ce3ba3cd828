// /api/cases.json: every case, withdrawn ones included and marked (their content is not republished).
import type { APIRoute } from 'astro';
import { getAllCases } from '../../data/cases.ts';
import { getRoutes, getSite, getUnits } from '../../data/site.ts';
import { caseUpdated } from '../../lib/cases.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const units = await getUnits();
  const routes = await getRoutes();
  const items = (await getAllCases()).map(({ data }) => {
    const withdrawn = data.withdrawn ?? null;
    return {
      id: data.id,
      url: routes.absoluteUrl(routes.caseUrl(data.id)),
      title: data.title,
      type: data.type,
      category: data.category,
      unit: data.unit,
      unitName: units.get(data.unit)?.name ?? data.unit,
      published: data.published,
      updated: caseUpdated(data) ?? null,
      summary: withdrawn ? null : data.summary,
      legalBasis: withdrawn ? [] : (data.legalBasis ?? []),
      tags: withdrawn ? [] : (data.tags ?? []),
      changes: data.changes ?? [],
      withdrawn,
      aliases: data.aliases ?? [],
    };
  });
  return new Response(JSON.stringify({ site: site.name, count: items.length, items }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
