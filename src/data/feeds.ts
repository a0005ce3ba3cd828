// The items of the site's feeds: cases, honour lists and people, commitments and rectification batches.
import { getCollection } from 'astro:content';
import type { FeedItem } from '../lib/feed.ts';
import { periodLabel } from '../lib/periods.ts';
import { getPublishedCases } from './cases.ts';
import { getLists, getPeople } from './good-people.ts';
import { getRoutes, getUnits } from './site.ts';

export async function caseFeedItems(): Promise<FeedItem[]> {
  const routes = await getRoutes();
  const units = await getUnits();
  return (await getPublishedCases()).map((c) => ({
    title: `${c.data.title}（${c.data.type}）`,
    url: routes.absoluteUrl(routes.caseUrl(c.data.id)),
    date: c.data.published,
    description: c.data.summary,
    category: `${c.data.category} · ${units.get(c.data.unit)?.name ?? c.data.unit}`,
  }));
}

/** Everything new on the site, for /feed.xml. */
export async function allFeedItems(): Promise<FeedItem[]> {
  const routes = await getRoutes();
  const units = await getUnits();
  const lists = await getLists();
  const listTitles = new Map(lists.map((l) => [l.id, l.data]));
  const people = (await getPeople()).map((p) => {
    const list = listTitles.get(p.data.list)!;
    return { title: `${p.data.name}：${p.data.headline}`, url: routes.absoluteUrl(routes.personUrl(p.data.list, p.data.id)), date: list.published, description: `入选${list.title}（${p.data.category}）。${p.data.township}${p.data.identity ? `，${p.data.identity}` : ''}。`, category: '好人榜' };
  });
  const commitments = (await getCollection('commitments')).map((c) => ({
    title: `${units.get(c.data.unit)?.name ?? c.data.unit}：${c.data.title}`,
    url: routes.absoluteUrl(routes.commitmentUrl(c.data.period, c.data.unit)),
    date: c.data.madeAt,
    description: `${periodLabel(c.data.period)}公开承诺，共 ${c.data.items.length} 项，责任领导${c.data.leader}。`,
    category: '公开承诺',
  }));
  const batches = (await getCollection('rectification')).map((b) => ({
    title: b.data.title,
    url: routes.absoluteUrl(routes.ledgerUrl(b.id)),
    date: b.data.foundAt,
    description: `${b.data.source}发现问题 ${b.data.items.length} 个，整改台账逐项公开。${b.data.description ?? ''}`,
    category: '整改进展',
  }));
  return [...(await caseFeedItems()), ...people, ...commitments, ...batches];
}
