// Access to the open data for pages and endpoints: the content gathered once per build into every dataset and file
// (each file's size and how to make its text; the text is made when the file is served).
import { getAsOf, getBatches, getCommitments, getIndicators, getUnitList } from './accountability.ts';
import { getAllCases } from './cases.ts';
import { getLists, getPeople } from './good-people.ts';
import { getRoutes, getSite } from './site.ts';
import { buildOpenData, type OpenDataset, type OpenDataSources } from '../lib/open-data.ts';

let sources: Promise<OpenDataSources> | undefined;
let datasets: Promise<OpenDataset[]> | undefined;
// During a build the content is fixed, so the files are planned once and every endpoint and the page share the plan.
const memoize = import.meta.env.PROD;

export function getOpenDataSources(): Promise<OpenDataSources> {
  if (!memoize) sources = undefined;
  sources ??= (async () => ({
    site: await getSite(),
    asOf: getAsOf(),
    routes: await getRoutes(),
    units: await getUnitList(),
    cases: (await getAllCases()).map((c) => c.data),
    lists: (await getLists()).map((l) => l.data),
    people: (await getPeople()).map((p) => p.data),
    commitments: await getCommitments(),
    batches: await getBatches(),
    indicators: await getIndicators(),
  }))();
  return sources;
}

/** Every dataset with its files: their sizes, and their text exactly as served. */
export function getOpenData(): Promise<OpenDataset[]> {
  if (!memoize) datasets = undefined;
  datasets ??= getOpenDataSources().then(buildOpenData);
  return datasets;
}
