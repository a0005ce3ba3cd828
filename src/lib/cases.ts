// Pure functions over typical cases: ordering, updated dates, facets, related cases and citation text.
import type { CaseData } from '../schemas/cases.ts';
import { CASE_TYPES } from '../schemas/shared.ts';
import { dateWords, facetWords } from '../ui/format.ts';
import { formatDate } from './format.ts';

export const CASES_PER_PAGE = 20;

/** The page's "updated" date: the latest change note, if any. */
export function caseUpdated(data: Pick<CaseData, 'changes'>): string | undefined {
  return data.changes?.map((c) => c.date).sort().at(-1);
}

/** Newest first; same day: higher case number first. */
export function compareCasesNewestFirst(a: Pick<CaseData, 'published' | 'id'>, b: Pick<CaseData, 'published' | 'id'>): number {
  return b.published.localeCompare(a.published) || b.id.localeCompare(a.id);
}

export const caseYear = (data: Pick<CaseData, 'published'>): string => data.published.slice(0, 4);

export type FacetKind = 'type' | 'category' | 'unit' | 'year';
export const FACET_LABELS: Record<FacetKind, string> = facetWords.labels;

export interface FacetValue {
  kind: FacetKind;
  /** The value as it appears in the URL segment (before encoding). */
  value: string;
  label: string;
  count: number;
}

/** Every facet value with its count, in a stable reading order (types in official order, years newest first). */
export function caseFacets(cases: readonly CaseData[], unitName: (id: string) => string): Record<FacetKind, FacetValue[]> {
  const count = (kind: FacetKind, pick: (c: CaseData) => string, label: (v: string) => string = (v) => v) => {
    const counts = new Map<string, number>();
    for (const c of cases) counts.set(pick(c), (counts.get(pick(c)) ?? 0) + 1);
    return [...counts].map(([value, n]) => ({ kind, value, label: label(value), count: n }));
  };
  const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN');
  return {
    type: count('type', (c) => c.type).sort((a, b) => CASE_TYPES.indexOf(a.value as never) - CASE_TYPES.indexOf(b.value as never)),
    category: count('category', (c) => c.category).sort(byCount),
    unit: count('unit', (c) => c.unit, unitName).sort(byCount),
    year: count('year', caseYear, (y) => dateWords.year(y)).sort((a, b) => b.value.localeCompare(a.value)),
  };
}

export function matchesFacet(data: CaseData, kind: FacetKind, value: string): boolean {
  if (kind === 'type') return data.type === value;
  if (kind === 'category') return data.category === value;
  if (kind === 'unit') return data.unit === value;
  return caseYear(data) === value;
}

/**
 * Related cases for every case at once: same category, same type first, then newest; withdrawn cases excluded.
 * Grouping by category keeps this linear in the number of cases times a category's size, not quadratic.
 */
export function relatedCasesIndex<T extends { data: CaseData }>(all: readonly T[], limit = 4): Map<string, T[]> {
  const byCategory = new Map<string, T[]>();
  for (const entry of all) {
    if (entry.data.withdrawn) continue;
    const group = byCategory.get(entry.data.category);
    if (group) group.push(entry);
    else byCategory.set(entry.data.category, [entry]);
  }
  for (const group of byCategory.values()) group.sort((a, b) => compareCasesNewestFirst(a.data, b.data));
  const related = new Map<string, T[]>();
  for (const entry of all) {
    if (entry.data.withdrawn) {
      related.set(entry.data.id, []);
      continue;
    }
    const group = byCategory.get(entry.data.category) ?? [];
    const sameType: T[] = [];
    const otherType: T[] = [];
    for (const candidate of group) {
      if (candidate.data.id === entry.data.id) continue;
      (candidate.data.type === entry.data.type ? sameType : otherType).push(candidate);
      if (sameType.length >= limit) break;
    }
    related.set(entry.data.id, [...sameType, ...otherType].slice(0, limit));
  }
  return related;
}

/** The text media paste when they cite a case (引用本文). */
export function caseCitation(data: CaseData, unitName: string, siteName: string, url: string): string {
  const updated = caseUpdated(data);
  return facetWords.citation({
    unit: unitName,
    title: data.title,
    id: data.id,
    site: siteName,
    published: formatDate(data.published),
    updated: updated ? formatDate(updated) : undefined,
    url,
  });
}
