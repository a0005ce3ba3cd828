// /api/summary.json: the county's versioned summary for a provincial portal (tallies, indicators, newest cases).
import type { APIRoute } from 'astro';
import { getAsOf } from '../../data/accountability.ts';
import { loadContentCached } from '../../lib/content-cache.ts';
import { buildCountySummary } from '../../lib/county-summary.ts';
import { resolveContentDir } from '../../lib/site-env.ts';

export const GET: APIRoute = async () => {
  const { content } = await loadContentCached(resolveContentDir());
  return new Response(`${JSON.stringify(buildCountySummary(content, getAsOf()), null, 1)}`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
