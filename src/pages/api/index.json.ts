// /api/index.json: the open-data catalogue (DCAT in JSON-LD): every dataset and file with its size, type and schema.
import type { APIRoute } from 'astro';
import { getOpenData, getOpenDataSources } from '../../data/open-data.ts';
import { buildCatalogue, jsonText } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(jsonText(buildCatalogue(await getOpenData(), await getOpenDataSources())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
