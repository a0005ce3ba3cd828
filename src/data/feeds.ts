// The items of the site's feeds: RSS (cases, honour lists and people, commitments, rectification batches) and Atom
// (the same, with corrections, withdrawals and progress, plus the rectification and per-unit feeds).
import { getCollection } from 'astro:content';
import { newestEntries, renderAtom, type AtomEntry, type AtomFeed } from '../lib/atom.ts';
import type { FeedItem } from '../lib/feed.ts';
import {
  batchEntries,
  caseEntries,
  commitmentEntries,
  personEntries,
  rectificationEventEntries,
  type FeedContext,
} from '../lib/feed-entries.ts';
import { periodLabel } from '../lib/periods.ts';
import { getAsOf, getBatches, getCommitments, getUnitNamer } from './accountability.ts';
import { getAllCases, getPublishedCases } from './cases.ts';
import { getLists, getPeople } from './good-people.ts';
import { getRoutes, getSite, getUnits } from './site.ts';

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

/** The context every Atom entry builder needs: URLs, the site's base URL (for tag: ids) and unit names. */
async function atomContext(): Promise<FeedContext> {
  const [site, routes, unitName] = await Promise.all([getSite(), getRoutes(), getUnitNamer()]);
  return { routes, baseUrl: site.baseUrl, unitName };
}

/** Every case, withdrawn ones included: a withdrawal is news the feed carries. */
export async function caseAtomEntries(unit?: string): Promise<AtomEntry[]> {
  const cases = (await getAllCases()).map((c) => c.data).filter((c) => unit === undefined || c.unit === unit);
  return caseEntries(cases, await atomContext());
}

export async function rectificationAtomEntries(unit?: string): Promise<AtomEntry[]> {
  return rectificationEventEntries(await getBatches(), await atomContext(), unit);
}

/** Everything: cases, honour-list people, commitments (updated by their progress), batches (updated by their events). */
export async function siteAtomEntries(): Promise<AtomEntry[]> {
  const ctx = await atomContext();
  const lists = (await getLists()).map((l) => ({ ...l.data, id: l.id }));
  return [
    ...(await caseAtomEntries()),
    ...personEntries((await getPeople()).map((p) => p.data), lists, ctx),
    ...commitmentEntries(await getCommitments(), ctx),
    ...batchEntries(await getBatches(), ctx),
  ];
}

/** One unit's feed: the cases it published, its commitments, and the progress of the ledger items it answers for. */
export async function unitAtomEntries(unit: string): Promise<AtomEntry[]> {
  const ctx = await atomContext();
  return [
    ...(await caseAtomEntries(unit)),
    ...commitmentEntries((await getCommitments()).filter((c) => c.unit === unit), ctx),
    ...(await rectificationAtomEntries(unit)),
  ];
}

/** The feed's frame: ids and links from routes, the site's organiser as author, titles from the words file. */
export async function atomFeedFrame(selfPath: string, pagePath: string, title: string, subtitle: string): Promise<AtomFeed> {
  const [site, routes] = await Promise.all([getSite(), getRoutes()]);
  return {
    selfUrl: routes.absoluteUrl(selfPath),
    pageUrl: routes.absoluteUrl(pagePath),
    title: `${site.name} ${title}`,
    subtitle,
    author: { name: site.organizer, uri: routes.absoluteUrl(routes.home()) },
    emptyUpdated: getAsOf(),
  };
}

/** The response of an Atom endpoint: the newest 50 entries. */
export function atomResponse(feed: AtomFeed, entries: readonly AtomEntry[]): Response {
  return new Response(renderAtom(feed, newestEntries(entries)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
