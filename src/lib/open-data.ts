// Every open-data dataset described once: its files, the records that its JSON and CSV both serialise (so they never
// disagree), its columns with Chinese labels from the published schemas, its JSON Schema and its catalogue entry.
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import {
  casesFileSchema,
  commitmentsFileSchema,
  goodPeopleFileSchema,
  indicatorsFileSchema,
  publishedCaseSchema,
  publishedCommitmentItemSchema,
  publishedHonourListSchema,
  publishedIndicatorValueSchema,
  publishedPersonSchema,
  publishedRectificationItemSchema,
  publishedUnitSchema,
  recordsFileSchema,
  rectificationFileSchema,
  unitsFileSchema,
} from '../schemas/open-data.ts';
import type { CaseData } from '../schemas/cases.ts';
import type { CommitmentItem } from '../schemas/commitments.ts';
import type { GoodPersonData, HonourList } from '../schemas/good-people.ts';
import type { Indicator } from '../schemas/indicators.ts';
import type { RectificationItem } from '../schemas/rectification.ts';
import type { Unit } from '../schemas/units.ts';
import { openDataWords } from '../ui/open-data.ts';
import {
  allLedgersCsv,
  COMPLETION_RULE,
  FULFILMENT_RULE,
  meetsTarget,
  rollupUnit,
  sortSeries,
  summarizeIndicator,
  tallyCommitmentItems,
  tallyRectificationItems,
} from './accountability.ts';
import { caseUpdated } from './cases.ts';
import { publishedCsvLine } from './csv.ts';
import { periodLabel, periodRange } from './periods.ts';
import type { SiteRoutes } from './routes.ts';
import { deriveItemStatus } from './status.ts';

/** What the open data is built from: the validated content, in display order, and the site's URLs and as-of date. */
export interface OpenDataSources {
  site: { name: string; organizer: string; dataLicense?: string | undefined };
  asOf: string;
  routes: SiteRoutes;
  /** In the order of units.yaml. */
  units: readonly Unit[];
  /** Every case, withdrawn ones included, newest first. */
  cases: readonly CaseData[];
  /** Newest first. */
  lists: readonly HonourList[];
  /** The photo is whatever the collection made of it: only whether there is one is published. */
  people: ReadonlyArray<Omit<GoodPersonData, 'photo'> & { photo?: unknown }>;
  /** Newest period first, then in the order of units.yaml. */
  commitments: ReadonlyArray<{
    id: string;
    period: string;
    unit: string;
    title: string;
    madeAt: string;
    leader: string;
    supervisor?: string | undefined;
    items: readonly CommitmentItem[];
  }>;
  /** Newest first, items in 序号 order. */
  batches: ReadonlyArray<{
    id: string;
    title: string;
    source: z.infer<typeof publishedRectificationItemSchema>['source'];
    foundAt: string;
    description?: string | undefined;
    items: readonly RectificationItem[];
  }>;
  /** In the order of indicators.yaml. */
  indicators: readonly Indicator[];
}

export type DatasetId = keyof typeof openDataWords.datasets;
export type FileFormat = 'json' | 'csv';

/** One published file: where it is, what it holds, and its exact text (sizes and the catalogue are measured on it). */
export interface OpenDataFile {
  /** File name under /api/, e.g. `cases.json`. */
  name: string;
  format: FileFormat;
  /**
   * The text served, byte for byte, made anew on each call: a build keeps each file's size, not its text, which
   * holds every record of the county again (a quarter of a gigabyte at 50,000 cases).
   */
  text: () => string;
  /** The text's size in UTF-8 bytes, measured when the file was planned. */
  bytes: number;
  /**
   * A SHA-256 of the text (base64url), taken when the file was planned: the endpoint's incremental-build cache key, so
   * a rebuild keeps the file of the last build while its text would be the same, and makes it anew otherwise.
   */
  digest: string;
  /** Records in the file's main list. */
  count: number;
  /** The JSON Schema's file name under /api/schema/ (JSON files only). */
  schemaName?: string;
  /** The Zod schema the JSON conforms to (JSON files only). */
  schema?: z.ZodType;
  /** For a file besides the dataset's JSON + CSV pair: what it is. */
  note?: string;
}

