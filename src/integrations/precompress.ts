// Astro integration: after every other build step (pages, sitemap, search index), writes x.gz and x.br beside each
// text file in dist/ for servers that serve them as they are (nginx gzip_static), recompressing only what changed.
// While the pages render, a pool of worker threads compresses each one as the middleware hands it over (src/middleware.ts);
// at the end a file whose bytes were compressed already takes those copies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompressDir } from '../lib/precompress.ts';
import { startPrecompressPool, type PrecompressPool } from '../lib/precompress-pool.ts';

export function precompress(): AstroIntegration {
  let spool = '';
  let pool: PrecompressPool | undefined;
  const skipped = () => process.env['FZWM_SKIP_PRECOMPRESS'] === '1';
  return {
    name: 'precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        spool = path.join(fileURLToPath(config.cacheDir), 'fzwm-precompress-spool');
      },
      'astro:build:start': () => {
        if (skipped()) return;
        fs.rmSync(spool, { recursive: true, force: true });
        fs.mkdirSync(spool, { recursive: true });
        pool = startPrecompressPool(spool);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // For test builds that only read pages in a browser (the scale-1 search test): servers need the files.
        if (skipped()) {
          logger.info('预压缩：FZWM_SKIP_PRECOMPRESS=1，本次跳过（仅供测试，发布的站点不可跳过）。');
          return;
        }
        const started = performance.now();
        await pool?.close();
        const result = await precompressDir(fileURLToPath(dir), pool ? { spool } : {});
        pool = undefined;
        fs.rmSync(spool, { recursive: true, force: true });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `预压缩：写入 ${result.written.length} 个 .gz/.br 文件（其中 ${result.spooled} 个在生成页面时已压缩），沿用 ${result.unchanged} 个，删除 ${result.removed.length} 个过时的（${seconds} 秒）。`,
        );
      },
    },
  };
}
