// Astro integration: after every other build step (pages, sitemap, search index), writes x.gz (and with FZWM_BROTLI=1
// x.br) beside each text file in dist/ for servers that serve them as they are (nginx gzip_static, brotli_static),
// recompressing only what changed.
// While the pages render, a pool of worker threads writes each page's copies as soon as Astro has written the page
// (output-dir.ts hands the pages over); at the end those copies are current and only the other files are compressed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { distFilesOfBuild } from '../lib/dist-files.ts';
import { buildEncodings, precompressDir, type EncodingSuffix } from '../lib/precompress.ts';
import { startPrecompressPool, type PrecompressPool } from '../lib/precompress-pool.ts';

export function precompress(): AstroIntegration {
  let pool: PrecompressPool | undefined;
  let encodings: EncodingSuffix[] = ['.gz'];
  const skipped = () => process.env['FZWM_SKIP_PRECOMPRESS'] === '1';
  return {
    name: 'precompress',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // A wrong FZWM_BROTLI stops the build here, before anything is rendered.
        if (command === 'build') encodings = buildEncodings();
      },
      'astro:config:done': ({ config }) => {
        // Earlier versions spooled the copies here; nothing reads the folder now.
        fs.rmSync(path.join(fileURLToPath(config.cacheDir), 'fzwm-precompress-spool'), {
          recursive: true,
          force: true,
        });
      },
      'astro:build:start': () => {
        if (!skipped()) pool = startPrecompressPool({ encodings });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // For test builds that only read pages in a browser (the scale-1 search test): servers need the files.
        if (skipped()) {
          logger.info('预压缩：FZWM_SKIP_PRECOMPRESS=1，本次跳过（仅供测试，发布的站点不可跳过）。');
          return;
        }
        const started = performance.now();
        await pool?.close();
        const pages = pool?.stats().queued ?? 0;
        pool = undefined;
        const result = await precompressDir(fileURLToPath(dir), { encodings, files: await distFilesOfBuild(dir) });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `预压缩（${encodings.join('、')}）：${pages} 个页面的压缩文件在生成时已写好；另写入 ${result.written.length} 个，沿用 ${result.unchanged} 个，删除 ${result.removed.length} 个过时的（${seconds} 秒）。`,
        );
      },
    },
  };
}
