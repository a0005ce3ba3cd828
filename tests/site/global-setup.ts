// Builds the sample county's site once (as of a fixed date, so derived statuses are stable) and serves it
// for the tests on dist/ and the browser tests. The build is removed afterwards, unless REUSE_DIST=1 asks to keep it
// for the next run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createStaticServer, listen } from '../../scripts/serve.ts';

export const SAMPLE_AS_OF = '2026-11-21';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    baseUrl: string;
    asOf: string;
  }
}

export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  const distDir = path.join(root, 'tests/.tmp/dist-sample');
  const reuse = process.env['REUSE_DIST'] === '1';
  if (!reuse || !fs.existsSync(path.join(distDir, 'index.html'))) {
    const result = spawnSync('npx', ['astro', 'build', '--silent'], {
      cwd: root,
      env: { ...process.env, SITE_AS_OF: SAMPLE_AS_OF, CONTENT_DIR: 'content', ASTRO_OUT_DIR: distDir },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`示例站点构建失败：\n${result.stdout}\n${result.stderr}`);
  }
  const server = createStaticServer(distDir);
  const baseUrl = await listen(server, 0);
  project.provide('distDir', distDir);
  project.provide('baseUrl', baseUrl);
  project.provide('asOf', SAMPLE_AS_OF);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (reuse) return;
    fs.rmSync(distDir, { recursive: true, force: true });
    // The folder too, when nothing else is in it.
    if (fs.readdirSync(path.dirname(distDir)).length === 0) fs.rmdirSync(path.dirname(distDir));
  };
}
