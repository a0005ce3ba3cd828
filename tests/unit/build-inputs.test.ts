// The build fingerprint: a build is skipped only when content, code, date, settings and the output are all unchanged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import {
  BUILD_INPUTS_FILE,
  fingerprintInputs,
  fingerprintOutput,
  readRecord,
  sameStatusEpoch,
  whyStale,
  writeRecord,
  type FingerprintOptions,
} from '../../src/lib/build-inputs.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

/** Sets a file's times an hour back, as for a file written long before the build. */
const age = (file: string) => {
  const t = new Date(Date.now() - 3600_000);
  fs.utimesSync(file, t, t);
};

/** A project, a content directory and a built output directory, all in one temporary folder. */
function project(): FingerprintOptions {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-inputs-'));
  made.push(base);
  const root = path.join(base, 'project');
  const contentDir = path.join(base, 'content');
  const outDir = path.join(root, 'dist');
  write(root, {
    'src/pages/index.astro': '<h1>首页</h1>',
    'src/lib/status.ts': 'export const overdue = 1;',
    'public/favicon.svg': '<svg/>',
    'package.json': '{}',
    'package-lock.json': '{}',
    'astro.config.mjs': 'export default {};',
    'scripts/bench.ts': '// not part of the build',
  });
  write(contentDir, {
    'site.yaml': 'name: 示例县\n',
    'cases/2026/2026-001.md': '---\nid: 2026-001\n---\n## 基本案情\n张某……\n',
    '.git/HEAD': 'ref: refs/heads/main\n',
  });
  write(outDir, {
    'index.html': '<h1>首页</h1>',
    'cases/2026-001/index.html': '<p>案例</p>',
    'cases/2026-001/index.html.gz': 'gz',
  });
  return {
    root,
    contentDir,
    asOf: '2026-11-21',
    outDir,
    settings: { site: 'https://example.gov.cn/' },
    hashCacheFile: path.join(base, 'cache/hashes.json'),
  };
}

/** Records a finished build of the current inputs, as the last integration does. */
function built(options: FingerprintOptions): void {
  writeRecord(options.outDir, fingerprintInputs(options));
}

it('without a record the build runs; after one, nothing changed means nothing to do', () => {
  const options = project();
  expect(whyStale(options.outDir, fingerprintInputs(options))).toBe('none');
  built(options);
  expect(fs.existsSync(path.join(options.outDir, BUILD_INPUTS_FILE))).toBe(true);
  expect(whyStale(options.outDir, fingerprintInputs(options))).toBeUndefined();
  // The record holds digests and the date only: no paths of the machine that built it.
  const record = fs.readFileSync(path.join(options.outDir, BUILD_INPUTS_FILE), 'utf8');
  expect(record).not.toContain(options.root);
  expect(readRecord(options.outDir)?.inputs.asOf).toBe('2026-11-21');
});

it('an edited case, even one of the same size with its old mtime put back, makes the build run', () => {
  const options = project();
  const file = path.join(options.contentDir, 'cases/2026/2026-001.md');
  age(file);
  built(options);
  const { mtime } = fs.statSync(file);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('张某', '李某'));
  fs.utimesSync(file, mtime, mtime);
  expect(whyStale(options.outDir, fingerprintInputs(options))).toBe('content');
});

it('a new, deleted or renamed content file makes the build run; the content repository’s .git does not', () => {
  const options = project();
  built(options);
  write(options.contentDir, { '.git/HEAD': 'ref: refs/heads/other\n', '.git/objects/ab/cd': 'x' });
  expect(whyStale(options.outDir, fingerprintInputs(options))).toBeUndefined();
  write(options.contentDir, { 'cases/2026/2026-002.md': '---\nid: 2026-002\n---\n' });
  expect(whyStale(options.outDir, fingerprintInputs(options))).toBe('content');
  built(options);
  fs.renameSync(
    path.join(options.contentDir, 'cases/2026/2026-002.md'),
    path.join(options.contentDir, 'cases/2026/2026-003.md'),
  );
  expect(whyStale(options.outDir, fingerprintInputs(options))).toBe('content');
  built(options);
  fs.rmSync(path.join(options.contentDir, 'cases/2026/2026-003.md'));
  expect(whyStale(options.outDir, fingerprintInputs(options))).toBe('content');
});

