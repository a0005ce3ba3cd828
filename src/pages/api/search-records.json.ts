// /api/search-records.json: the records this site's search index is built from, for a provincial portal's index.
import type { APIRoute } from 'astro';
import { getAsOf } from '../../data/accountability.ts';
import { loadContentCached } from '../../lib/content-cache.ts';
import { buildSearchRecords } from '../../lib/search-records.ts';
import { resolveContentDir } from '../../lib/site-env.ts';

export const GET: APIRoute = async () => {
  const { content } = await loadContentCached(resolveContentDir());
  const records = buildSearchRecords(content, getAsOf());
  // Compact: the file is read by programs, and at scale it is the largest of the open-data files.
  return new Response(JSON.stringify({ version: 1, count: records.length, records }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
