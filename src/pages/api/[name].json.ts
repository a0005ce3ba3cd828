// /api/<name>.json: every open-data JSON file (src/lib/open-data.ts), the same text the 数据开放 page measures.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { allFiles, type OpenDataFile } from '../../lib/open-data.ts';

export const getStaticPaths = (async () =>
  allFiles(await getOpenData())
    .filter((file) => file.format === 'json')
    // The file's text is its whole output: kept from the last build while its digest is the same.
    .map((file) => ({ params: { name: file.name.replace(/\.json$/, '') }, props: { file }, cacheKey: file.digest }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { file: OpenDataFile }).file.text(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
