// The check and the build give the same verdict on every file: one copy holding every single-fault mutation (each in
// its own file) is refused by the build naming exactly the files the check refuses, in Chinese only; a copy holding
// every value the check accepts builds, and its pages show those values as written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/issues.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { applyMutation, MUTATIONS } from './content-mutations.ts';
import { build, FIXTURE_DIR, fixtureCopy, removeTemporary, run, temporaryDir, TEST_AS_OF } from './temp-build.ts';

afterAll(removeTemporary);

/** The files a report names (its “✗ file” lines). */
const namedFiles = (report: string) => [...report.matchAll(/^✗ (.+)$/gm)].map((m) => m[1]!).sort();
const refusedFiles = MUTATIONS.filter((m) => m.refused)
  .map((m) => m.file)
  .sort();

it('the mutations cover every collection, each in a file of its own', () => {
  const files = MUTATIONS.flatMap((m) => Object.keys(m.files));
  expect(new Set(files).size).toBe(files.length);
  expect(MUTATIONS.length).toBeGreaterThanOrEqual(25);
  for (const place of [
    'cases/',
    'good-people/2026-q1/',
    'pages/',
    'commitments/',
    'rectification/',
    'units.yaml',
    'site.yaml',
    'indicators.yaml',
    'good-people/lists.yaml',
  ]) {
    expect(
      refusedFiles.some((f) => f.startsWith(place)),
      place,
    ).toBe(true);
  }
  expect(refusedFiles.some((f) => f.endsWith('.csv'))).toBe(true);
  expect(refusedFiles.some((f) => f.endsWith('.mdx'))).toBe(true);
});

describe('the check, one mutation at a time', () => {
  it.each(MUTATIONS)('$name: refused $refused', async (mutation) => {
    const dir = fixtureCopy('fzwm-mutation-');
    applyMutation(dir, mutation);
    const { issues } = await loadContent(dir, TEST_AS_OF);
    expect([...new Set(issues.map((i) => i.file))]).toEqual(mutation.refused ? [mutation.file] : []);
    const report = formatIssues(issues);
    for (const phrase of mutation.expect) expect(report).toContain(phrase);
  });
});

