// The dates file beside a recent search shard: each page's id (as Pagefind's results name it) under its date.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, expect, it } from 'vitest';
import { pageDates } from '../../src/integrations/search-index.ts';

const made: string[] = [];
afterAll(async () => {
  await pagefind.close();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

it('maps each dated page of a Pagefind index to its date, by the id its results carry, and leaves undated pages out', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-dates-'));
  made.push(dir);
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  const pages = [
    { url: '/cases/2026-001/', date: '2026-03-01' },
    { url: '/cases/2026-002/', date: '2026-03-01' },
    { url: '/cases/2025-009/', date: '2025-12-30' },
    { url: '/units/gongan/', date: '' },
  ];
  for (const p of pages) {
    await index!.addCustomRecord({
      url: p.url,
      content: `电信网络诈骗 ${p.url}`,
      language: 'zh-cn',
      meta: { title: p.url, ...(p.date ? { date: p.date } : {}) },
    });
  }
  await index!.writeFiles({ outputPath: dir });
  await index!.deleteIndex();

  const dates = pageDates(dir);
  expect(Object.keys(dates).sort()).toEqual(['2025-12-30', '2026-03-01']);
  expect(dates['2026-03-01']).toHaveLength(2);
  expect(dates['2025-12-30']).toHaveLength(1);
  // Every id is the name of one of the index's fragments, which is what a search result's id is.
  const fragments = fs.readdirSync(path.join(dir, 'fragment')).map((f) => f.replace(/\.pf_fragment$/, ''));
  expect(fragments).toHaveLength(4);
  for (const id of Object.values(dates).flat()) expect(fragments).toContain(id);
});
