// /api/<name>.json: every open-data JSON file (src/lib/open-data.ts), the same text the 数据开放 page measures.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { allFiles } from '../../lib/open-data.ts';

export const getStaticPaths = (async () =>
  allFiles(await getOpenData())
    .filter((file) => file.format === 'json')
    .map((file) => ({ params: { name: file.name.replace(/\.json$/, '') }, props: { body: file.body } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