/** One entry of the data dictionary: a JSON field and its CSV column. */
export interface DictionaryEntry {
  /** JSON field, a dotted path for a nested one (`withdrawn.date`). */
  key: string;
  /** CSV header. */
  header: string;
  meaning: string;
  type: string;
  /** Derived by the site, never written in the content. */
  derived: boolean;
}

export interface OpenDataset {
  id: DatasetId;
  title: string;
  description: string;
  /** The newest date in the dataset's content; the as-of date for a dataset with derived statuses. */
  modified: string;
  dictionary: DictionaryEntry[];
  /** The JSON and CSV of the records first, then any other file of the same data. */
  files: OpenDataFile[];
}

const MEDIA_TYPES: Record<FileFormat, string> = { json: 'application/json', csv: 'text/csv' };
export const mediaType = (format: FileFormat): string => MEDIA_TYPES[format];

/** Bytes of a file as served (UTF-8; a CSV's BOM counts 3). */
export const byteSize = (body: string): number => Buffer.byteLength(body, 'utf8');

/** Every open-data JSON is written the same way: stable key order, one-space indent, no build timestamps. */
export const jsonText = (value: unknown): string => JSON.stringify(value, null, 1);

/** A rate rounded to 4 decimals (0.3333), or null with no items. */
export const roundRate = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 10_000) / 10_000);

// ---- Schemas → JSON Schema and dictionary ----

type JsonSchemaNode = Record<string, unknown> & {
  type?: string | string[];
  anyOf?: JsonSchemaNode[];
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  enum?: unknown[];
};

/** The JSON Schema with the schemas' own metadata kept (label, hint, derived, dateOnly): what the dictionary reads. */
function rawJsonSchema(schema: z.ZodType): JsonSchemaNode {
  return z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchemaNode;
}

/** The published JSON Schema (draft 2020-12): label → title, hint → description, a date-only string → format date. */
export function jsonSchemaOf(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  const out = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      const node = jsonSchema as Record<string, unknown>;
      if (typeof node['label'] === 'string' && node['label']) node['title'] = node['label'];
      if (typeof node['hint'] === 'string' && node['hint']) node['description'] = node['hint'];
      if (node['dateOnly'] === true) node['format'] = 'date';
      for (const key of ['label', 'hint', 'dateOnly', 'derived', 'deadline']) delete node[key];
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = out;
  return { $schema, $id: id, ...rest, title };
}

/** A node below its nullable wrapper: `anyOf: [x, null]` or `type: [x, 'null']`. */
function unwrapNull(node: JsonSchemaNode): { node: JsonSchemaNode; nullable: boolean } {
  if (node.anyOf) {
    const rest = node.anyOf.filter((n) => n.type !== 'null');
    if (rest.length === 1) return { node: { ...rest[0], ...omit(node, 'anyOf') }, nullable: rest.length < node.anyOf.length };
  }
  if (Array.isArray(node.type) && node.type.includes('null')) {
    const types = node.type.filter((t) => t !== 'null');
    return { node: { ...node, type: types.length === 1 ? types[0]! : types }, nullable: true };
  }
  return { node, nullable: false };
}

function omit(node: JsonSchemaNode, key: string): JsonSchemaNode {
  const { [key]: _, ...rest } = node;
  return rest;
}

const labelOf = (node: JsonSchemaNode): string => (typeof node['label'] === 'string' ? node['label'] : '');

function typeText(raw: JsonSchemaNode): string {
  const { node, nullable } = unwrapNull(raw);
  const t = openDataWords.types;
  let text: string;
  if (Array.isArray(node.enum)) text = t.oneOf(node.enum.map(String));
  else if (node.type === 'array') text = node.items?.type === 'object' ? t.entries : t.list;
  else if (node.type === 'integer') text = t.integer;
  else if (node.type === 'number') text = t.number;
  else if (node.type === 'boolean') text = t.boolean;
  else if (node['dateOnly'] === true || node['format'] === 'date') text = t.date;
  else if (node['format'] === 'uri') text = t.url;
  else text = t.text;
  return nullable ? text + t.nullable : text;
}