it('one build of a copy holding every mutation names exactly the refused files, in Chinese only', () => {
  const dir = fixtureCopy('fzwm-bad-');
  for (const mutation of MUTATIONS) applyMutation(dir, mutation);

  const check = run(['node', 'scripts/check-content.ts'], dir);
  expect(check.status).toBe(1);
  expect(namedFiles(check.stderr)).toEqual(refusedFiles);

  const result = build(dir);
  expect(result.status).not.toBe(0);
  expect(namedFiles(result.output)).toEqual(refusedFiles);
  for (const mutation of MUTATIONS.filter((m) => m.refused)) {
    for (const phrase of mutation.expect) expect(result.output, mutation.name).toContain(phrase);
  }
  // Nothing but the report: no English from Astro, no stack, no location it cannot know.
  expect(result.stdout).toBe('');
  expect(result.stderr.trim()).toBe(check.stderr.replace(/\n（用时 [\d.]+ 秒）\n$/, '').trim());
  expect(result.output).not.toMatch(/Expected type|:0:0|Stack trace|unhandled error|\[ERROR\]|^\s+at /m);
  expect(fs.existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
});

it('a copy holding every value the check accepts passes the check and builds, showing those values as written', () => {
  const dir = fixtureCopy('fzwm-good-');
  for (const mutation of MUTATIONS.filter((m) => !m.refused)) applyMutation(dir, mutation);
  const check = run(['node', 'scripts/check-content.ts'], dir);
  expect(check.status, check.output).toBe(0);
  expect(check.stdout).toContain('内容检查通过');

  const result = build(dir);
  expect(result.status, result.output).toBe(0);
  const page = (p: string) => fs.readFileSync(path.join(result.outDir, p), 'utf8');
  for (const file of [
    'index.html',
    'cases/2026-001/index.html',
    'cases/2025-099/index.html',
    'good-people/2026-q1/li-ming/index.html',
    'about/index.html',
    'pagefind/recent/pagefind.js',
  ]) {
    expect(fs.existsSync(path.join(result.outDir, file)), file).toBe(true);
  }
  expect(page('index.html')).toContain('测试县法治文明公开网');
  // A date in a text field is that text, quoted or not, in Markdown and MDX, on the page and in the open data.
  const cases = JSON.parse(page('api/cases.json')) as {
    items: Array<{ id: string; title: string; category: string; tags: string[] }>;
  };
  const byId = new Map(cases.items.map((c) => [c.id, c]));
  expect(byId.get('2026-201')!.category).toBe('2026-01-01');
  expect(byId.get('2026-202')!.category).toBe('2026-01-01');
  expect(byId.get('2026-203')).toMatchObject({ title: 'yes', category: '2026-01-02' });
  expect(byId.get('2026-204')).toMatchObject({
    title: '2026-01-01T10:00:00',
    tags: ['yes', 'no', '2026-01-01', '0012'],
  });
  expect(page('cases/2026-201/index.html')).toContain('2026-01-01');
  expect(page('cases/2026-203/index.html')).toMatch(/<h1[^>]*>\s*yes\s*</);
  expect(page('good-people/2026-q1/m-accepted/index.html')).toContain('2026-01-01');
  expect(page('m-yes/index.html')).toMatch(/<title>yes /);
  expect(page('commitments/2024/gongan/index.html')).toContain('2026-01-01');
  expect(page('rectification/2026-m-accepted/index.html')).toContain('id="item-12"');
});

it('a malformed SITE_AS_OF stops the build with the Chinese message alone', () => {
  const result = build(FIXTURE_DIR, undefined, '2026-13-01');
  expect(result.status).not.toBe(0);
  expect(result.stderr.trim()).toBe(
    '环境变量 SITE_AS_OF 的值“2026-13-01”不是有效日期，格式应为 YYYY-MM-DD（例如 2024-12-31）。',
  );
});

it('a FZWM_BROTLI other than 1 or 0 stops the build with the Chinese message alone', () => {
  const result = build(FIXTURE_DIR, undefined, TEST_AS_OF, { FZWM_BROTLI: 'yes' });
  expect(result.status).not.toBe(0);
  expect(result.stderr.trim()).toBe(
    '环境变量 FZWM_BROTLI 只能是 1（另写 .br 压缩文件，服务器须有 nginx 的 brotli 模块）或 0（只写 .gz），现在是“yes”。',
  );
});

it('files that would escape the check (links, hidden and backup files, photos outside or broken, YAML bombs) fail both, each named', () => {
  const outside = temporaryDir('fzwm-outside-');
  const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    .concat(Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`))
    .join('\n');
  const dir = fixtureCopy('fzwm-escape-');
  const at = (file: string) => path.join(dir, file);
  const fraud = fs.readFileSync(at('cases/2026/fraud.md'), 'utf8');
  fs.writeFileSync(path.join(outside, 'outside.md'), fraud.replace('id: 2026-001', 'id: 2026-050').replace('aliases: [2025-099]', ''));
  fs.symlinkSync(path.join(outside, 'outside.md'), at('cases/2026/linked.md'));
  fs.writeFileSync(at('cases/2026/.hidden.md'), fraud.replace('id: 2026-001', 'id: 2026-051'));
  fs.writeFileSync(at('cases/2026/fraud.md~'), fraud);
  const png = fs.readFileSync(at('good-people/2026-q1/li-ming.png'));
  fs.writeFileSync(at('good-people/2026-q1/li-ming.png'), png.subarray(0, png.length - 40));
  fs.writeFileSync(at('indicators.yaml'), bomb);
  const commitment = fs.readFileSync(at('commitments/2026-H2/gongan.yaml'), 'utf8');
  fs.writeFileSync(at('commitments/2026-H2/gongan.yaml'), commitment.replace('title: ', `tags: ${'['.repeat(10_000)}\ntitle: `));
  fs.writeFileSync(at('good-people/2026-q1/wang.md'), fs.readFileSync(at('good-people/2026-q1/li-ming.md'), 'utf8').replace('id: li-ming', 'id: wang').replace('./li-ming.png', '../../../li-ming.png'));
  const phrases = [
    'cases/2026/linked.md', '符号链接',
    'cases/2026/.hidden.md', '隐藏文件',
    'cases/2026/fraud.md~', '备份（临时）文件',
    'good-people/2026-q1/li-ming.md', '照片文件“./li-ming.png”已损坏',
    'good-people/2026-q1/wang.md', '照片“../../../li-ming.png”不在内容目录里',
    'indicators.yaml', '别名',
    'commitments/2026-H2/gongan.yaml', '层级嵌套超过 100 层',
  ];
  const check = run(['node', 'scripts/check-content.ts'], dir);
  expect(check.status).toBe(1);
  for (const phrase of phrases) expect(check.output).toContain(phrase);
  const result = build(dir);
  expect(result.status).not.toBe(0);
  for (const phrase of phrases) expect(result.output).toContain(phrase);
  expect(fs.existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
});
