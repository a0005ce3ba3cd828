// Building from invalid content fails, naming the file and the field (or line), exactly as check:content does.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(root, 'tests/fixtures/valid');

function brokenCopy(edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-bad-'));
  fs.cpSync(fixture, dir, { recursive: true });
  edit(dir);
  return dir;
}

function run(args: string[], contentDir: string) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-out-'));
  const result = spawnSync('npx', args, {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_OUT_DIR: outDir, SITE_AS_OF: '2026-11-21' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

const replaceIn = (file: string, from: string | RegExp, to: string) => (dir: string) => {
  const target = path.join(dir, file);
  const text = fs.readFileSync(target, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test edit did not apply to ${file}`);
  fs.writeFileSync(target, next);
};

const MISTAKES: Array<{ name: string; edit: (dir: string) => void; expect: string[] }> = [
  { name: 'a YAML syntax error', edit: replaceIn('units.yaml', '  kind: 乡镇', ' kind: 乡镇\n   - broken'), expect: ['units.yaml', '第', 'YAML 格式错误'] },
  { name: 'a misspelt field', edit: replaceIn('commitments/2026-H2/gongan.yaml', '    status: 已兑现', '    stauts: 已兑现'), expect: ['commitments/2026-H2/gongan.yaml', 'items[2].stauts', 'status'] },
  { name: 'a status that is not allowed', edit: replaceIn('commitments/2026-H2/gongan.yaml', '    status: 已兑现', '    status: 已完成'), expect: ['commitments/2026-H2/gongan.yaml', 'items[2].status（状态）', '未启动、推进中、已兑现、部分兑现、未兑现'] },
  { name: 'an unknown unit in a case', edit: replaceIn('cases/2026/fraud.md', 'unit: gongan', 'unit: gonan'), expect: ['cases/2026/fraud.md', 'unit（单位）', '找不到单位“gonan”'] },
  { name: 'a bad status in a CSV ledger row', edit: replaceIn('rectification/2026-ducha.csv', ',整改中,', ',进行中,'), expect: ['rectification/2026-ducha.csv', '第 3 行', '“整改状态”列'] },
  { name: 'an MDX syntax error', edit: replaceIn('cases/2026/traffic.mdx', '<Callout title="提示">', '<Callout title="提示"'), expect: ['cases/2026/traffic.mdx', 'MDX 语法错误', '第'] },
  { name: 'a mobile phone number in a case', edit: replaceIn('cases/2026/fraud.md', '骗取李某3.2万元', '骗取李某（电话13912345678）3.2万元'), expect: ['cases/2026/fraud.md', '手机号', '139****5678'] },
  { name: 'a duplicate case number', edit: replaceIn('cases/2026/traffic.mdx', 'id: 2026-002', 'id: 2026-001'), expect: ['cases/2026/traffic.mdx', '“2026-001”重复了'] },
];

describe.each(MISTAKES)('$name', ({ edit, expect: phrases }) => {
  it('fails both check:content and the build, naming the file and the field', () => {
    const dir = brokenCopy(edit);
    const check = run(['node', 'scripts/check-content.ts'], dir);
    expect(check.status).toBe(1);
    for (const phrase of phrases) expect(check.output).toContain(phrase);
    const build = run(['astro', 'build'], dir);
    expect(build.status).not.toBe(0);
    for (const phrase of phrases) expect(build.output).toContain(phrase);
    expect(fs.existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });
});

it('any valid content directory given as CONTENT_DIR passes the check and builds into a site', () => {
  const check = run(['node', 'scripts/check-content.ts'], fixture);
  expect(check.status).toBe(0);
  expect(check.output).toContain('内容检查通过');
  const build = run(['astro', 'build'], fixture);
  expect(build.status, build.output).toBe(0);
  for (const page of ['index.html', 'cases/2026-001/index.html', 'cases/2025-099/index.html', 'good-people/2026-q1/li-ming/index.html', 'about/index.html', 'pagefind/recent/pagefind.js']) {
    expect(fs.existsSync(path.join(build.outDir, page)), page).toBe(true);
  }
  expect(fs.readFileSync(path.join(build.outDir, 'index.html'), 'utf8')).toContain('测试县法治文明公开网');
});

it('a malformed SITE_AS_OF stops the build with a Chinese message', () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-out-'));
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: fixture, ASTRO_OUT_DIR: outDir, SITE_AS_OF: '2026-13-01' },
    encoding: 'utf8',
  });
  expect(result.status).not.toBe(0);
  expect(`${result.stdout}${result.stderr}`).toContain('SITE_AS_OF 的值“2026-13-01”不是有效日期');
});

it('files that would escape the check (links, hidden and backup files, photos outside or broken, YAML bombs) fail both, each named', () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-outside-'));
  const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    .concat(Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`))
    .join('\n');
  const dir = brokenCopy((d) => {
    const fraud = fs.readFileSync(path.join(d, 'cases/2026/fraud.md'), 'utf8');
    fs.writeFileSync(path.join(outside, 'outside.md'), fraud.replace('id: 2026-001', 'id: 2026-050').replace('aliases: [2025-099]', ''));
    fs.symlinkSync(path.join(outside, 'outside.md'), path.join(d, 'cases/2026/linked.md'));
    fs.writeFileSync(path.join(d, 'cases/2026/.hidden.md'), fraud.replace('id: 2026-001', 'id: 2026-051'));
    fs.writeFileSync(path.join(d, 'cases/2026/fraud.md~'), fraud);
    const png = fs.readFileSync(path.join(d, 'good-people/2026-q1/li-ming.png'));
    fs.writeFileSync(path.join(d, 'good-people/2026-q1/li-ming.png'), png.subarray(0, png.length - 40));
    fs.writeFileSync(path.join(d, 'indicators.yaml'), bomb);
    replaceIn('commitments/2026-H2/gongan.yaml', 'title: ', `tags: ${'['.repeat(10_000)}\ntitle: `)(d);
    fs.writeFileSync(path.join(d, 'good-people/2026-q1/wang.md'), fs.readFileSync(path.join(d, 'good-people/2026-q1/li-ming.md'), 'utf8').replace('id: li-ming', 'id: wang').replace('./li-ming.png', '../../../li-ming.png'));
  });
  const phrases = [
    'cases/2026/linked.md', '符号链接',
    'cases/2026/.hidden.md', '隐藏文件',
    'cases/2026/fraud.md~', '备份（临时）文件',
    'good-people/2026-q1/li-ming.md', '照片文件“./li-ming.png”已损坏',
    'good-people/2026-q1/wang.md', '照片“../../../li-ming.png”不在内容目录里',
    'indicators.yaml', '别名',
    'commitments/2026-H2/gongan.yaml', '层级嵌套超过 100 层',
  ];
  try {
    const check = run(['node', 'scripts/check-content.ts'], dir);
    expect(check.status).toBe(1);
    for (const phrase of phrases) expect(check.output).toContain(phrase);
    const build = run(['astro', 'build'], dir);
    expect(build.status).not.toBe(0);
    for (const phrase of phrases) expect(build.output).toContain(phrase);
    expect(fs.existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
    fs.rmSync(build.outDir, { recursive: true, force: true });
    fs.rmSync(check.outDir, { recursive: true, force: true });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  }
});