/** The dictionary of a record schema: one entry per column, nested objects as `parent.child` with header 父（子）. */
export function dictionaryOf(record: z.ZodType, columns: readonly string[]): DictionaryEntry[] {
  const root = rawJsonSchema(record);
  return columns.map((key) => {
    const parts = key.split('.');
    let node = root;
    const labels: string[] = [];
    let derived = false;
    let parentNullable = false;
    for (const part of parts) {
      const parent = unwrapNull(node);
      parentNullable ||= parent.nullable;
      const child = parent.node.properties?.[part];
      if (!child) throw new Error(`open data: no field ${key} in the record schema`);
      node = child;
      labels.push(labelOf(node));
      derived ||= node['derived'] === true;
    }
    const leaf = labels.at(-1) ?? key;
    // A count under `counts` is named by itself (承诺数); any other nested field by its parent too: 撤回信息（日期）.
    const nested = parts.length > 1 && parts[0] !== 'counts';
    const header = nested ? `${labels[0]}（${leaf}）` : leaf;
    const hint = typeof node['hint'] === 'string' && node['hint'] ? node['hint'] : nested ? `${labels[0]}的${leaf}` : leaf;
    const type = typeText(node);
    // A field of an object that may be null is empty whenever the object is.
    const nullable = parentNullable && !type.endsWith(openDataWords.types.nullable);
    return { key, header, meaning: hint, type: nullable ? type + openDataWords.types.nullable : type, derived };
  });
}

/** The flat columns of a record schema: every field, and each field of a nested object (not list) by its path. */
function columnsOf(record: z.ZodType): string[] {
  const root = rawJsonSchema(record);
  return Object.entries(root.properties ?? {}).flatMap(([key, raw]) => {
    const { node } = unwrapNull(raw);
    return node.type === 'object' && node.properties ? Object.keys(node.properties).map((sub) => `${key}.${sub}`) : [key];
  });
}

// ---- CSV ----

/** A value as a CSV cell: empty for null, 是/否 for booleans, a list joined by “；” (a list of entries: one a line, each its values joined by spaces). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  // A list of entries (progress, change notes) one entry a line, since a note may itself hold a “；”.
  if (Array.isArray(value)) return value.map(cellText).join(value.some((v) => v !== null && typeof v === 'object') ? '\n' : '；');
  if (typeof value === 'object') {
    return Object.values(value as Record<string, unknown>)
      .filter((v) => v !== null && v !== undefined && v !== '')
      .map(cellText)
      .join(' ');
  }
  return String(value);
}

function valueAt(record: Record<string, unknown>, key: string): unknown {
  let value: unknown = record;
  for (const part of key.split('.')) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[part];
  return value;
}

/** A published CSV: UTF-8 with BOM (Excel reads the Chinese), CRLF, formula-like cells guarded. */
export function recordsCsv(dictionary: readonly DictionaryEntry[], records: ReadonlyArray<Record<string, unknown>>): string {
  const lines = [dictionary.map((d) => d.header), ...records.map((r) => dictionary.map((d) => cellText(valueAt(r, d.key))))];
  return `\uFEFF${lines.map(publishedCsvLine).join('\r\n')}\r\n`;
}

// ---- Records ----

type Rec<S extends z.ZodType> = z.infer<S>;

