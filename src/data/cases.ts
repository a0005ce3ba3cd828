// Access to typical cases for pages: all of them, or the published (not withdrawn) ones newest first.
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareCasesNewestFirst } from '../lib/cases.ts';

export type CaseEntry = CollectionEntry<'cases'>;

export async function getAllCases(): Promise<CaseEntry[]> {
  return (await getCollection('cases')).sort((a, b) => compareCasesNewestFirst(a.data, b.data));
}

/** What lists, feeds and the home page show: withdrawn cases leave them. */
export async function getPublishedCases(): Promise<CaseEntry[]> {
  return (await getAllCases()).filter((c) => !c.data.withdrawn);
}
