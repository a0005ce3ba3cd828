// Builds every static page of the case listing: all cases, and each facet value, paginated.
import { CASES_PER_PAGE, caseFacets, matchesFacet, type FacetKind } from '../lib/cases.ts';
import type { CaseData } from '../schemas/cases.ts';
import { facetWords } from '../ui/format.ts';
import { getPublishedCases } from './cases.ts';
import { getUnits } from './site.ts';

// A type, not an interface: Astro's page props must be assignable to Record<string, unknown>.
export type CaseListingProps = {
  title: string;
  cases: CaseData[];
  total: number;
  page: number;
  lastPage: number;
  facets: ReturnType<typeof caseFacets>;
  active?: { kind: FacetKind; value: string };
  unitNames: Record<string, string>;
};

export async function caseListingContext() {
  const cases = (await getPublishedCases()).map((c) => c.data);
  const units = await getUnits();
  const unitNames = Object.fromEntries([...units].map(([id, u]) => [id, u.name]));
  const facets = caseFacets(cases, (id) => unitNames[id] ?? id);
  return { cases, unitNames, facets };
}

/** Splits a list of cases into listing pages. */
export function paginateCases(
  all: CaseData[],
  base: Omit<CaseListingProps, 'cases' | 'total' | 'page' | 'lastPage'>,
): CaseListingProps[] {
  const lastPage = Math.max(1, Math.ceil(all.length / CASES_PER_PAGE));
  return Array.from({ length: lastPage }, (_, i) => ({
    ...base,
    cases: all.slice(i * CASES_PER_PAGE, (i + 1) * CASES_PER_PAGE),
    total: all.length,
    page: i + 1,
    lastPage,
  }));
}

export async function facetListingPages() {
  const { cases, unitNames, facets } = await caseListingContext();
  return (Object.keys(facets) as FacetKind[]).flatMap((kind) =>
    facets[kind].flatMap((f) =>
      paginateCases(
        cases.filter((c) => matchesFacet(c, kind, f.value)),
        { title: facetTitle(kind, f.label), facets, active: { kind, value: f.value }, unitNames },
      ).map((props) => ({ params: { facet: kind, value: f.value, page: props.page === 1 ? undefined : String(props.page) }, props })),
    ),
  );
}

function facetTitle(kind: FacetKind, label: string): string {
  if (kind === 'type') return facetWords.typeTitle(label);
  if (kind === 'category') return facetWords.categoryTitle(label);
  return facetWords.unitTitle(label);
}
