// The sample content is valid and every entry of it produced its page: nothing was silently dropped.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent, type SiteContent } from '../../src/lib/load-content.ts';
import { siteRoutes, type SiteRoutes } from '../../src/lib/routes.ts';
import { pageExists } from './dist.ts';

const distDir = inject('distDir');
let content: SiteContent;
/** Paths in dist/ are the site's paths at the root, whatever the base path. */
const r: SiteRoutes = siteRoutes('https://dist.invalid/');

beforeAll(async () => {
  const result = await loadContent(path.resolve('content'));
  expect(result.issues).toEqual([]);
  content = result.content;
});

describe('every entry of the sample content has its page', () => {
  it('cases (withdrawn ones too) and the redirect of each old id', () => {
    expect(content.cases.length).toBeGreaterThanOrEqual(20);
    const missing = content.cases.flatMap((c) => [c.data.id, ...(c.data.aliases ?? [])]).filter((id) => !pageExists(distDir, r.caseUrl(id)));
    expect(missing).toEqual([]);
  });

  it('honour lists and people', () => {
    expect(content.people.length).toBeGreaterThanOrEqual(12);
    expect(content.lists.filter((l) => !pageExists(distDir, r.honourListUrl(l.id)))).toEqual([]);
    expect(content.people.filter((p) => !pageExists(distDir, r.personUrl(p.data.list, p.data.id))).map((p) => p.file)).toEqual([]);
  });

  it('commitments, their periods, rectification batches, units and free pages', () => {
    const paths = [
      ...content.commitments.map((c) => r.commitmentUrl(c.period, c.unit)),
      ...new Set(content.commitments.map((c) => r.periodUrl(c.period))),
      ...content.rectification.map((b) => r.ledgerUrl(b.id)),
      ...content.units.map((u) => r.unitUrl(u.id)),
      ...content.pages.map((p) => r.pageUrl(p.id)),
      r.home(), r.caseListingUrl(), r.searchUrl(),
      ...['good-people', 'commitments', 'rectification', 'data', 'units'].map((name) => r.pageUrl(name)),
    ];
    expect(paths.filter((p) => !pageExists(distDir, p))).toEqual([]);
  });

  it('each rectification batch has its CSV download', () => {
    expect(content.rectification.filter((b) => !fs.existsSync(path.join(distDir, 'rectification', `${b.id}.csv`))).map((b) => b.id)).toEqual([]);
  });
});
