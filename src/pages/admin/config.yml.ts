// /admin/config.yml: the editing UI's configuration (Sveltia CMS), generated from the schemas and the site's content.
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { getUnitList } from '../../data/accountability.ts';
import { getLists } from '../../data/good-people.ts';
import { getSite } from '../../data/site.ts';
import { cmsConfig } from '../../lib/cms-config.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const config = cmsConfig({
    baseUrl: site.baseUrl,
    ...(site.cms ? { cms: site.cms } : {}),
    units: (await getUnitList()).map((unit) => ({ id: unit.id, name: unit.name })),
    lists: (await getLists()).map((list) => ({ id: list.data.id, title: list.data.title })),
  });
  const header = '# 由网站根据内容规则自动生成，请勿手工修改：字段和说明来自 src/schemas/*.ts，连接设置来自 site.yaml 的 cms。\n';
  return new Response(header + stringify(config, { lineWidth: 0 }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
