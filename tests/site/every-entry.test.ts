// The sample content is valid and every entry of it produced its page: nothing was silently dropped.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent, type SiteContent } from '../../src/lib/load-content.ts';
import { periodSlug } from '../../src/lib/periods.ts';
import { pageExists } from './dist.ts';

const distDir = inject('distDir');
let content: SiteContent;

beforeAll(async () => {
  const result = await loadContent(path.resolve('content'));
  expect(result.issues).toEqual([]);
  content = result.content;
});

describe('every entry of the sample content has its page', () => {
  it('cases (withdrawn ones too) and the redirect of each old id', () => {
    expect(content.cases.length).toBeGreaterThanOrEqual(20);
    const missing = content.cases.flatMap((c) => [c.data.id, ...(c.data.aliases ?? [])]).filter((id) => !pageExists(distDir, `/cases/${id}/`));
    expect(missing).toEqual([]);
  });

  it('honour lists and people', () => {
    expect(content.people.length).toBeGreaterThanOrEqual(12);
    expect(content.lists.filter((l) => !pageExists(distDir, `/good-people/${l.id}/`))).toEqual([]);
    expect(content.people.filter((p) => !pageExists(distDir, `/good-people/${p.data.list}/${p.data.id}/`)).map((p) => p.file)).toEqual([]);
  });

  it('commitments, their periods, rectification batches, units and free pages', () => {
    const paths = [
      ...content.commitments.map((c) => `/commitments/${periodSlug(c.period)}/${c.unit}/`),
      ...new Set(content.commitments.map((c) => `/commitments/${periodSlug(c.period)}/`)),
      ...content.rectification.map((b) => `/rectification/${b.id}/`),
      ...content.units.map((u) => `/units/${u.id}/`),
      ...content.pages.map((p) => `/${p.id}/`),
      '/', '/cases/', '/good-people/', '/commitments/', '/rectification/', '/data/', '/units/', '/search/',
    ];
    expect(paths.filter((p) => !pageExists(distDir, p))).toEqual([]);
  });

  it('each rectification batch has its CSV download', () => {
    expect(content.rectification.filter((b) => !fs.existsSync(path.join(distDir, 'rectification', `${b.id}.csv`))).map((b) => b.id)).toEqual([]);
  });
});
