// Access to the site-wide records (site.yaml, units) for layouts and pages.
import { getCollection, getEntry } from 'astro:content';
import type { Site } from '../schemas/site.ts';
import type { Unit } from '../schemas/units.ts';

export async function getSite(): Promise<Site> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('site.yaml 未加载');
  return entry.data;
}

export async function getUnits(): Promise<Map<string, Unit>> {
  const units = await getCollection('units');
  return new Map(units.map((u) => [u.id, u.data]));
}
