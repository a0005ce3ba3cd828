// /api/schema/<name>.json: the JSON Schema (draft 2020-12) of each open-data JSON file, generated from its Zod schema.
import { createHash } from 'node:crypto';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../../data/open-data.ts';
import { getRoutes } from '../../../data/site.ts';
import { schemaDocuments } from '../../../lib/open-data.ts';

export const getStaticPaths = (async () =>
  schemaDocuments(await getOpenData(), await getRoutes()).map((doc) => ({
    params: { name: doc.name.replace(/\.json$/, '') },
    props: { body: doc.body },
    // The body is the whole output: kept from the last build while it is the same.
    cacheKey: createHash('sha256').update(doc.body).digest('base64url'),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
