// The CMS configuration generated from the schemas: every field has a Chinese label and appears in the editor.
import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { CASE_BODY_TEMPLATE, cmsConfig, type CmsField } from '../../src/lib/cms-config.ts';
import { describeField } from '../../src/lib/issues.ts';
import { describeZodIssues } from '../../src/lib/zod-messages.ts';
import { CONTENT_SCHEMAS, elementOf, fieldMeta, labelAt, schemaForFile, shapeOf } from '../../src/schemas/fields.ts';
import { COMMITMENT_STATUSES, GOOD_PERSON_CATEGORIES, RECTIFICATION_STATUSES } from '../../src/schemas/shared.ts';

const options = {
  baseUrl: 'https://fzwm.example.gov.cn/',
  units: [
    { id: 'gongan', name: '示例县公安局' },
    { id: 'chengguan-zhen', name: '城关镇人民政府' },
  ],
  lists: [{ id: '2026-q1', title: '2026年第一季度“示例好人榜”' }],
};

interface Collection {
  name: string;
  folder?: string;
  path?: string;
  format?: string;
  extension?: string;
  media_folder?: string;
  files?: Array<{ name: string; file: string; format: string; fields: CmsField[] }>;
  fields?: CmsField[];
}
const config = cmsConfig(options) as { backend: Record<string, unknown>; collections: Collection[] };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
/** A collection's fields; a list file's are those of its top-level list's items. */
function fieldsOf(name: string): CmsField[] {
  const c = collection(name);
  const fields = c.fields ?? c.files![0]!.fields;
  return fields.length === 1 && fields[0]!.root ? fields[0]!.fields! : fields;
}
const at = (fields: CmsField[] | undefined, ...names: string[]): CmsField => {
  let found: CmsField | undefined;
  for (const name of names) {
    found = fields?.find((f) => f.name === name);
    fields = found?.fields;
  }
  if (!found) throw new Error(`no field ${names.join('.')}`);
  return found;
};

/** Every field path of a schema, objects and lists of objects walked: ['items', 'progress', 'date'], … */
function schemaFields(schema: z.ZodType, prefix: string[] = []): Array<{ path: string[]; schema: z.ZodType }> {
  const shape = shapeOf(schema) ?? shapeOf(elementOf(schema) ?? schema);
  if (!shape) return [];
  return Object.entries(shape).flatMap(([name, field]) => [{ path: [...prefix, name], schema: field }, ...schemaFields(field, [...prefix, name])]);
}

/** Every field path of the generated editor fields. */
function configFields(fields: CmsField[], prefix: string[] = []): string[] {
  return fields.flatMap((f) => [[...prefix, f.name].join('.'), ...configFields(f.fields ?? [], [...prefix, f.name])]);
}

describe('every schema field has a Chinese label', () => {
  for (const [name, schema] of Object.entries(CONTENT_SCHEMAS)) {
    test(name, () => {
      const fields = schemaFields(schema);
      expect(fields.length).toBeGreaterThan(1);
      const unlabelled = fields.filter((f) => !fieldMeta(f.schema).label || !/\p{Script=Han}/u.test(fieldMeta(f.schema).label!));
      expect(unlabelled.map((f) => f.path.join('.'))).toEqual([]);
    });
  }

  test('the messages and the editor read the same label', () => {
    expect(labelAt(CONTENT_SCHEMAS.commitments, ['items', 0, 'status'])).toBe(at(fieldsOf('commitments'), 'items', 'status').label);
    expect(labelAt(CONTENT_SCHEMAS.site, ['siteCode'])).toBe('网站标识码');
  });
});

