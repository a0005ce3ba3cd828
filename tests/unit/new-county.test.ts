// scripts/new-county.ts: a new content repository whose check lists what to fill in, and passes once it is filled.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createCountyRepository } from '../../scripts/new-county.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { fillCountyPlaceholders, REPO_DIR } from './helpers.ts';

const NODE = [path.join(REPO_DIR, 'node_modules/.bin/node')].find((p) => fs.existsSync(p)) ?? process.execPath;
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: '测试',
  GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: '测试',
  GIT_COMMITTER_EMAIL: 't@example.invalid',
};
const temps: string[] = [];
afterAll(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-county-'));
  temps.push(dir);
  return dir;
}

function run(script: string, args: string[], env: Record<string, string | undefined> = process.env) {
  return spawnSync(NODE, [script, ...args], { cwd: REPO_DIR, env, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run new-county', () => {
  test('writes a git repository on main whose check asks for each placeholder, and passes once they are filled', () => {
    const dir = path.join(tempDir(), 'mouxian-content');
    const result = createCountyRepository(dir, GIT_ENV);
    expect(result.git).toBe('committed');
    expect(result.files).toEqual([
      '.gitea/workflows/site.yml',
      '.gitignore',
      '.gitlab-ci.yml',
      'README.md',
      'cases/2026/2026-001-shili.md',
      'commitments/2026-H2/gongan.yaml',
      'good-people/2026-q1/shili.md',
      'good-people/lists.yaml',
      'indicators.yaml',
      'pages/about.md',
      'rectification/2026-shili.csv',
      'rectification/2026-shili.yaml',
      'site.yaml',
      'units.yaml',
    ]);
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' }).stdout.trim();
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(git('status', '--porcelain')).toBe('');
    expect(git('ls-files')).toContain('.gitea/workflows/site.yml');

    const fresh = run('scripts/check-content.ts', [], { ...process.env, CONTENT_DIR: dir, SITE_AS_OF: '2026-11-21' });
    expect(fresh.status).toBe(1);
    // Only site.yaml is listed: every example, the workflows, the README and .git are accepted as they are.
    expect(fresh.stderr).toContain(`内容检查未通过：1 个文件中共有 11 个问题（内容目录：${dir}）。`);
    expect(fresh.stderr).toContain('✗ site.yaml');
    expect(fresh.stderr).toContain(
      '第 3 行，字段 name（名称）：还没有填写：请把占位文字换成实际内容，现在写的是“待填写：网站名称，例如 某某县法治文明公开网”。',
    );
    expect(fresh.stderr).toContain(
      '第 7 行，字段 baseUrl（网站地址）：还没有填写：请把占位文字换成实际内容，现在写的是“待填写：网站地址',
    );
    expect(fresh.stderr).toContain(
      '第 9 行，字段 icp（ICP备案号）：还没有填写：请把占位文字换成实际内容（这一项可以不填：不需要时删除这一行），',
    );
    expect(fresh.stderr).toContain('字段 reportChannels[0].value（号码或地址）：还没有填写');
    expect(fresh.stderr.match(/还没有填写/g)).toHaveLength(11);

    const site = path.join(dir, 'site.yaml');
    fs.writeFileSync(
      site,
      fillCountyPlaceholders(fs.readFileSync(site, 'utf8')),
    );
    const filled = run('scripts/check-content.ts', [], { ...process.env, CONTENT_DIR: dir, SITE_AS_OF: '2026-11-21' });
    expect(filled.stderr).toBe('');
    expect(filled.status).toBe(0);
    expect(filled.stdout).toContain(
      '3 个单位，1 份承诺，1 个案例，1 个榜单，1 位好人，1 个整改批次，2 个整改事项，1 项指标，1 个页面',
    );
  }, 60_000);

  test('refuses a folder that is not empty, and writes nothing into it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'notes.txt'), '已有文件');
    const result = run('scripts/new-county.ts', [dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir} 不是空目录：为了不覆盖已有文件，请指定一个不存在的目录或空目录。`);
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);
  });

  test('the command line takes a path relative to where it is typed and says what to do next', () => {
    const parent = tempDir();
    const result = run('scripts/new-county.ts', ['xian-content'], { ...GIT_ENV, INIT_CWD: parent });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`已创建内容仓库 ${path.join(parent, 'xian-content')}（14 个文件）。`);
    expect(result.stdout).toContain('把 site.yaml 中每个“待填写：……”换成实际内容');
    expect(result.stdout).toContain('git remote add origin <仓库地址> && git push -u origin main');
  });

  test('the housekeeping files are accepted at the root only', async () => {
    const dir = path.join(tempDir(), 'c');
    createCountyRepository(dir, GIT_ENV);
    fs.mkdirSync(path.join(dir, 'pages/.gitea/workflows'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'pages/.gitea/workflows/site.yml'), 'on: push\n');
    const { issues } = await loadContent(dir);
    expect(issues.filter((issue) => issue.file !== 'site.yaml')).toEqual([
      {
        file: 'pages/.gitea',
        message: '文件夹名以“.”开头，是隐藏文件夹，网站不会发布其中的任何文件。如果要发布，请去掉开头的“.”；否则请删除它。',
      },
    ]);
  });
});
