// Tests of src/lib/open-data.ts on the valid fixture: JSON and CSV hold the same records, every JSON conforms to its
// generated JSON Schema, labels come from the schemas, CSV cells are guarded, the catalogue measures the files.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import type { SiteContent } from '../../src/lib/load-content.ts';
import {
  allFiles,
  buildCatalogue,
  buildOpenData,
  byteSize,
  cellText,
  DATASET_IDS,
  dictionaryFor,
  jsonSchemaOf,
  schemaDocuments,
  type OpenDataset,
  type OpenDataSources,
} from '../../src/lib/open-data.ts';
import { siteRoutes } from '../../src/lib/routes.ts';
import { fieldMeta } from '../../src/schemas/fields.ts';
import { caseSchema } from '../../src/schemas/cases.ts';
import { commitmentItemSchema } from '../../src/schemas/commitments.ts';
import { publishedCaseSchema } from '../../src/schemas/open-data.ts';
import { cleanupContent, makeContent } from './helpers.ts';
import { loadContent } from '../../src/lib/load-content.ts';

const AS_OF = '2026-11-21';
// The fixture's site.yaml baseUrl.
const ORIGIN = 'https://fzwm.test.example';

function sourcesOf(content: SiteContent, asOf: string): OpenDataSources {
  return {
    site: content.site,
    asOf,
    routes: siteRoutes(content.site.baseUrl),
    units: content.units,
    cases: content.cases.map((c) => c.data),
    lists: content.lists,
    people: content.people.map((p) => p.data),
    commitments: content.commitments,
    batches: content.rectification,
    indicators: content.indicators,
  };
}

// strictTypes off: Zod writes a nullable date as type [string, null] with a format, which strictTypes reads as a union.
function ajv() {
  return new Ajv2020({ allErrors: true, strict: true, strictTypes: false, formats: { date: /^\d{4}-\d{2}-\d{2}$/, uri: /^https?:\/\/\S+$/ } });
}

