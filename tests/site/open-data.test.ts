// Tests on the built sample site's open data: every dataset's JSON and CSV, their record counts against the content
// files, the JSON Schemas, the /api/index.json catalogue, the 数据开放 page and the 下载本页数据 links of list pages.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { loadContent, type SiteContent } from '../../src/lib/load-content.ts';
import { DATASET_IDS, PORTAL_FILES } from '../../src/lib/open-data.ts';
import { openDataWords } from '../../src/ui/open-data.ts';
import { listFiles, readPage } from './dist.ts';

const distDir = inject('distDir');
const contentDir = path.resolve(import.meta.dirname, '../../content');
const ORIGIN = 'https://fzwm.example.gov.cn';

let content: SiteContent;
beforeAll(async () => {
  const loaded = await loadContent(contentDir);
  expect(loaded.issues).toEqual([]);
  content = loaded.content;
});

const read = (name: string) => fs.readFileSync(path.join(distDir, 'api', name), 'utf8');
const json = (name: string) => JSON.parse(read(name)) as Record<string, unknown>;
function csv(name: string): string[][] {
  const parsed = parseCsv(read(name));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
  return parsed.records.map((r) => r.cells);
}
/** The open-data files as published: /api/*.json and *.csv, not their precompressed copies. */
const portalFiles: readonly string[] = Object.values(PORTAL_FILES);
const apiFiles = () =>
  fs.readdirSync(path.join(distDir, 'api')).filter((f) => /\.(json|csv)$/.test(f) && f !== 'index.json' && !portalFiles.includes(f));
/** Content files of a kind, counted on disk rather than through the loader. */
const markdownFiles = (dir: string) => listFiles(path.join(contentDir, dir)).filter((f) => /\.mdx?$/.test(f)).length;
const yamlList = (file: string) => (parseYaml(fs.readFileSync(path.join(contentDir, file), 'utf8')) as unknown[]).length;

function ajv() {
  // strictTypes off: Zod writes a nullable date as type [string, null] with a format, which strictTypes reads as a union.
  return new Ajv2020({ allErrors: true, strict: true, strictTypes: false, formats: { date: /^\d{4}-\d{2}-\d{2}$/, uri: /^https?:\/\/\S+$/ } });
}