it('a later day of the same month (the nightly rebuild) is no reason to build; a new month or an earlier day is', () => {
  const options = project();
  built(options);
  expect(whyStale(options.outDir, fingerprintInputs({ ...options, asOf: '2026-11-22' }))).toBeUndefined();
  expect(whyStale(options.outDir, fingerprintInputs({ ...options, asOf: '2026-11-30' }))).toBeUndefined();
  expect(whyStale(options.outDir, fingerprintInputs({ ...options, asOf: '2026-12-01' }))).toBe('asOf');
  expect(whyStale(options.outDir, fingerprintInputs({ ...options, asOf: '2026-11-20' }))).toBe('asOf');
  expect(whyStale(options.outDir, fingerprintInputs({ ...options, asOf: '2027-11-22' }))).toBe('asOf');
  // The record keeps the date the pages were built as of.
  expect(readRecord(options.outDir)?.inputs.asOf).toBe('2026-11-21');
});

it('sameStatusEpoch: the same day, or a later day of the same month', () => {
  expect(sameStatusEpoch('2026-11-21', '2026-11-21')).toBe(true);
  expect(sameStatusEpoch('2026-11-21', '2026-11-30')).toBe(true);
  expect(sameStatusEpoch('2026-11-30', '2026-12-01')).toBe(false);
  expect(sameStatusEpoch('2026-12-31', '2027-01-01')).toBe(false);
  expect(sameStatusEpoch('2026-11-21', '2026-11-20')).toBe(false);
});

it('a changed source file, public file, lockfile or installed package makes the build run; a script outside the build does not', () => {
  const options = project();
  built(options);
  write(options.root, { 'scripts/bench.ts': '// changed' });
  expect(whyStale(options.outDir, fingerprintInputs(options))).toBeUndefined();
  for (const [file, text] of [
    ['src/lib/status.ts', 'export const overdue = 2;'],
    ['public/favicon.svg', '<svg></svg>'],
    ['package-lock.json', '{"lockfileVersion":3}'],
    ['node_modules/.package-lock.json', '{"packages":{}}'],
    ['.env.production', 'PUBLIC_X=1'],
  ] as const) {
    write(options.root, { [file]: text });
    expect(whyStale(options.outDir, fingerprintInputs(options)), file).toBe('code');
    built(options);
  }
});

it('another site URL, content directory or output option makes the build run', () => {
  const options = project();
  built(options);
  expect(
    whyStale(options.outDir, fingerprintInputs({ ...options, settings: { site: 'https://example.gov.cn/pafz/' } })),
  ).toBe('settings');
  const otherContent = `${options.contentDir}-copy`;
  made.push(otherContent);
  fs.cpSync(options.contentDir, otherContent, { recursive: true });
  expect(whyStale(options.outDir, fingerprintInputs({ ...options, contentDir: otherContent }))).toBe('settings');
});

it('a deleted, added or edited file in the output directory makes the build run', () => {
  const options = project();
  built(options);
  const out = (file: string) => path.join(options.outDir, file);
  fs.rmSync(out('cases/2026-001/index.html.gz'));
  expect(whyStale(options.outDir, fingerprintInputs(options))).toBe('output');
  built(options);
  write(options.outDir, { 'stray.html': 'x' });
  expect(whyStale(options.outDir, fingerprintInputs(options))).toBe('output');
  built(options);
  fs.writeFileSync(out('index.html'), '<h1>首頁</h1>'); // same size, new mtime
  expect(whyStale(options.outDir, fingerprintInputs(options))).toBe('output');
  built(options);
  fs.rmSync(options.outDir, { recursive: true });
  expect(whyStale(options.outDir, fingerprintInputs(options))).toBe('none');
});

it('hashes are cached by stat for files written more than two seconds ago, and only for those', async () => {
  const options = project();
  const old = path.join(options.contentDir, 'site.yaml');
  // Both its mtime and its ctime (which utimes sets to now) must be older than two seconds.
  await new Promise((resolve) => setTimeout(resolve, 2100));
  write(options.contentDir, { 'cases/2026/2026-001.md': 'just written' });
  const first = fingerprintInputs(options);
  const cached = JSON.parse(fs.readFileSync(options.hashCacheFile!, 'utf8')) as { files: Record<string, unknown> };
  expect(Object.keys(cached.files)).toContain(old);
  // A file written just now is hashed again next time: it could change again within the clock's resolution.
  expect(Object.keys(cached.files)).not.toContain(path.join(options.contentDir, 'cases/2026/2026-001.md'));
  expect(fingerprintInputs(options)).toEqual(first);
  // A corrupt cache is ignored, not trusted.
  fs.writeFileSync(options.hashCacheFile!, '{not json');
  expect(fingerprintInputs(options)).toEqual(first);
});

it('the output fingerprint ignores the record itself and .git', () => {
  const options = project();
  const before = fingerprintOutput(options.outDir);
  write(options.outDir, { '.git/HEAD': 'x', [BUILD_INPUTS_FILE]: '{}' });
  expect(fingerprintOutput(options.outDir)).toBe(before);
});
