// The configuration of the editing UI at /admin/ (Sveltia CMS, Decap-compatible), generated from the Zod schemas:
// every field with its Chinese label and hint, so a field added to a schema appears in the editor by itself.
import type { z } from 'astro/zod';
import { CASE_SECTIONS } from '../schemas/cases.ts';
import { CONTENT_SCHEMAS, core, defOf, elementOf, fieldMeta, isOptional, shapeOf } from '../schemas/fields.ts';
import type { Site } from '../schemas/site.ts';

/** The first line of /admin/config.yml, for staff who open it: it is generated, not edited. */
export const CMS_CONFIG_HEADER =
  '# 由网站根据内容规则自动生成，请勿手工修改：字段和说明来自 src/schemas/*.ts，连接设置来自 site.yaml 的 cms。\n';

export interface CmsConfigOptions {
  /** site.yaml's baseUrl: the site the editor links to. */
  baseUrl: string;
  /** site.yaml's `cms`: the git server and repository the editor commits to. */
  cms?: Site['cms'];
  /** The units (units.yaml): a unit field is a choice among them. */
  units: ReadonlyArray<{ id: string; name: string }>;
  /** The honour lists (good-people/lists.yaml): a person's list is a choice among them. */
  lists: ReadonlyArray<{ id: string; title: string }>;
}

/** One editor field, in Sveltia/Decap CMS's configuration format. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: Array<string | { label: string; value: string }>;
  multiple?: boolean;
  field?: CmsField;
  fields?: CmsField[];
  root?: boolean;
  value_type?: 'int' | 'float';
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  pattern?: [string, string];
  media_folder?: string;
  public_folder?: string;
  [option: string]: unknown;
}

/** The body of a new case: the three sections every case starts with, in order. */
export const CASE_BODY_TEMPLATE = CASE_SECTIONS.map((section) => `## ${section}\n`).join('\n');

/** Fields whose value is a unit id, and those whose value is an honour list id: choices, not free text. */
const UNIT_FIELDS = new Set(['cases.unit', 'rectification.items.unit', 'rectification.items.coUnits']);
const LIST_FIELDS = new Set(['people.list']);

/**
 * Files kept beside the entry, in a collection whose entries sit in no folder of their own (no `path`): Sveltia saves
 * them in the entry's folder and writes the bare file name (a ledger is `ledger: 2026-cepin.csv`).
 */
const BESIDE_ENTRY = { media_folder: '', public_folder: '' } as const;

/**
 * Files kept beside the entry, in a collection whose `path` ends in `{{slug}}` (cases/2026/2026-012.md): Sveltia would
 * give each entry a folder named after it (cases/2026/2026-012/) for its files, which the site does not read. `..`
 * leaves that folder for the one the entry file is in, and `.` writes the value as `./photo.jpg`, as the contract has it.
 */
const BESIDE_SLUG_PATH_ENTRY = { media_folder: '..', public_folder: '.' } as const;

/** Fields chosen from files beside the entry (stored as a file name relative to it). */
const MEDIA_FIELDS: Record<string, Partial<CmsField>> = {
  'people.photo': { widget: 'image', ...BESIDE_SLUG_PATH_ENTRY },
  'rectification.ledger': { widget: 'file', ...BESIDE_ENTRY },
};

interface WalkContext {
  /** collection.field.subfield, for the tables above. */
  key: string;
  options: CmsConfigOptions;
}

/** Regular-expression checks on a string schema, as Sveltia's `pattern: [regex, message]`. */
function patternOf(schema: z.ZodType): [string, string] | undefined {
  for (const check of defOf(schema).checks ?? []) {
    const def = check._zod.def;
    if (def['check'] === 'string_format' && def['format'] === 'regex' && def['pattern'] instanceof RegExp) {
      const error = def['error'];
      const message = typeof error === 'function' ? String((error as () => unknown)()) : '格式不对';
      return [def['pattern'].source, message];
    }
  }
  return undefined;
}

function isDate(schema: z.ZodType): boolean {
  return core(schema).meta()?.['dateOnly'] === true;
}

/** The editor field for one schema field. */
function toField(name: string, schema: z.ZodType, context: WalkContext): CmsField {
  const meta = fieldMeta(schema);
  if (!meta.label) throw new Error(`字段 ${context.key} 没有中文名称（schema 中缺少 .meta({ label })）`);
  const base: CmsField = { name, label: meta.label, widget: 'string', required: !isOptional(schema) };
  if (meta.hint) base.hint = meta.hint;
  const outer = defOf(schema);
  if (outer.type === 'default') base.default = outer.defaultValue;
  return { ...base, ...widgetFor(schema, context) };
}

