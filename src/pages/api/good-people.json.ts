// /api/good-people.json: the honour lists and every honoured person, with their page URLs.
import type { APIRoute } from 'astro';
import { getLists, getPeople } from '../../data/good-people.ts';
import { getRoutes, getSite } from '../../data/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const routes = await getRoutes();
  const lists = (await getLists()).map(({ data }) => ({
    id: data.id,
    url: routes.absoluteUrl(routes.honourListUrl(data.id)),
    title: data.title,
    issuer: data.issuer,
    published: data.published,
    aliases: data.aliases ?? [],
  }));
  const people = (await getPeople()).map(({ data }) => ({
    id: data.id,
    url: routes.absoluteUrl(routes.personUrl(data.list, data.id)),
    name: data.name,
    list: data.list,
    category: data.category,
    headline: data.headline,
    township: data.township,
    identity: data.identity ?? null,
    gender: data.gender ?? null,
    birthYear: data.birthYear ?? null,
    ethnicity: data.ethnicity ?? null,
    hasPhoto: Boolean(data.photo),
    aliases: data.aliases ?? [],
  }));
  return new Response(JSON.stringify({ site: site.name, lists, people }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
