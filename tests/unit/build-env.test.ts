// `npm run build` preloads scripts/build-env.mjs, so that Vite's bundler (Rolldown, with its own allocator) starts with
// MIMALLOC_PURGE_DELAY=0 and gives freed memory back at once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** What Rolldown's allocator says of its purge delay when loaded after the preload, with `env` added. */
function purgeDelaySeen(env: Record<string, string> = {}): string | undefined {
  const result = spawnSync(
    process.execPath,
    ['--import=./scripts/build-env.mjs', '--input-type=module', '-e', "await import('rolldown')"],
    { cwd: root, env: { ...process.env, MIMALLOC_PURGE_DELAY: undefined, ...env, MIMALLOC_VERBOSE: '1' }, encoding: 'utf8' },
  );
  expect(result.status).toBe(0);
  return /option 'purge_delay': (\d+)/.exec(`${result.stdout}${result.stderr}`)?.[1];
}

it('npm run build preloads the memory settings', () => {
  const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  expect(scripts['build']).toMatch(/^node --import=\.\/scripts\/build-env\.mjs .*node_modules\/astro\/bin\/astro\.mjs build$/);
});

it('Rolldown, loaded after the preload, purges freed memory at once', () => {
  expect(purgeDelaySeen()).toBe('0');
});

it('a purge delay already in the environment is kept', () => {
  expect(purgeDelaySeen({ MIMALLOC_PURGE_DELAY: '250' })).toBe('250');
});