const csvRecords = (body: string) => {
  const parsed = parseCsv(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.records;
};

let content: SiteContent;
let sources: OpenDataSources;
let datasets: OpenDataset[];
beforeAll(async () => {
  const result = await loadContent(makeContent());
  expect(result.issues).toEqual([]);
  content = result.content;
  sources = sourcesOf(content, AS_OF);
  datasets = buildOpenData(sources);
});
afterAll(cleanupContent);

describe('datasets', () => {
  test('every dataset has a JSON and a CSV of the same records, with a BOM, CRLF and one header per dictionary field', () => {
    expect(datasets.map((d) => d.id)).toEqual([...DATASET_IDS]);
    for (const d of datasets) {
      const [json, csv] = d.files;
      expect(json!.name).toBe(`${d.id}.json`);
      expect(csv!.name).toBe(`${d.id}.csv`);
      const doc = JSON.parse(json!.text()) as Record<string, unknown>;
      const list = (doc['items'] ?? doc['units']) as unknown[];
      expect(doc['count']).toBe(list.length);
      expect(csv!.text().startsWith('\uFEFF')).toBe(true);
      expect(csv!.text().endsWith('\r\n')).toBe(true);
      const records = csvRecords(csv!.text());
      expect(records[0]!.cells).toEqual(d.dictionary.map((e) => e.header));
      expect(new Set(records[0]!.cells).size, d.id).toBe(records[0]!.cells.length);
      expect(records.length - 1).toBe(list.length);
      expect(csv!.count).toBe(json!.count);
    }
  });

  test('record counts equal the content: withdrawn cases included, every commitment and rectification item, every indicator value', () => {
    const count = (id: string) => datasets.find((d) => d.id === id)!.files[0]!.count;
    expect(count('cases')).toBe(content.cases.length);
    expect(content.cases.some((c) => c.data.withdrawn)).toBe(true);
    expect(count('people')).toBe(content.people.length);
    expect(count('honour-lists')).toBe(content.lists.length);
    expect(count('commitment-items')).toBe(content.commitments.reduce((n, c) => n + c.items.length, 0));
    expect(count('rectification-items')).toBe(content.rectification.reduce((n, b) => n + b.items.length, 0));
    expect(count('indicator-values')).toBe(content.indicators.reduce((n, i) => n + i.series.length, 0));
    expect(count('units')).toBe(content.units.length);
  });

  test('a withdrawn case is marked 已撤回 and carries no content; the JSON row and the CSV row say the same', () => {
    const cases = datasets.find((d) => d.id === 'cases')!;
    const withdrawn = content.cases.find((c) => c.data.withdrawn)!.data;
    const items = JSON.parse(cases.files[0]!.text()).items as Array<Record<string, unknown>>;
    const row = items.find((i) => i['id'] === withdrawn.id)!;
    expect(row).toMatchObject({ status: '已撤回', summary: null, legalBasis: [], tags: [], withdrawn: withdrawn.withdrawn });
    const csv = csvRecords(cases.files[1]!.text());
    const header = csv[0]!.cells;
    const csvRow = csv.find((r) => r.cells[0] === withdrawn.id)!.cells;
    expect(csvRow[header.indexOf('发布状态')]).toBe('已撤回');
    expect(csvRow[header.indexOf('摘要')]).toBe('');
    expect(csvRow[header.indexOf('撤回信息（原因）')]).toBe(withdrawn.withdrawn!.reason);
    expect(cases.files.map((f) => f.text()).join('')).not.toContain('publicNames');
  });

  test('commitment items carry the as-of date and the derived status', () => {
    const d = datasets.find((x) => x.id === 'commitment-items')!;
    const items = JSON.parse(d.files[0]!.text()).items as Array<Record<string, unknown>>;
    expect(items.every((i) => i['asOf'] === AS_OF)).toBe(true);
    const overdue = items.find((i) => i['overdue'] === true)!;
    expect(overdue['displayStatus']).toBe('逾期');
    expect(overdue['daysOverdue']).toBeGreaterThan(0);
  });
});

describe('schemas', () => {
  test('every JSON file validates against the JSON Schema generated for it', () => {
    const routes = siteRoutes(content.site.baseUrl);
    const schemas = new Map(schemaDocuments(datasets, routes).map((s) => [s.name, JSON.parse(s.body) as Record<string, unknown>]));
    const jsonFiles = allFiles(datasets).filter((f) => f.format === 'json');
    expect([...schemas.keys()].sort()).toEqual(jsonFiles.map((f) => f.name).sort());
    for (const file of jsonFiles) {
      const schema = schemas.get(file.name)!;
      expect(schema['$id']).toBe(`${ORIGIN}/api/schema/${file.name}`);
      const validate = ajv().compile(schema);
      expect(validate(JSON.parse(file.text())), `${file.name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  test('a file that breaks its schema is refused by the validator (the schemas do check)', () => {
    const cases = allFiles(datasets).find((f) => f.name === 'cases.json')!;
    const validate = ajv().compile(jsonSchemaOf(cases.schema!, 'https://example.org/s.json', 'cases'));
    const doc = JSON.parse(cases.text());
    doc.items[0].status = '已删除';
    doc.items[1].published = '2026/01/01';
    delete doc.items[2].url;
    expect(validate(doc)).toBe(false);
    expect([...new Set(validate.errors!.map((e) => e.instancePath))].sort()).toEqual(['/items/0/status', '/items/1/published', '/items/2']);
  });

  test('labels come from the content schemas: one source for the form, the error messages and the dictionary', () => {
    const dictionary = dictionaryFor('cases');
    const header = (key: string) => dictionary.find((e) => e.key === key)!.header;
    expect(header('changes')).toBe(fieldMeta(caseSchema.shape.changes).label);
    expect(header('legalBasis')).toBe('法律依据');
    expect(header('withdrawn.reason')).toBe('撤回信息（原因）');
    expect(dictionaryFor('commitment-items').find((e) => e.key === 'text')!.header).toBe(fieldMeta(commitmentItemSchema.shape.text).label);
    expect(Object.keys(publishedCaseSchema.shape)).not.toContain('publicNames');
    // Derived values are marked, and typed in Chinese.
    const overdue = dictionaryFor('commitment-items').find((e) => e.key === 'overdue')!;
    expect(overdue).toMatchObject({ header: '是否逾期', derived: true, type: '是/否（JSON 中为 true/false）' });
    expect(dictionaryFor('cases').find((e) => e.key === 'withdrawn.date')!.type).toBe('日期（YYYY-MM-DD），可为空');
    expect(dictionaryFor('units').find((e) => e.key === 'counts.cases')!.header).toBe('案例数');
  });
});

describe('CSV cells', () => {
  test('null is empty, booleans are 是/否, lists join with “；”, entries one a line', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('是');
    expect(cellText(false)).toBe('否');
    expect(cellText(-3.5)).toBe('-3.5');
    expect(cellText(['a', 'b'])).toBe('a；b');
    expect(cellText([{ date: '2026-01-02', note: '甲；乙', source: null }, { date: null, note: '丙' }])).toBe('2026-01-02 甲；乙\n丙');
  });

  test('a cell that starts like a formula is guarded with an apostrophe; a negative number is not', async () => {
    const result = await loadContent(
      makeContent({
        'indicators.yaml': (t) => t.replace(/name: (\S+)/, 'name: "=HYPERLINK(\\"http://x\\")"'),
        'units.yaml': (t) => t.replace(/name: (\S+)/, 'name: "+$1"'),
      }),
    );
    expect(result.issues).toEqual([]);
    const out = buildOpenData(sourcesOf(result.content, AS_OF));
    const csv = (id: string) => csvRecords(out.find((d) => d.id === id)!.files[1]!.text()).map((r) => r.cells);
    const values = csv('indicator-values');
    const nameAt = values[0]!.indexOf('名称');
    expect(values[1]![nameAt]).toBe(`'=HYPERLINK("http://x")`);
    const units = csv('units');
    expect(units[1]![units[0]!.indexOf('名称')]).toMatch(/^'\+/);
    for (const rows of [values, units]) {
      for (const cell of rows.flat()) if (/^[=+@\t\r-]/.test(cell)) expect(Number.isFinite(Number(cell)), cell).toBe(true);
    }
  });
});

describe('catalogue', () => {
  test('lists every dataset and file with its byte size, media type, schema and licence', () => {
    const catalogue = buildCatalogue(datasets, sources) as {
      'dct:license': string | null;
      'dcat:dataset': Array<{ 'dct:identifier': string; 'dct:modified': string; 'dcat:distribution': Array<Record<string, unknown>> }>;
    };
    expect(catalogue['dct:license']).toBe(content.site.dataLicense ?? null);
    expect(catalogue['dcat:dataset'].map((d) => d['dct:identifier'])).toEqual([...DATASET_IDS]);
    const distributions = catalogue['dcat:dataset'].flatMap((d) => d['dcat:distribution']);
    const files = allFiles(datasets);
    expect(distributions.map((d) => d['dcat:downloadURL'])).toEqual(files.map((f) => `${ORIGIN}/api/${f.name}`));
    for (const [i, file] of files.entries()) {
      expect(distributions[i]!['dcat:byteSize']).toBe(Buffer.from(file.text(), 'utf8').length);
      expect(file.bytes).toBe(byteSize(file.text()));
      expect(distributions[i]!['dcat:mediaType']).toBe(file.format === 'json' ? 'application/json' : 'text/csv');
      expect(distributions[i]!['dct:conformsTo']).toBe(file.format === 'json' ? `${ORIGIN}/api/schema/${file.name}` : null);
    }
    for (const d of catalogue['dcat:dataset']) expect(d['dct:modified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('the same content gives the same files, byte for byte (no build timestamps)', () => {
    const again = buildOpenData(sources);
    expect(allFiles(again).map((f) => f.text())).toEqual(allFiles(datasets).map((f) => f.text()));
  });

  test('a file made again is the same text, and its planned size is that text’s', () => {
    for (const file of allFiles(datasets)) {
      const first = file.text();
      expect(file.text(), file.name).toBe(first);
      expect(file.bytes, file.name).toBe(Buffer.byteLength(first, 'utf8'));
      expect(file.bytes, file.name).toBeGreaterThan(0);
    }
  });
});
