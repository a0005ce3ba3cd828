// Reads the schemas as data: each field's Chinese label and hint (its `.meta()`), the fields of an object, and which
// schema a content file is checked against. Error messages, pages and the CMS configuration all read labels here.
import type { z } from 'astro/zod';
import { caseSchema } from './cases.ts';
import { commitmentSchema } from './commitments.ts';
import { goodPersonSchema, honourListsFileSchema } from './good-people.ts';
import { indicatorsFileSchema } from './indicators.ts';
import { freePageSchema } from './pages.ts';
import { rectificationBatchSchema } from './rectification.ts';
import { siteSchema } from './site.ts';
import { unitsFileSchema } from './units.ts';

/** What a field says about itself to the people who fill it in. */
export interface FieldMeta {
  /** Chinese name, e.g. 责任领导. */
  label?: string;
  /** One line on what to write, shown under the field in the editing UI. */
  hint?: string;
  /** A date set ahead (时限), not a date something happened: it may lie after the as-of date (src/lib/pinned-as-of.ts). */
  deadline?: boolean;
}

/** A Zod schema read through its internal definition (`_zod.def`), which Zod documents for introspection. */
export interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string | number>;
  defaultValue?: unknown;
  checks?: Array<{ _zod: { def: Record<string, unknown> } }>;
}

export function defOf(schema: z.ZodType): SchemaDef {
  return schema._zod.def as unknown as SchemaDef;
}

/** The schemas a value passes through before its own: optional, default, and the sides of a pipe that only prepare it. */
function layers(schema: z.ZodType): z.ZodType[] {
  const out: z.ZodType[] = [];
  let current: z.ZodType | undefined = schema;
  while (current) {
    out.push(current);
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'readonly') current = def.innerType;
    // z.preprocess(fn, s) is pipe(transform, s); filledIn(s) is pipe(unknown, s): the value's own schema is the out side.
    else if (def.type === 'pipe') current = def.out;
    else current = undefined;
  }
  return out;
}

/** Whether a field may be left out: optional or with a default, on any of its wrappers (a preprocess step is not). */
export function isOptional(schema: z.ZodType): boolean {
  return layers(schema).some((layer) => ['optional', 'default', 'prefault'].includes(defOf(layer).type));
}

/** The schema that describes the value itself, below optional/default/preprocess wrappers. */
export function core(schema: z.ZodType): z.ZodType {
  return layers(schema).at(-1)!;
}

/** Label and hint of a field, wherever on its wrappers `.meta()` was called (the outermost wins). */
export function fieldMeta(schema: z.ZodType): FieldMeta {
  const meta: FieldMeta = {};
  for (const layer of layers(schema).reverse()) {
    const own = (layer.meta() ?? {}) as FieldMeta;
    if (typeof own.label === 'string') meta.label = own.label;
    if (typeof own.hint === 'string') meta.hint = own.hint;
    if (own.deadline === true) meta.deadline = true;
  }
  return meta;
}

/** The fields of an object schema (through wrappers), or undefined when it is not an object. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(core(schema));
  return def.type === 'object' ? def.shape : undefined;
}

/** The element schema of a list (through wrappers), or undefined. */
export function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(core(schema));
  return def.type === 'array' ? def.element : undefined;
}

/** The schema at a path such as ['items', 2, 'status'], or undefined when the path leaves the schema. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  for (const part of path) {
    if (!node) return undefined;
    node = typeof part === 'number' ? elementOf(node) : shapeOf(node)?.[String(part)];
  }
  return node;
}

/** The Chinese label of the field a path names (an index at the end names the list): items[2].status → 状态. */
export function labelAt(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  let end = path.length;
  while (end > 0 && typeof path[end - 1] === 'number') end--;
  if (end === 0) return undefined;
  const field = schemaAt(schema, path.slice(0, end));
  return field ? fieldMeta(field).label : undefined;
}

/** The field names allowed in the object at a path: what a misspelt key there may have meant. */
export function fieldNamesAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const node = schemaAt(schema, path);
  return node ? Object.keys(shapeOf(node) ?? {}) : [];
}

/** ['items', 2, 'status'] for the field text items[2].status (the inverse of formatPath). */
export function parseFieldPath(field: string): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (const match of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) path.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return path;
}

/** The schema every content file (path relative to the content directory) is checked against; CSV/XLSX ledgers have none. */
export function schemaForFile(file: string): z.ZodType | undefined {
  if (file === 'site.yaml') return siteSchema;
  if (file === 'units.yaml') return unitsFileSchema;
  if (file === 'indicators.yaml') return indicatorsFileSchema;
  if (file === 'good-people/lists.yaml') return honourListsFileSchema;
  if (/\.(md|mdx)$/.test(file)) {
    if (file.startsWith('cases/')) return caseSchema;
    if (file.startsWith('good-people/')) return goodPersonSchema;
    if (file.startsWith('pages/')) return freePageSchema;
  }
  if (file.endsWith('.yaml')) {
    if (file.startsWith('commitments/')) return commitmentSchema;
    if (file.startsWith('rectification/')) return rectificationBatchSchema;
  }
  return undefined;
}

/** Every content schema by its collection, for the checks that walk them all. */
export const CONTENT_SCHEMAS = {
  site: siteSchema,
  units: unitsFileSchema,
  commitments: commitmentSchema,
  cases: caseSchema,
  lists: honourListsFileSchema,
  people: goodPersonSchema,
  rectification: rectificationBatchSchema,
  indicators: indicatorsFileSchema,
  pages: freePageSchema,
} as const satisfies Record<string, z.ZodType>;

/** The names of the fields marked as deadlines (`deadline: true`) anywhere in the content schemas. */
export function deadlineFieldNames(schemas: readonly z.ZodType[] = Object.values(CONTENT_SCHEMAS)): string[] {
  const names = new Set<string>();
  const seen = new Set<z.ZodType>();
  const visit = (schema: z.ZodType): void => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const element = elementOf(schema);
    if (element) visit(element);
    for (const [name, field] of Object.entries(shapeOf(schema) ?? {})) {
      if (fieldMeta(field).deadline) names.add(name);
      visit(field);
    }
  };
  for (const schema of schemas) visit(schema);
  return [...names].sort();
}
