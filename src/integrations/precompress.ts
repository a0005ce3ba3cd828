// Astro integration: after every other build step (pages, sitemap, search index), writes x.gz and x.br beside each
// text file in dist/ for servers that serve them as they are (nginx gzip_static), recompressing only what changed.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompressDir } from '../lib/precompress.ts';

export function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // For test builds that only read pages in a browser (the scale-1 search test): servers need the files.
        if (process.env['FZWM_SKIP_PRECOMPRESS'] === '1') {
          logger.info('预压缩：FZWM_SKIP_PRECOMPRESS=1，本次跳过（仅供测试，发布的站点不可跳过）。');
          return;
        }
        const started = performance.now();
        const result = await precompressDir(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `预压缩：写入 ${result.written.length} 个 .gz/.br 文件，沿用 ${result.unchanged} 个，删除 ${result.removed.length} 个过时的（${seconds} 秒）。`,
        );
      },
    },
  };
}