function caseRecords(src: OpenDataSources): Array<Rec<typeof publishedCaseSchema>> {
  const unitName = namer(src);
  return src.cases.map((data) => {
    const withdrawn = data.withdrawn ?? null;
    return {
      id: data.id,
      url: src.routes.absoluteUrl(src.routes.caseUrl(data.id)),
      title: data.title,
      type: data.type,
      category: data.category,
      unit: data.unit,
      unitName: unitName(data.unit),
      published: data.published,
      updated: caseUpdated(data) ?? null,
      status: withdrawn ? '已撤回' : '已发布',
      summary: withdrawn ? null : data.summary,
      legalBasis: withdrawn ? [] : (data.legalBasis ?? []),
      tags: withdrawn ? [] : (data.tags ?? []),
      changes: data.changes ?? [],
      withdrawn,
      aliases: data.aliases ?? [],
    };
  });
}
function namer(src: OpenDataSources): (id: string) => string {
  const names = new Map(src.units.map((u) => [u.id, u.name]));
  return (id) => names.get(id) ?? id;
}

function listRecords(src: OpenDataSources): Array<Rec<typeof publishedHonourListSchema>> {
  const members = new Map<string, number>();
  for (const p of src.people) members.set(p.list, (members.get(p.list) ?? 0) + 1);
  return src.lists.map((list) => ({
    id: list.id,
    url: src.routes.absoluteUrl(src.routes.honourListUrl(list.id)),
    title: list.title,
    issuer: list.issuer,
    published: list.published,
    peopleCount: members.get(list.id) ?? 0,
    aliases: list.aliases ?? [],
  }));
}

type PersonSource = OpenDataSources['people'][number];
const personFields = (src: OpenDataSources, person: PersonSource) => ({
  id: person.id,
  url: src.routes.absoluteUrl(src.routes.personUrl(person.list, person.id)),
  name: person.name,
  list: person.list,
});
const personDetails = (person: PersonSource) => ({
  category: person.category,
  headline: person.headline,
  township: person.township,
  identity: person.identity ?? null,
  gender: person.gender ?? null,
  birthYear: person.birthYear ?? null,
  ethnicity: person.ethnicity ?? null,
  hasPhoto: Boolean(person.photo),
  aliases: person.aliases ?? [],
});

/** People by list (newest list first), then by name. */
function personRecords(src: OpenDataSources): Array<Rec<typeof publishedPersonSchema>> {
  const listIndex = new Map(src.lists.map((l, i) => [l.id, i]));
  const titles = new Map(src.lists.map((l) => [l.id, l.title]));
  return [...src.people]
    .sort((a, b) => (listIndex.get(a.list) ?? 0) - (listIndex.get(b.list) ?? 0) || a.name.localeCompare(b.name, 'zh-CN'))
    .map((person) => ({ ...personFields(src, person), listTitle: titles.get(person.list) ?? person.list, ...personDetails(person) }));
}

function commitmentItemFields(src: OpenDataSources, c: OpenDataSources['commitments'][number], item: CommitmentItem, i: number) {
  const d = deriveItemStatus(item, src.asOf);
  return {
    number: i + 1,
    url: src.routes.absoluteUrl(src.routes.commitmentItemUrl(c.period, c.unit, i + 1)),
    text: item.text,
    due: item.due,
    status: item.status,
    displayStatus: d.label,
    overdue: d.overdue,
    daysOverdue: d.daysOverdue,
    daysLeft: d.daysLeft ?? null,
    progress: (item.progress ?? []).map((p) => ({ date: p.date, note: p.note, source: p.source ? src.routes.contentHref(p.source) : null })),
    evidence: item.evidence ? src.routes.contentHref(item.evidence) : null,
  };
}

function commitmentItemRecords(src: OpenDataSources): Array<Rec<typeof publishedCommitmentItemSchema>> {
  const unitName = namer(src);
  return src.commitments.flatMap((c) =>
    c.items.map((item, i) => {
      const { number, url, ...rest } = commitmentItemFields(src, c, item, i);
      return {
        asOf: src.asOf,
        commitment: c.id,
        period: c.period,
        periodLabel: periodLabel(c.period),
        unit: c.unit,
        unitName: unitName(c.unit),
        title: c.title,
        madeAt: c.madeAt,
        leader: c.leader,
        supervisor: c.supervisor ?? null,
        number,
        url,
        ...rest,
      };
    }),
  );
}