/** Widget and its options for a schema, by what the value is. */
function widgetFor(schema: z.ZodType, context: WalkContext): Partial<CmsField> {
  const { key, options } = context;
  if (MEDIA_FIELDS[key]) return MEDIA_FIELDS[key];
  if (UNIT_FIELDS.has(key) || LIST_FIELDS.has(key)) {
    const choices = UNIT_FIELDS.has(key)
      ? options.units.map((unit) => ({ label: `${unit.name}（${unit.id}）`, value: unit.id }))
      : options.lists.map((list) => ({ label: `${list.title}（${list.id}）`, value: list.id }));
    return { widget: 'select', options: choices, ...(elementOf(schema) ? { multiple: true } : {}) };
  }
  if (isDate(schema)) return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  const value = core(schema);
  const def = defOf(value);
  switch (def.type) {
    case 'enum':
      return { widget: 'select', options: Object.values(def.entries ?? {}).map(String) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'number': {
      const integer = (def.checks ?? []).some((check) => check._zod.def['format'] === 'safeint');
      return { widget: 'number', value_type: integer ? 'int' : 'float' };
    }
    case 'object':
      return { widget: 'object', fields: fieldsOf(value, context) };
    case 'array': {
      const element = def.element!;
      const elementShape = shapeOf(element);
      if (elementShape) return { widget: 'list', fields: fieldsOf(element, context) };
      const pattern = patternOf(core(element));
      return { widget: 'list', field: { name: 'item', label: fieldMeta(schema).label ?? '', widget: 'string', ...(pattern ? { pattern } : {}) } };
    }
    default: {
      const pattern = patternOf(value);
      return { widget: 'string', ...(pattern ? { pattern } : {}) };
    }
  }
}

/** The editor fields of an object schema, in the schema's order. */
export function fieldsOf(schema: z.ZodType, context: WalkContext): CmsField[] {
  const shape = shapeOf(schema);
  if (!shape) throw new Error(`${context.key} 不是对象`);
  return Object.entries(shape).map(([name, field]) => toField(name, field, { ...context, key: `${context.key}.${name}` }));
}

/** A list file (units.yaml, lists.yaml, indicators.yaml) as one top-level list field. */
function rootList(collection: string, label: string, schema: z.ZodType, options: CmsConfigOptions): CmsField {
  const element = elementOf(schema)!;
  return { name: 'items', label, label_singular: label, widget: 'list', root: true, fields: fieldsOf(element, { key: collection, options }) };
}

const ID_HINT = '只能由小写英文字母、数字和连字符组成';

/** The whole configuration, ready to be written as /admin/config.yml. */
export function cmsConfig(options: CmsConfigOptions): Record<string, unknown> {
  const fields = (collection: keyof typeof CONTENT_SCHEMAS) => fieldsOf(CONTENT_SCHEMAS[collection], { key: collection, options });
  const markdown = { format: 'frontmatter', extension: 'md' } as const;
  const yaml = { format: 'yaml', extension: 'yaml' } as const;
  const body = (label: string, extra: Partial<CmsField> = {}): CmsField => ({ name: 'body', label, widget: 'markdown', required: true, ...extra });
  const withBody = (list: CmsField[], field: CmsField) => [...list, field];

  const cases = fields('cases');
  const people = fields('people');
  return {
    backend: backendOf(options.cms),
    site_url: options.baseUrl,
    app_title: '内容编辑',
    publish_mode: 'simple',
    slug: { encoding: 'ascii', clean_accents: true, lowercase: true },
    // Sveltia requires a site-wide media folder; every collection that takes files keeps them beside the entry instead.
    // The content check refuses files in uploads/, so nothing uploaded outside an entry is ever published by mistake.
    media_folder: 'uploads',
    public_folder: '/uploads',
    // Saving an entry writes only the fields it has, as staff would write them.
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    // The stock-photo picker would show images from other sites; the site requests nothing from other origins.
    media_libraries: { stock_assets: false },
    collections: [
      {
        name: 'site',
        label: '网站信息',
        files: [{ name: 'site', label: '网站信息（site.yaml）', file: 'site.yaml', format: 'yaml', fields: fields('site') }],
      },
      {
        name: 'units',
        label: '单位名录',
        files: [{ name: 'units', label: '单位名录（units.yaml）', file: 'units.yaml', format: 'yaml', fields: [rootList('units', '单位', CONTENT_SCHEMAS.units, options)] }],
      },
      {
        name: 'commitments',
        label: '公开承诺',
        label_singular: '承诺',
        description: '每个单位每一期一个文件：文件夹是期间（2026、2026-H2、2026-Q3），文件名是单位 id。',
        folder: 'commitments',
        ...yaml,
        // The period folder is picked in the editor's path picker; the file name (slug) is the unit id.
        nested: { depth: 2, subfolders: false },
        meta: { path: { widget: 'string', label: '期间' } },
        slug: { editable: true, hint: `文件名是单位 id：${options.units.map((unit) => unit.id).join('、')}`, pattern: [`^(${options.units.map((unit) => unit.id).join('|') || '[a-z0-9][a-z0-9-]*'})$`, '文件名必须是 units.yaml 中某个单位的 id'] },
        identifier_field: 'title',
        fields: fields('commitments'),
      },
      {
        name: 'cases',
        label: '典型案例',
        label_singular: '案例',
        folder: 'cases',
        ...markdown,
        // The year folder is the publication date's, not the year the entry happens to be made in.
        path: "{{fields.published | date('YYYY')}}/{{slug}}",
        slug: '{{fields.id}}',
        identifier_field: 'title',
        summary: '{{id}} {{title}}',
        ...BESIDE_SLUG_PATH_ENTRY,
        fields: withBody(cases, body('正文', { default: CASE_BODY_TEMPLATE, hint: '先写“基本案情”“处理结果”“典型意义”三节；当事人写成 张某，不写身份证号、手机号和银行卡号' })),
      },
      {
        // A collection takes one file extension: the cases written as .mdx (with <Callout>/<Provision>) are edited here.
        // New cases are made in the collection above, as .md.
        name: 'cases-mdx',
        label: '典型案例（含组件）',
        label_singular: '案例（含组件）',
        description: '使用 <Callout>、<Provision> 组件的案例（.mdx 文件）。正文请切换到“以 Markdown 编辑”修改，组件只能写成 <Callout title="提示">…</Callout> 和 <Provision source="《…》第X条">…</Provision>。',
        folder: 'cases',
        format: 'frontmatter',
        extension: 'mdx',
        create: false,
        path: "{{fields.published | date('YYYY')}}/{{slug}}",
        slug: '{{fields.id}}',
        identifier_field: 'title',
        summary: '{{id}} {{title}}',
        ...BESIDE_SLUG_PATH_ENTRY,
        fields: withBody(cases, body('正文', { hint: '正文是文字：不能写 import、export 或 {…}；当事人写成 张某' })),
      },
      {
        name: 'lists',
        label: '好人榜单',
        files: [{ name: 'lists', label: '好人榜单（good-people/lists.yaml）', file: 'good-people/lists.yaml', format: 'yaml', fields: [rootList('lists', '榜单', CONTENT_SCHEMAS.lists, options)] }],
      },
      {
        name: 'people',
        label: '好人',
        label_singular: '好人',
        folder: 'good-people',
        ...markdown,
        path: '{{fields.list}}/{{slug}}',
        slug: '{{fields.id}}',
        identifier_field: 'name',
        summary: '{{name}}（{{list}}）',
        ...BESIDE_SLUG_PATH_ENTRY,
        fields: withBody(people, body('事迹', { hint: '不写身份证号、手机号和银行卡号' })),
      },
      {
        name: 'rectification',
        label: '整改台账',
        label_singular: '整改批次',
        description: '每个批次一个文件，文件名是批次 id；事项直接填写，或放在同目录的 CSV/Excel 台账里。',
        folder: 'rectification',
        ...yaml,
        slug: { editable: true, hint: `批次 id（文件名）：${ID_HINT}，例如 2026-cepin`, pattern: ['^[a-z0-9][a-z0-9-]*$', `批次 id ${ID_HINT}`] },
        identifier_field: 'title',
        ...BESIDE_ENTRY,
        fields: fields('rectification'),
      },
      {
        name: 'indicators',
        label: '调查指标',
        files: [{ name: 'indicators', label: '调查指标（indicators.yaml）', file: 'indicators.yaml', format: 'yaml', fields: [rootList('indicators', '指标', CONTENT_SCHEMAS.indicators, options)] }],
      },
      {
        name: 'pages',
        label: '其他页面',
        label_singular: '页面',
        description: '网址是 /文件名/，例如 pages/about.md 是 /about/。',
        folder: 'pages',
        ...markdown,
        slug: { editable: true, hint: `文件名即网址：${ID_HINT}，例如 about`, pattern: ['^[a-z0-9][a-z0-9-]*$', `文件名${ID_HINT}`] },
        identifier_field: 'title',
        ...BESIDE_ENTRY,
        fields: withBody(fields('pages'), body('正文')),
      },
    ],
  };
}

/** The git backend from site.yaml's `cms`; without it, a local copy is the only place the editor can work on. */
function backendOf(cms: Site['cms']): Record<string, unknown> {
  if (!cms) return { name: 'gitea', repo: 'local/content', branch: 'main' };
  const url = cms.url.replace(/\/+$/, '');
  return {
    name: cms.backend,
    repo: cms.repo,
    branch: cms.branch ?? 'main',
    base_url: url,
    api_root: cms.backend === 'gitea' ? `${url}/api/v1` : `${url}/api/v4`,
  };
}
