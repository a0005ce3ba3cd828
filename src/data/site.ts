// Access to the site-wide records (site.yaml, units) for layouts and pages.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Site } from '../schemas/site.ts';
import type { Unit } from '../schemas/units.ts';

// Every page asks for these; during a build the content is fixed, so each is read once (the dev server,
// where content changes while it runs, reads them afresh).
let site: Promise<Site> | undefined;
let units: Promise<Map<string, Unit>> | undefined;
let freePages: Promise<Array<CollectionEntry<'pages'>>> | undefined;
const memoize = import.meta.env.PROD;

export function getSite(): Promise<Site> {
  if (!memoize) site = undefined;
  site ??= (async () => {
    const entry = await getEntry('site', 'site');
    if (!entry) throw new Error('site.yaml 未加载');
    return entry.data;
  })();
  return site;
}

export function getUnits(): Promise<Map<string, Unit>> {
  if (!memoize) units = undefined;
  units ??= getCollection('units').then((list) => new Map(list.map((u) => [u.id, u.data])));
  return units;
}

/** The free pages in footer order. */
export function getFreePages(): Promise<Array<CollectionEntry<'pages'>>> {
  if (!memoize) freePages = undefined;
  freePages ??= getCollection('pages').then((pages) => pages.sort((a, b) => (a.data.order ?? 99) - (b.data.order ?? 99)));
  return freePages;
}
