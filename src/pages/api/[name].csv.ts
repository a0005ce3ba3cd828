// /api/<name>.csv: every open-data CSV file (UTF-8 with BOM, formulas guarded), the same records as its JSON.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { allFiles, type OpenDataFile } from '../../lib/open-data.ts';

export const getStaticPaths = (async () =>
  allFiles(await getOpenData())
    .filter((file) => file.format === 'csv')
    // The file's text is its whole output: kept from the last build while its digest is the same.
    .map((file) => ({ params: { name: file.name.replace(/\.csv$/, '') }, props: { file }, cacheKey: file.digest }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { file: OpenDataFile }).file.text(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