function rectificationItemFields(
  src: OpenDataSources,
  unitName: (id: string) => string,
  batch: OpenDataSources['batches'][number],
  item: RectificationItem,
) {
  const d = deriveItemStatus(item, src.asOf);
  return {
    number: item.number,
    url: src.routes.absoluteUrl(src.routes.ledgerItemUrl(batch.id, item.number)),
    problem: item.problem,
    unit: item.unit,
    unitName: unitName(item.unit),
    coUnits: item.coUnits ?? [],
    coUnitNames: (item.coUnits ?? []).map(unitName),
    measures: item.measures,
    due: item.due,
    status: item.status,
    completedAt: item.completedAt ?? null,
    displayStatus: d.label,
    overdue: d.overdue,
    daysOverdue: d.daysOverdue,
    daysLeft: d.daysLeft ?? null,
    progress: (item.progress ?? []).map((p) => ({ date: p.date ?? null, note: p.note })),
    remark: item.remark ?? null,
  };
}

function rectificationItemRecords(src: OpenDataSources): Array<Rec<typeof publishedRectificationItemSchema>> {
  const unitName = namer(src);
  return src.batches.flatMap((batch) =>
    batch.items.map((item) => ({
      asOf: src.asOf,
      batch: batch.id,
      batchTitle: batch.title,
      source: batch.source,
      foundAt: batch.foundAt,
      ...rectificationItemFields(src, unitName, batch, item),
    })),
  );
}

function indicatorValueRecords(src: OpenDataSources): Array<Rec<typeof publishedIndicatorValueSchema>> {
  return src.indicators.flatMap((ind) =>
    sortSeries(ind.series).map((p) => ({
      indicator: ind.id,
      name: ind.name,
      unit: ind.unit,
      period: p.period,
      periodLabel: periodLabel(p.period),
      value: p.value,
      rank: p.rank ?? null,
      target: ind.target ?? null,
      higherIsBetter: ind.higherIsBetter,
      targetMet: meetsTarget(p.value, ind.target, ind.higherIsBetter) ?? null,
      source: ind.source,
      url: src.routes.absoluteUrl(src.routes.indicatorUrl(ind.id)),
    })),
  );
}

function unitRecords(src: OpenDataSources): Array<Rec<typeof publishedUnitSchema>> {
  const sources = { commitments: src.commitments, batches: src.batches, cases: src.cases };
  return src.units.map((unit) => {
    const r = rollupUnit(unit.id, sources, src.asOf);
    return {
      id: unit.id,
      url: src.routes.absoluteUrl(src.routes.unitUrl(unit.id)),
      name: unit.name,
      kind: unit.kind,
      aliases: unit.aliases ?? [],
      formerIds: unit.formerIds ?? [],
      phone: unit.phone ?? null,
      counts: {
        commitments: r.commitments.length,
        commitmentItems: r.commitmentTally.total,
        commitmentItemsFulfilled: r.commitmentTally.fulfilled,
        commitmentItemsOverdue: r.commitmentTally.overdue,
        rectificationItems: r.responsible.length,
        rectificationItemsDone: r.responsibleTally.done,
        rectificationItemsOverdue: r.responsibleTally.overdue,
        cooperatingItems: r.cooperating.length,
        cases: r.cases.length,
      },
    };
  });
}

// ---- The grouped files kept from before ----

function commitmentsFile(src: OpenDataSources) {
  const unitName = namer(src);
  const commitments = src.commitments.map((c) => {
    const tally = tallyCommitmentItems(c.items, src.asOf);
    return {
      id: c.id,
      url: src.routes.absoluteUrl(src.routes.commitmentUrl(c.period, c.unit)),
      period: c.period,
      periodLabel: periodLabel(c.period),
      unit: c.unit,
      unitName: unitName(c.unit),
      title: c.title,
      madeAt: c.madeAt,
      leader: c.leader,
      supervisor: c.supervisor ?? null,
      summary: {
        total: tally.total,
        byStatus: tally.byStatus,
        byDisplayStatus: tally.byLabel,
        fulfilled: tally.fulfilled,
        partial: tally.partial,
        overdue: tally.overdue,
        fulfilmentRate: roundRate(tally.rate),
      },
      items: c.items.map((item, i) => {
        const { progress, evidence, ...rest } = commitmentItemFields(src, c, item, i);
        // The key order this file has always had: progress and evidence after the derived fields.
        return { ...rest, progress, evidence };
      }),
    };
  });
  return { site: src.site.name, asOf: src.asOf, fulfilmentRule: FULFILMENT_RULE, count: commitments.length, commitments };
}

