// The built /admin/config.yml: generated from the schemas and the sample content, and kept out of the sitemap.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { CASE_BODY_TEMPLATE, type CmsField } from '../../src/lib/cms-config.ts';
import { CASE_TYPES } from '../../src/schemas/shared.ts';

const distDir = inject('distDir');

interface Collection {
  name: string;
  folder?: string;
  files?: Array<{ file: string; fields: CmsField[] }>;
  fields?: CmsField[];
}
let config: { backend: Record<string, unknown>; collections: Collection[] };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: CmsField[] | undefined, name: string) => fields?.find((f) => f.name === name);

beforeAll(() => {
  config = parse(fs.readFileSync(path.join(distDir, 'admin/config.yml'), 'utf8')) as typeof config;
});

describe('/admin/config.yml in the built sample site', () => {
  test('is YAML with every collection of the content contract', () => {
    expect(config.collections.map((c) => c.name)).toEqual(['site', 'units', 'commitments', 'cases', 'cases-mdx', 'lists', 'people', 'rectification', 'indicators', 'pages']);
    expect(config.backend['name']).toMatch(/^(gitea|gitlab)$/);
  });

  test('the unit choices are the sample units.yaml, by id', () => {
    const units = parse(fs.readFileSync(path.resolve('content/units.yaml'), 'utf8')) as Array<{ id: string }>;
    const unit = field(collection('cases').fields, 'unit')!;
    expect(unit.widget).toBe('select');
    expect((unit.options as Array<{ value: string }>).map((o) => o.value)).toEqual(units.map((u) => u.id));
  });

  test('a case: type is a select of the schema enum, published a date, body pre-filled with the three sections', () => {
    const fields = collection('cases').fields;
    expect(field(fields, 'type')!.options).toEqual([...CASE_TYPES]);
    expect(field(fields, 'published')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(field(fields, 'body')!.default).toBe(CASE_BODY_TEMPLATE);
  });

  test('is neither in the sitemap nor a page', () => {
    const sitemap = fs.readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).not.toContain('/admin/');
    expect(sitemap).not.toContain('config.yml');
  });
});
