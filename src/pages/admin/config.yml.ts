// /admin/config.yml: the editing UI's configuration (Sveltia CMS), generated from the schemas and the site's content.
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { getUnitList } from '../../data/accountability.ts';
import { getLists } from '../../data/good-people.ts';
import { getSite } from '../../data/site.ts';
import { CMS_CONFIG_HEADER, cmsConfig } from '../../lib/cms-config.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const config = cmsConfig({
    baseUrl: site.baseUrl,
    ...(site.cms ? { cms: site.cms } : {}),
    units: (await getUnitList()).map((unit) => ({ id: unit.id, name: unit.name })),
    lists: (await getLists()).map((list) => ({ id: list.data.id, title: list.data.title })),
  });
  return new Response(CMS_CONFIG_HEADER + stringify(config, { lineWidth: 0 }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