function rectificationFile(src: OpenDataSources) {
  const unitName = namer(src);
  const batches = src.batches.map((b) => {
    const tally = tallyRectificationItems(b.items, src.asOf);
    return {
      id: b.id,
      url: src.routes.absoluteUrl(src.routes.ledgerUrl(b.id)),
      csvUrl: src.routes.absoluteUrl(src.routes.ledgerCsvUrl(b.id)),
      title: b.title,
      source: b.source,
      foundAt: b.foundAt,
      description: b.description ?? null,
      summary: {
        total: tally.total,
        byStatus: tally.byStatus,
        byDisplayStatus: tally.byLabel,
        done: tally.done,
        longTerm: tally.longTerm,
        overdue: tally.overdue,
        completionRate: roundRate(tally.rate),
      },
      items: b.items.map((item) => rectificationItemFields(src, unitName, b, item)),
    };
  });
  return { site: src.site.name, asOf: src.asOf, completionRule: COMPLETION_RULE, count: batches.length, batches };
}

function indicatorsFile(src: OpenDataSources) {
  const indicators = src.indicators.map((ind) => {
    const s = summarizeIndicator(ind);
    return {
      id: ind.id,
      url: src.routes.absoluteUrl(src.routes.indicatorUrl(ind.id)),
      name: ind.name,
      unit: ind.unit,
      target: ind.target ?? null,
      higherIsBetter: ind.higherIsBetter,
      source: ind.source,
      series: sortSeries(ind.series).map((p) => ({
        period: p.period,
        periodLabel: periodLabel(p.period),
        value: p.value,
        rank: p.rank ?? null,
        targetMet: meetsTarget(p.value, ind.target, ind.higherIsBetter) ?? null,
      })),
      latest: { period: s.latest.period, value: s.latest.value, rank: s.latest.rank ?? null },
      change: s.change ?? null,
      targetMet: s.targetMet ?? null,
    };
  });
  return { site: src.site.name, asOf: src.asOf, count: indicators.length, indicators };
}

function goodPeopleFile(src: OpenDataSources) {
  const lists = src.lists.map((list) => ({
    id: list.id,
    url: src.routes.absoluteUrl(src.routes.honourListUrl(list.id)),
    title: list.title,
    issuer: list.issuer,
    published: list.published,
    aliases: list.aliases ?? [],
  }));
  const people = [...src.people]
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    .map((person) => ({ ...personFields(src, person), ...personDetails(person) }));
  return { site: src.site.name, lists, people };
}

// ---- Datasets ----

const maxDate = (dates: ReadonlyArray<string | null | undefined>, fallback: string): string =>
  dates.reduce<string>((max, d) => (d && d > max ? d : max), '') || fallback;

interface DatasetPlan {
  id: DatasetId;
  record: z.ZodType;
  records: (src: OpenDataSources) => Array<Record<string, unknown>>;
  /** The key of the records' list in the JSON: `items`, except in the files that had another before. */
  listKey?: string;
  /** A JSON file of these records that keeps a shape of its own (cases.json, units.json). */
  fileSchema?: z.ZodType;
  modified: (src: OpenDataSources) => string;
  extras?: (src: OpenDataSources) => OpenDataFile[];
}

/**
 * A file with its size and digest, taken from one making of its text (`first`, when the caller already has it), which
 * is then let go.
 */
