// scripts/check-content.ts as staff run it (npm run check:content): exit code and what it prints.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, test } from 'vitest';
import { todayInShanghai } from '../../src/lib/site-env.ts';
import { cleanupContent, FIXTURE_DIR, fixtureText, makeContent, REPO_DIR, replace } from './helpers.ts';
import { gbk } from './text-bytes.ts';

afterAll(cleanupContent);

/** The project's Node 24 (the `node` devDependency), else the Node running the tests. */
const NODE = [path.join(REPO_DIR, 'node_modules/.bin/node')].find((p) => fs.existsSync(p)) ?? process.execPath;

/** Runs the check as `npm run check:content` does, with only the given CONTENT_DIR / SITE_AS_OF. */
function check(env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const { SITE_AS_OF: _asOf, CONTENT_DIR: _dir, ...inherited } = process.env;
  const child = spawn(NODE, ['scripts/check-content.ts'], {
    cwd: REPO_DIR,
    env: { ...inherited, ...env },
    timeout: 30_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

// Each test starts a Node process: on a busy 2-core machine that takes longer than the default 5 s.
describe.concurrent('check-content', { timeout: 30_000 }, () => {
  test('the valid fixture passes, with counts (CONTENT_DIR relative to the working directory)', async ({ expect }) => {
    // A relative CONTENT_DIR is resolved from the working directory.
    const { status, stdout, stderr } = await check({ CONTENT_DIR: 'tests/fixtures/valid', SITE_AS_OF: '2026-11-21' });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(`内容检查通过（${FIXTURE_DIR}，截至 2026-11-21，`);
    expect(stdout).toContain(
      '3 个单位，2 份承诺，3 个案例，1 个榜单，1 位好人，2 个整改批次，4 个整改事项，2 项指标，1 个页面',
    );
  });

  test('a broken copy fails and lists every file, field and row in Chinese', async ({ expect }) => {
    const dir = makeContent({
      'commitments/2026-H2/gongan.yaml': replace('    status: 已兑现', '    status: 完成'),
      'rectification/2026-ducha.csv': replace(',整改中,', ',进行中,'),
      'cases/2026/fraud.md': replace('unit: gongan', 'unit: 县公安局'),
    });
    const { status, stdout, stderr } = await check({ CONTENT_DIR: dir });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`内容检查未通过：3 个文件中共有 3 个问题（内容目录：${dir}）`);
    expect(stderr).toContain('✗ commitments/2026-H2/gongan.yaml');
    expect(stderr).toContain('第 16 行，字段 items[2].status（状态）：“完成”不是允许的值。');
    expect(stderr).toContain('✗ rectification/2026-ducha.csv');
    expect(stderr).toContain('第 3 行，“整改状态”列：“进行中”不是允许的值。');
    expect(stderr).toContain('✗ cases/2026/fraud.md');
    expect(stderr).toContain('字段 unit（单位）：这里要写单位 id，请把“县公安局”改为“gongan”。');
  });

  test('the summary says which encoding a ledger was read in', async ({ expect }) => {
    const LEDGER = 'rectification/2026-ducha.csv';
    const dir = makeContent({ [LEDGER]: gbk(fixtureText(LEDGER).replace(/^\uFEFF/, '')) });
    const { status, stdout, stderr } = await check({ CONTENT_DIR: dir, SITE_AS_OF: '2026-11-21' });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('个整改事项');
    expect(stdout).toContain('读取说明：\n  · rectification/2026-ducha.csv 按 GBK（GB18030）编码读取。\n');
  });

  test('SITE_AS_OF is the date completions and progress may not be after, as in the build', async ({ expect }) => {
    const { status, stderr } = await check({ CONTENT_DIR: FIXTURE_DIR, SITE_AS_OF: '2026-07-15' });
    expect(status).toBe(1);
    expect(stderr).toContain('内容检查未通过：3 个文件中共有 4 个问题');
    expect(stderr).toContain(
      '第 10 行，字段 items[0].progress[0].date（日期）：进展日期 2026-08-15 晚于网站的截至日期（2026-07-15，即 SITE_AS_OF）',
    );
    expect(stderr).toContain('第 2 行，“完成时间”列：完成时间 2026-09-20 晚于网站的截至日期（2026-07-15，即 SITE_AS_OF）');
  });

  test('without SITE_AS_OF the date is today in Asia/Shanghai', async ({ expect }) => {
    const today = todayInShanghai();
    const { status, stdout } = await check({ CONTENT_DIR: FIXTURE_DIR });
    expect(status).toBe(0);
    expect(stdout).toContain(`截至 ${today}，`);
  });

  test('a malformed SITE_AS_OF fails with a Chinese explanation and no stack trace', async ({ expect }) => {
    const { status, stdout, stderr } = await check({ CONTENT_DIR: FIXTURE_DIR, SITE_AS_OF: '2026/07/15' });
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(
      '环境变量 SITE_AS_OF 的值“2026/07/15”不是有效日期，格式应为 YYYY-MM-DD（例如 2024-12-31）。',
    );
  });
});
