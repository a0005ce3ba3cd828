// Rebuilding after an edit: cached pages are reused, and every page that shows the edited data is rendered again.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function build(contentDir: string, outDir: string) {
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_OUT_DIR: outDir, SITE_AS_OF: '2026-11-21' },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

it('an edited case title or body reaches its page, the listings and the search index; untouched pages come from the cache', () => {
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-incr-'));
  fs.cpSync(path.join(root, 'tests/fixtures/valid'), contentDir, { recursive: true });
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-incr-out-'));
  const first = build(contentDir, outDir);
  expect(first).not.toContain('(cached)');

  const file = path.join(contentDir, 'cases/2026/fraud.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: 冒充客服退款诈骗案', 'title: 冒充电商客服退款诈骗案'));
  const second = build(contentDir, outDir);

  const read = (p: string) => fs.readFileSync(path.join(outDir, p), 'utf8');
  expect(read('cases/2026-001/index.html')).toContain('冒充电商客服退款诈骗案');
  expect(read('cases/index.html')).toContain('冒充电商客服退款诈骗案');
  expect(read(`cases/type/${'警示案例'}/index.html`)).toContain('冒充电商客服退款诈骗案');
  expect(read('cases/2025-099/index.html')).toContain('/cases/2026-001/');
  // The person page and the other case do not show that title: they are reused.
  expect(second).toMatch(/good-people\/2026-q1\/li-ming\/index\.html.*\((cached|restored)\)/);
  expect(second).toMatch(/cases\/2026-002\/index\.html.*\((cached|restored)\)/);
  expect(second).not.toMatch(/cases\/2026-001\/index\.html.*\((cached|restored)\)/);
  // The search shard was re-indexed for the new title.
  expect(second).toContain('重建 1 个（recent）');

  // An edit to the body only (no field changes) reaches the page too.
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('法院以诈骗罪判处张某有期徒刑三年。', '法院以诈骗罪判处张某有期徒刑三年六个月。'));
  const third = build(contentDir, outDir);
  expect(read('cases/2026-001/index.html')).toContain('有期徒刑三年六个月');
  expect(third).not.toMatch(/cases\/2026-001\/index\.html.*\((cached|restored)\)/);
});