const plannedFile = (file: Omit<OpenDataFile, 'bytes' | 'digest'>, first = file.text()): OpenDataFile => ({
  ...file,
  bytes: byteSize(first),
  digest: createHash('sha256').update(first).digest('base64url'),
});

/** A JSON file of the dataset besides its records' JSON + CSV pair, with its own schema and a count of its own. */
function extraJson<D>(name: string, schema: z.ZodType, makeDoc: () => D, countOf: (doc: D) => number): OpenDataFile {
  const doc = makeDoc();
  return plannedFile(
    {
      name,
      format: 'json',
      text: () => jsonText(makeDoc()),
      count: countOf(doc),
      schemaName: name,
      schema,
      note: openDataWords.extraFiles[name as keyof typeof openDataWords.extraFiles],
    },
    jsonText(doc),
  );
}

const PLANS: readonly DatasetPlan[] = [
  {
    id: 'cases',
    record: publishedCaseSchema,
    records: caseRecords,
    fileSchema: casesFileSchema,
    modified: (src) => maxDate(src.cases.flatMap((c) => [c.published, caseUpdated(c), c.withdrawn?.date]), src.asOf),
  },
  {
    id: 'honour-lists',
    record: publishedHonourListSchema,
    records: listRecords,
    modified: (src) => maxDate(src.lists.map((l) => l.published), src.asOf),
  },
  {
    id: 'people',
    record: publishedPersonSchema,
    records: personRecords,
    modified: (src) => maxDate(src.lists.map((l) => l.published), src.asOf),
    extras: (src) => [extraJson('good-people.json', goodPeopleFileSchema, () => goodPeopleFile(src), (doc) => doc.people.length)],
  },
  {
    id: 'commitment-items',
    record: publishedCommitmentItemSchema,
    records: commitmentItemRecords,
    modified: (src) => src.asOf,
    extras: (src) => [extraJson('commitments.json', commitmentsFileSchema, () => commitmentsFile(src), (doc) => doc.count)],
  },
  {
    id: 'rectification-items',
    record: publishedRectificationItemSchema,
    records: rectificationItemRecords,
    modified: (src) => src.asOf,
    extras: (src) => [
      extraJson('rectification.json', rectificationFileSchema, () => rectificationFile(src), (doc) => doc.count),
      plannedFile({
        name: 'rectification.csv',
        format: 'csv',
        text: () => allLedgersCsv(src.batches, namer(src)),
        count: src.batches.reduce((n, b) => n + b.items.length, 0),
        note: openDataWords.extraFiles['rectification.csv'],
      }),
    ],
  },
  {
    id: 'indicator-values',
    record: publishedIndicatorValueSchema,
    records: indicatorValueRecords,
    // The last day of the newest period measured, never after the as-of date.
    modified: (src) => {
      const ends = src.indicators.flatMap((ind) => ind.series.map((p) => periodRange(p.period).end));
      const newest = maxDate(ends, src.asOf);
      return newest > src.asOf ? src.asOf : newest;
    },
    extras: (src) => [extraJson('indicators.json', indicatorsFileSchema, () => indicatorsFile(src), (doc) => doc.count)],
  },
  {
    id: 'units',
    record: publishedUnitSchema,
    records: unitRecords,
    listKey: 'units',
    fileSchema: unitsFileSchema,
    modified: (src) => src.asOf,
  },
];

/**
 * The JSON files under /api/ that are not datasets but the interface a provincial portal reads (src/province/):
 * the county's versioned summary and its search records. /open-data/ names them apart from the datasets.
 */
export const PORTAL_FILES = { summary: 'summary.json', searchRecords: 'search-records.json' } as const;

/** The dataset ids in the order the page and the catalogue list them. */
export const DATASET_IDS: readonly DatasetId[] = PLANS.map((p) => p.id);

/** The column dictionary of each dataset: computed once from the schemas, the same for every build. */
const dictionaries = new Map<DatasetId, DictionaryEntry[]>(PLANS.map((p) => [p.id, dictionaryOf(p.record, columnsOf(p.record))]));