describe('every schema field is in the generated configuration', () => {
  for (const [name, schema] of Object.entries(CONTENT_SCHEMAS)) {
    test(name, () => {
      const expected = schemaFields(schema).map((f) => f.path.join('.'));
      expect(configFields(fieldsOf(name)).filter((f) => f !== 'body')).toEqual(expected);
    });
  }

  test('each field says whether it is required, as its schema does', () => {
    const commitments = fieldsOf('commitments');
    expect(at(commitments, 'leader').required).toBe(true);
    expect(at(commitments, 'supervisor').required).toBe(false);
    expect(at(commitments, 'items', 'progress', 'source').required).toBe(false);
    expect(at(fieldsOf('indicators'), 'higherIsBetter')).toMatchObject({ widget: 'boolean', required: false, default: true });
  });
});

describe('widgets', () => {
  test('an enum is a select of exactly its values', () => {
    expect(at(fieldsOf('commitments'), 'items', 'status')).toMatchObject({ widget: 'select', options: [...COMMITMENT_STATUSES] });
    expect(at(fieldsOf('rectification'), 'items', 'status').options).toEqual([...RECTIFICATION_STATUSES]);
    expect(at(fieldsOf('people'), 'category').options).toEqual([...GOOD_PERSON_CATEGORIES]);
  });

  test('a date is a date-only datetime stored as YYYY-MM-DD', () => {
    for (const field of [at(fieldsOf('commitments'), 'madeAt'), at(fieldsOf('cases'), 'published'), at(fieldsOf('rectification'), 'items', 'completedAt')]) {
      expect(field).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true });
    }
  });

  test('a unit is chosen from units.yaml by id; co-units are several of them', () => {
    const unitOptions = options.units.map((u) => ({ label: `${u.name}（${u.id}）`, value: u.id }));
    expect(at(fieldsOf('cases'), 'unit')).toMatchObject({ widget: 'select', options: unitOptions });
    expect(at(fieldsOf('rectification'), 'items', 'unit')).toMatchObject({ widget: 'select', options: unitOptions });
    expect(at(fieldsOf('rectification'), 'items', 'coUnits')).toMatchObject({ widget: 'select', multiple: true, options: unitOptions });
    expect(at(fieldsOf('people'), 'list').options).toEqual([{ label: '2026年第一季度“示例好人榜”（2026-q1）', value: '2026-q1' }]);
  });

  test('numbers, lists and objects', () => {
    expect(at(fieldsOf('rectification'), 'items', 'number')).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(at(fieldsOf('indicators'), 'series', 'value')).toMatchObject({ widget: 'number', value_type: 'float' });
    expect(at(fieldsOf('rectification'), 'items', 'measures')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    expect(at(fieldsOf('cases'), 'withdrawn')).toMatchObject({ widget: 'object', required: false });
    expect(at(fieldsOf('units'), 'id').pattern?.[0]).toBe('^[a-z0-9][a-z0-9-]*$');
  });

  test('a new case’s body holds the three sections; the ledger is a file beside the batch, with the column rules', () => {
    expect(at(fieldsOf('cases'), 'body')).toMatchObject({ widget: 'markdown', default: '## 基本案情\n\n## 处理结果\n\n## 典型意义\n' });
    expect(CASE_BODY_TEMPLATE).toBe('## 基本案情\n\n## 处理结果\n\n## 典型意义\n');
    const ledger = at(fieldsOf('rectification'), 'ledger');
    expect(ledger).toMatchObject({ widget: 'file', media_folder: '' });
    expect(ledger.hint).toContain('序号、问题、责任单位');
    // Beside the person's file (not in a folder named after it), written as ./li-ming.png.
    expect(at(fieldsOf('people'), 'photo')).toMatchObject({ widget: 'image', media_folder: '..', public_folder: '.' });
  });
});

