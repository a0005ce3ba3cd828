// The portal's own Pagefind index over every county's search records, with a `county` filter: one index for the
// recent years (searched first) and one for the archive, so a phone's first search loads one small index, not N.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../lib/search-records.ts';

/** The two indexes the portal writes under pagefind/. */
export const PORTAL_SHARDS = ['recent', 'archive'] as const;
export type PortalShard = (typeof PORTAL_SHARDS)[number];

/** Pagefind's stock interfaces, which the portal never loads. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export interface PortalIndexResult {
  shard: PortalShard;
  records: number;
}

/** Builds pagefind/recent/ and pagefind/archive/ (when there is anything older) under outDir. */
export async function buildPortalIndex(records: readonly SearchRecord[], outDir: string): Promise<PortalIndexResult[]> {
  const byShard = new Map<PortalShard, SearchRecord[]>();
  for (const record of records) {
    const shard: PortalShard = record.shard === 'recent' ? 'recent' : 'archive';
    const list = byShard.get(shard) ?? [];
    list.push(record);
    byShard.set(shard, list);
  }
  const results: PortalIndexResult[] = [];
  try {
    for (const shard of PORTAL_SHARDS) {
      const list = byShard.get(shard);
      if (!list?.length) continue;
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
      if (!index || errors.length) throw new Error(`搜索索引创建失败：${errors.join('；')}`);
      const added = await Promise.all(list.map(({ shard: _shard, ...record }) => index.addCustomRecord(record)));
      const failed = added.find((result) => result.errors.length);
      if (failed) throw new Error(`搜索索引失败（${failed.file.url}）：${failed.errors.join('；')}`);
      const target = path.join(outDir, 'pagefind', shard);
      const written = await index.writeFiles({ outputPath: target });
      if (written.errors.length) throw new Error(`搜索索引写入失败：${written.errors.join('；')}`);
      await index.deleteIndex();
      for (const name of fs.readdirSync(target)) if (UNUSED.test(name)) fs.rmSync(path.join(target, name));
      results.push({ shard, records: list.length });
    }
  } finally {
    await pagefind.close();
  }
  return results;
}