export function dictionaryFor(id: DatasetId): DictionaryEntry[] {
  return dictionaries.get(id)!;
}

/**
 * Every dataset with its files, planned from the content: what the endpoints serve (each file's text made when it is
 * served) and the page and catalogue measure.
 */
export function buildOpenData(src: OpenDataSources): OpenDataset[] {
  return PLANS.map((plan) => {
    const words = openDataWords.datasets[plan.id];
    const listKey = plan.listKey ?? 'items';
    const dictionary = dictionaryFor(plan.id);
    const json = (records: Array<Record<string, unknown>>) =>
      jsonText({ site: src.site.name, asOf: src.asOf, count: records.length, [listKey]: records });
    const records = plan.records(src);
    const files: OpenDataFile[] = [
      plannedFile(
        {
          name: `${plan.id}.json`,
          format: 'json',
          text: () => json(plan.records(src)),
          count: records.length,
          schemaName: `${plan.id}.json`,
          schema: plan.fileSchema ?? recordsFileSchema(plan.record, words.title),
        },
        json(records),
      ),
      plannedFile(
        { name: `${plan.id}.csv`, format: 'csv', text: () => recordsCsv(dictionary, plan.records(src)), count: records.length },
        recordsCsv(dictionary, records),
      ),
      ...(plan.extras?.(src) ?? []),
    ];
    return { id: plan.id, title: words.title, description: words.description, modified: plan.modified(src), dictionary, files };
  });
}

/** Every file of every dataset, by name. */
export function allFiles(datasets: readonly OpenDataset[]): OpenDataFile[] {
  return datasets.flatMap((d) => d.files);
}

/** The JSON Schema documents, by file name under /api/schema/. */
export function schemaDocuments(datasets: readonly OpenDataset[], routes: SiteRoutes): Array<{ name: string; body: string }> {
  return allFiles(datasets).flatMap((file) =>
    file.schema && file.schemaName
      ? [{ name: file.schemaName, body: jsonText(jsonSchemaOf(file.schema, routes.absoluteUrl(routes.dataSchemaUrl(file.schemaName)), `/api/${file.name}`)) }]
      : [],
  );
}

/** /api/index.json: a DCAT catalogue (JSON-LD) of every dataset and file, with sizes measured on the files served. */
export function buildCatalogue(datasets: readonly OpenDataset[], src: OpenDataSources): Record<string, unknown> {
  const { routes, site } = src;
  const page = routes.absoluteUrl(routes.pageUrl('open-data'));
  const license = site.dataLicense ?? null;
  return {
    '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' },
    '@type': 'dcat:Catalog',
    '@id': routes.absoluteUrl(routes.apiUrl('index.json')),
    'dct:title': `${site.name}${openDataWords.pageTitle}`,
    'dct:description': openDataWords.pageDescription,
    'dct:publisher': site.organizer,
    'dct:license': license,
    'dct:modified': maxDate(
      datasets.map((d) => d.modified),
      src.asOf,
    ),
    'dcat:landingPage': page,
    asOf: src.asOf,
    'dcat:dataset': datasets.map((d) => ({
      '@type': 'dcat:Dataset',
      '@id': `${page}#${d.id}`,
      'dct:identifier': d.id,
      'dct:title': d.title,
      'dct:description': d.description,
      'dct:license': license,
      'dct:modified': d.modified,
      'dcat:landingPage': `${page}#${d.id}`,
      'dcat:distribution': d.files.map((f) => ({
        '@type': 'dcat:Distribution',
        'dct:title': f.note ? `${d.title}（${f.note}）` : `${d.title}（${f.format.toUpperCase()}）`,
        'dcat:downloadURL': routes.absoluteUrl(routes.apiUrl(f.name)),
        'dcat:mediaType': mediaType(f.format),
        'dcat:byteSize': f.bytes,
        'dct:conformsTo': f.schemaName ? routes.absoluteUrl(routes.dataSchemaUrl(f.schemaName)) : null,
        records: f.count,
      })),
    })),
  };
}
