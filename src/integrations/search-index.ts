// Astro integration: after the pages are written, builds the Pagefind index into dist/pagefind.
// Any indexing error fails the build, so a site is never published with a broken search.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { loadContentCached } from '../lib/content-cache.ts';
import { rectificationItemRecords } from '../lib/search-records.ts';
import { resolveAsOf } from '../lib/site-env.ts';

export function searchIndex(contentDir: string): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index || errors.length) throw new Error(`搜索索引创建失败：${errors.join('；')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`搜索索引失败：${added.errors.join('；')}`);
          const { content } = await loadContentCached(contentDir);
          const records = rectificationItemRecords(content, resolveAsOf());
          for (const record of records) {
            const result = await index.addCustomRecord(record);
            if (result.errors.length) throw new Error(`搜索索引失败（${record.url}）：${result.errors.join('；')}`);
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`搜索索引写入失败：${written.errors.join('；')}`);
          logger.info(`搜索索引：${added.page_count} 个页面、${records.length} 个整改事项，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
