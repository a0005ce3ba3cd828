// Access to honour lists (newest first) and the people on them.
import { getCollection, type CollectionEntry } from 'astro:content';
import { GOOD_PERSON_CATEGORIES } from '../schemas/shared.ts';

export type PersonEntry = CollectionEntry<'people'>;
export type ListEntry = CollectionEntry<'lists'>;

export async function getLists(): Promise<ListEntry[]> {
  return (await getCollection('lists')).sort((a, b) => b.data.published.localeCompare(a.data.published) || b.id.localeCompare(a.id));
}

export async function getPeople(): Promise<PersonEntry[]> {
  return (await getCollection('people')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN'));
}

/** The people of one list grouped by the five official categories, in official order (empty groups dropped). */
export function groupByCategory(people: PersonEntry[]) {
  return GOOD_PERSON_CATEGORIES.map((category) => ({ category, people: people.filter((p) => p.data.category === category) })).filter(
    (g) => g.people.length > 0,
  );
}
