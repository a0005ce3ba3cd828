// Builds and checks of temporary content directories for the site tests, and the removal of everything they leave:
// the content copy, the output folder and Astro's cache for that content directory (node_modules/.astro/content-<hash>).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURE_DIR = path.join(ROOT, 'tests/fixtures/valid');
/** The as-of date of every site test (global-setup's SAMPLE_AS_OF). */
export const TEST_AS_OF = '2026-11-21';

const made: string[] = [];

/** A fresh temporary folder, removed by removeTemporary(). */
export function temporaryDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A copy of the valid fixture in a temporary folder. */
export function fixtureCopy(prefix = 'fzwm-content-'): string {
  const dir = temporaryDir(prefix);
  fs.cpSync(FIXTURE_DIR, dir, { recursive: true });
  return dir;
}

/** Astro's cache folder for a content directory, as astro.config.mjs names it. */
function astroCacheOf(contentDir: string): string {
  return path.join(
    ROOT,
    'node_modules/.astro',
    `content-${crypto.createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`,
  );
}

/** Removes every folder made here, and Astro's caches of the content folders among them (call from afterAll). */
export function removeTemporary(): void {
  for (const dir of made.splice(0)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(astroCacheOf(dir), { recursive: true, force: true });
  }
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** Runs a command of the project (npx …) on a content directory, as of a date. */
export function run(args: string[], contentDir: string, env: Record<string, string> = {}): RunResult {
  const result = spawnSync('npx', args, {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_AS_OF: TEST_AS_OF, ...env },
    encoding: 'utf8',
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}\n${result.stderr}`,
  };
}

/** `astro build` of a content directory into a new temporary output folder. */
export function build(
  contentDir: string,
  outDir = temporaryDir('fzwm-out-'),
  asOf = TEST_AS_OF,
  env: Record<string, string> = {},
): RunResult & { outDir: string } {
  return { ...run(['astro', 'build'], contentDir, { ASTRO_OUT_DIR: outDir, SITE_AS_OF: asOf, ...env }), outDir };
}
