// /api/summary.json: the county's versioned summary for a provincial portal (tallies, indicators, newest cases).
import type { APIRoute } from 'astro';
import { getAsOf, jsonResponse } from '../../data/accountability.ts';
import { loadContentCached } from '../../lib/content-cache.ts';
import { buildCountySummary } from '../../lib/county-summary.ts';
import { resolveContentDir } from '../../lib/site-env.ts';

export const GET: APIRoute = async () => {
  const { content } = await loadContentCached(resolveContentDir());
  return jsonResponse(buildCountySummary(content, getAsOf()));
};