describe('collections land where the content contract says', () => {
  test('folders, paths and formats', () => {
    expect(collection('commitments')).toMatchObject({ folder: 'commitments', format: 'yaml', extension: 'yaml' });
    expect(collection('cases')).toMatchObject({ folder: 'cases', path: "{{fields.published | date('YYYY')}}/{{slug}}", format: 'frontmatter', extension: 'md', media_folder: '..' });
    expect(collection('people')).toMatchObject({ folder: 'good-people', path: '{{fields.list}}/{{slug}}', media_folder: '..' });
    expect(collection('rectification')).toMatchObject({ folder: 'rectification', format: 'yaml' });
    expect(collection('pages')).toMatchObject({ folder: 'pages', format: 'frontmatter' });
    expect(config.collections.flatMap((c) => c.files ?? []).map((f) => [f.file, f.format])).toEqual([
      ['site.yaml', 'yaml'],
      ['units.yaml', 'yaml'],
      ['good-people/lists.yaml', 'yaml'],
      ['indicators.yaml', 'yaml'],
    ]);
  });

  test('each file the editor writes is checked against the schema its fields came from', () => {
    expect(schemaForFile('site.yaml')).toBe(CONTENT_SCHEMAS.site);
    expect(schemaForFile('commitments/2026-H2/gongan.yaml')).toBe(CONTENT_SCHEMAS.commitments);
    expect(schemaForFile('cases/2026/2026-012.md')).toBe(CONTENT_SCHEMAS.cases);
    expect(schemaForFile('good-people/2026-q1/zhang.md')).toBe(CONTENT_SCHEMAS.people);
    expect(schemaForFile('good-people/lists.yaml')).toBe(CONTENT_SCHEMAS.lists);
    expect(schemaForFile('rectification/2026-cepin.csv')).toBeUndefined();
  });
});

describe('backend from site.yaml’s cms', () => {
  test('gitea (and Forgejo): repository, branch and the server’s API', () => {
    const { backend } = cmsConfig({ ...options, cms: { backend: 'gitea', url: 'https://git.example.gov.cn/', repo: 'fzwm/content' } }) as { backend: unknown };
    expect(backend).toEqual({ name: 'gitea', repo: 'fzwm/content', branch: 'main', base_url: 'https://git.example.gov.cn', api_root: 'https://git.example.gov.cn/api/v1' });
  });

  test('gitlab with its branch', () => {
    const { backend } = cmsConfig({ ...options, cms: { backend: 'gitlab', url: 'https://gitlab.example.gov.cn', repo: 'zfw/fzwm-content', branch: 'publish' } }) as { backend: unknown };
    expect(backend).toMatchObject({ name: 'gitlab', branch: 'publish', api_root: 'https://gitlab.example.gov.cn/api/v4' });
  });
});

describe('site.yaml’s cms field', () => {
  const site = { name: '示例县法治文明公开网', region: '示例县', organizer: '示例县委政法委', baseUrl: 'https://fzwm.example.gov.cn' };
  const check = (cms: unknown) => {
    const result = CONTENT_SCHEMAS.site.safeParse({ ...site, cms });
    return result.success ? [] : describeZodIssues(result.error, { ...site, cms }, CONTENT_SCHEMAS.site).map((p) => `${describeField(p.field, CONTENT_SCHEMAS.site)}：${p.message}`);
  };

  test('is optional and takes backend, url, repo and branch', () => {
    expect(CONTENT_SCHEMAS.site.safeParse(site).success).toBe(true);
    expect(check({ backend: 'gitlab', url: 'https://gitlab.example.gov.cn', repo: 'zfw/fzwm-content', branch: 'main' })).toEqual([]);
  });

  test('a wrong backend, a repository without owner and a misspelt key are named in Chinese', () => {
    expect(check({ backend: 'github', url: 'https://git.example.gov.cn', repo: 'content', brnach: 'main' })).toEqual([
      'cms.backend（代码托管平台）：“github”不是允许的值。允许的值：gitea、gitlab。',
      'cms.repo（内容仓库）：内容仓库应写成“所有者/仓库名”，例如 fzwm/shiliexian-content，现在写的是“content”。',
      'cms.brnach：不认识的字段“brnach”，是不是想写“branch”？请删除或改正（字段名区分大小写）。',
    ]);
  });
});