describe('every dataset', () => {
  it('has a JSON and a CSV that parse and hold the same number of records; the CSV starts with a BOM', () => {
    for (const id of DATASET_IDS) {
      const doc = json(`${id}.json`);
      const list = (doc['items'] ?? doc['units']) as unknown[];
      expect(doc['count'], id).toBe(list.length);
      expect(read(`${id}.csv`).startsWith('\uFEFF'), id).toBe(true);
      expect(csv(`${id}.csv`).length - 1, id).toBe(list.length);
    }
  });

  it('counts what the content holds: case and person files, list and unit entries, every item and indicator value', () => {
    const count = (id: string) => json(`${id}.json`)['count'];
    expect(count('cases')).toBe(markdownFiles('cases'));
    expect(json('cases.json')['items']).toContainEqual(expect.objectContaining({ status: '已撤回', summary: null }));
    expect(count('people')).toBe(markdownFiles('good-people'));
    expect(count('honour-lists')).toBe(yamlList('good-people/lists.yaml'));
    expect(count('units')).toBe(yamlList('units.yaml'));
    expect(count('commitment-items')).toBe(content.commitments.reduce((n, c) => n + c.items.length, 0));
    expect(count('rectification-items')).toBe(content.rectification.reduce((n, b) => n + b.items.length, 0));
    expect(count('indicator-values')).toBe(content.indicators.reduce((n, i) => n + i.series.length, 0));
  });

  it('writes no formula: a cell starting with = + - @ is led by an apostrophe unless it is a number', () => {
    for (const name of apiFiles().filter((f) => f.endsWith('.csv'))) {
      for (const cell of csv(name).flat()) {
        if (/^[=+\-@\t\r]/.test(cell)) expect(Number.isFinite(Number(cell)), `${name}: ${cell}`).toBe(true);
      }
    }
  });

  it('validates against its JSON Schema, generated from the schemas and published under /api/schema/', () => {
    const jsonFiles = apiFiles().filter((f) => f.endsWith('.json'));
    expect(jsonFiles.length).toBeGreaterThanOrEqual(DATASET_IDS.length);
    for (const name of jsonFiles) {
      const schema = json(`schema/${name}`);
      const validate = ajv().compile(schema);
      expect(validate(json(name)), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });
});

describe('/api/index.json', () => {
  interface Distribution {
    'dcat:downloadURL': string;
    'dcat:mediaType': string;
    'dcat:byteSize': number;
    'dct:conformsTo': string | null;
  }
  const catalogue = () =>
    json('index.json') as {
      '@type': string;
      'dct:license': string | null;
      'dcat:dataset': Array<{ '@type': string; 'dct:identifier': string; 'dct:title': string; 'dct:modified': string; 'dct:license': string | null; 'dcat:distribution': Distribution[] }>;
    };

  it('is a DCAT catalogue listing every file with its true byte size, media type and schema', () => {
    const c = catalogue();
    expect(c['@type']).toBe('dcat:Catalog');
    expect(c['dct:license']).toBe(content.site.dataLicense);
    expect(c['dcat:dataset'].map((d) => d['dct:identifier'])).toEqual([...DATASET_IDS]);
    const distributions = c['dcat:dataset'].flatMap((d) => d['dcat:distribution']);
    const listed = distributions.map((d) => d['dcat:downloadURL'].replace(`${ORIGIN}/api/`, ''));
    expect([...listed].sort()).toEqual(apiFiles().sort());
    for (const d of distributions) {
      const file = path.join(distDir, d['dcat:downloadURL'].replace(ORIGIN, ''));
      expect(d['dcat:byteSize'], file).toBe(fs.statSync(file).size);
      expect(d['dcat:mediaType']).toBe(file.endsWith('.csv') ? 'text/csv' : 'application/json');
      if (file.endsWith('.json')) expect(fs.existsSync(path.join(distDir, d['dct:conformsTo']!.replace(ORIGIN, '')))).toBe(true);
      else expect(d['dct:conformsTo']).toBeNull();
    }
    for (const d of c['dcat:dataset']) {
      expect(d['@type']).toBe('dcat:Dataset');
      expect(d['dct:modified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d['dct:license']).toBe(content.site.dataLicense);
    }
  });
});

describe('/open-data/', () => {
  const html = () => readPage(distDir, '/open-data/');

  it('lists every file with its size, record count and schema, and shows the licence from site.yaml', () => {
    const page = html();
    const rows = [...page.matchAll(/<tr data-file="([^"]+)" data-bytes="(\d+)" data-records="(\d+)"[^>]*>([\s\S]*?)<\/tr>/g)];
    expect(rows.map((m) => m[1]).sort()).toEqual(apiFiles().sort());
    for (const [, name, bytes, records, cells] of rows) {
      expect(Number(bytes), name).toBe(fs.statSync(path.join(distDir, 'api', name!)).size);
      expect(cells).toContain(`href="/api/${name}"`);
      expect(cells).toContain(openDataWords.kilobytes(Number(bytes)));
      expect(cells).toContain(`${records} 条`);
      if (name!.endsWith('.json')) expect(cells).toContain(`href="/api/schema/${name}"`);
    }
    expect(page).toContain(content.site.dataLicense!);
    expect(page).toContain('href="/api/index.json"');
  });

  it('has a field dictionary per dataset: one row per CSV column, with the Chinese column name, meaning and type', () => {
    const page = html();
    for (const id of DATASET_IDS) {
      const table = new RegExp(`<table[^>]*data-dictionary="${id}"[^>]*>([\\s\\S]*?)</table>`).exec(page)![1]!;
      const headers = [...table.matchAll(/<tr data-field="[^"]+"[^>]*>\s*<th[^>]*>[^<]*<\/th>\s*<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
      expect(headers, id).toEqual(csv(`${id}.csv`)[0]);
    }
    // Wide tables scroll inside a focusable, labelled region instead of widening the page.
    expect(page.match(/role="region"[^>]*tabindex="0"/g)?.length).toBe(DATASET_IDS.length * 2);
  });

  it('describes the datasets as schema.org JSON-LD, with < escaped', () => {
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html())![1]!;
    expect(script).not.toContain('<');
    const data = JSON.parse(script) as { '@type': string; dataset: Array<{ '@type': string; name: string; distribution: unknown[] }> };
    expect(data['@type']).toBe('DataCatalog');
    expect(data.dataset.map((d) => d['@type'])).toEqual(DATASET_IDS.map(() => 'Dataset'));
    expect(data.dataset.flatMap((d) => d.distribution)).toHaveLength(apiFiles().length);
  });

  it('names the files a provincial portal reads apart from the datasets, and they are published', () => {
    const section = /<section[^>]*aria-labelledby="portal-files"[\s\S]*?<\/section>/.exec(html())?.[0];
    expect(section).toContain(openDataWords.portalTitle);
    for (const name of portalFiles) {
      expect(section).toContain(`href="/api/${name}"`);
      expect(JSON.parse(read(name))).toHaveProperty('version', 1);
    }
  });

  it('is linked from the footer of every kind of page', () => {
    for (const url of ['/', '/cases/', `/cases/${content.cases[0]!.data.id}/`, '/search/']) {
      expect(readPage(distDir, url), url).toMatch(/<footer[\s\S]*href="\/open-data\/"[\s\S]*<\/footer>/);
    }
  });
});

describe('下载本页数据', () => {
  it('each list page links the JSON and CSV of the data it shows', () => {
    const batch = content.rectification[0]!.id;
    const list = content.lists[0]!.id;
    const period = content.commitments[0]!.id.split('/')[0]!;
    const pages: Record<string, string[]> = {
      '/cases/': ['cases'],
      '/cases/page/2/': ['cases'],
      '/good-people/': ['people', 'honour-lists'],
      [`/good-people/${list}/`]: ['people', 'honour-lists'],
      '/commitments/': ['commitment-items'],
      [`/commitments/${period}/`]: ['commitment-items'],
      '/rectification/': ['rectification-items'],
      [`/rectification/${batch}/`]: ['rectification-items'],
      '/units/': ['units'],
      '/data/': ['indicator-values'],
    };
    for (const [url, datasets] of Object.entries(pages)) {
      const section = /<section[^>]*data-downloads[^>]*>([\s\S]*?)<\/section>/.exec(readPage(distDir, url));
      expect(section, url).not.toBeNull();
      expect(section![1]).toContain('下载本页数据');
      const links = [...section![1]!.matchAll(/href="\/api\/([^"]+)"/g)].map((m) => m[1]);
      expect(links, url).toEqual(datasets.flatMap((id) => [`${id}.csv`, `${id}.json`]));
      for (const link of links) expect(fs.existsSync(path.join(distDir, 'api', link!)), link).toBe(true);
      expect(section![1]).toContain(`href="/open-data/#${datasets[0]}"`);
    }
  });
});
