// scripts/publish.ts: atomic releases on real files, locally and over a stand-in for ssh with real rsync (two "servers").
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { publishLocal, rollbackLocal } from '../../scripts/publish/local.ts';
import {
  nextReleaseName,
  previousRelease,
  releasesToPrune,
  releaseStamp,
  sortReleases,
} from '../../scripts/publish/releases.ts';
import { parseServer, publishRemote, rollbackRemote, type Server } from '../../scripts/publish/remote.ts';
import { REPO_DIR } from './helpers.ts';

const NODE = [path.join(REPO_DIR, 'node_modules/.bin/node')].find((p) => fs.existsSync(p)) ?? process.execPath;
const temps: string[] = [];
afterAll(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-publish-'));
  temps.push(dir);
  return dir;
}

/** A built site: index.html plus the given files. */
function makeDist(files: Record<string, string> = {}): string {
  const dist = tempDir();
  for (const [file, text] of Object.entries({ 'index.html': '<h1>首页</h1>', ...files })) {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), text);
  }
  return dist;
}

const at = (time: string) => new Date(`2026-11-21T${time}+08:00`);
const link = (to: string) => fs.readlinkSync(path.join(to, 'current'));
const live = (to: string, file = 'index.html') => fs.readFileSync(path.join(to, 'current', file), 'utf8');
const releases = (to: string) => fs.readdirSync(path.join(to, 'releases')).sort();

/** Runs `npm run publish` as a person does (the script itself, with the project's Node). */
function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(NODE, ['scripts/publish.ts', ...args], {
    cwd: REPO_DIR,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('release names and pruning', () => {
  test('names are the Asia/Shanghai time; a second release in the same second gets -2', () => {
    expect(releaseStamp(new Date('2026-11-20T16:10:05Z'))).toBe('20261121-001005');
    expect(nextReleaseName('20261121-001005', ['20261121-001005'])).toBe('20261121-001005-2');
    expect(
      sortReleases(['20261121-001005-10', 'notes.txt', '20261121-001005-2', '20261120-235959', '20261121-001005']),
    ).toEqual(['20261120-235959', '20261121-001005', '20261121-001005-2', '20261121-001005-10']);
  });

  test('keeps the newest N, and never the current release or the one before it', () => {
    const names = ['20260101-000000', '20260102-000000', '20260103-000000', '20260104-000000', '20260105-000000'];
    expect(releasesToPrune(names, '20260105-000000', 2)).toEqual([
      '20260101-000000',
      '20260102-000000',
      '20260103-000000',
    ]);
    // keep 1 still keeps the one a rollback would return to.
    expect(releasesToPrune(names, '20260105-000000', 1)).toEqual([
      '20260101-000000',
      '20260102-000000',
      '20260103-000000',
    ]);
    // After a rollback to the second, the second and the first stay too.
    expect(releasesToPrune(names, '20260102-000000', 2)).toEqual(['20260103-000000']);
    expect(previousRelease(names, '20260102-000000')).toBe('20260101-000000');
    expect(previousRelease(names, '20260101-000000')).toBeUndefined();
  });

  test('--server is user@host:/dir with a plain path', () => {
    expect(parseServer('deploy@10.0.0.11:/srv/pafz/')).toEqual({ host: 'deploy@10.0.0.11', dir: '/srv/pafz' });
    expect(() => parseServer('deploy@10.0.0.11:srv')).toThrow('--server 的写法应为 用户@服务器:/发布目录');
    expect(() => parseServer('deploy@h:/srv/$(reboot)')).toThrow('目录名只用英文字母、数字和 _ . -');
    expect(() => parseServer('-oProxyCommand=x:/srv')).toThrow('--server 的写法应为');
  });
});

describe('publishing on this machine', () => {
  test('a publish, a second publish, a rollback, and keep-N pruning', async () => {
    const to = path.join(tempDir(), 'pafz');
    const first = await publishLocal({ dist: makeDist({ 'a/index.html': '一' }), to, keep: 3, now: at('00:10:00') });
    expect(first).toEqual({ release: '20261121-001000', pruned: [] });
    expect(link(to)).toBe('releases/20261121-001000');
    expect(live(to, 'a/index.html')).toBe('一');

    const second = await publishLocal({ dist: makeDist({ 'a/index.html': '二' }), to, keep: 3, now: at('09:30:00') });
    expect(second).toEqual({ release: '20261121-093000', previous: '20261121-001000', pruned: [] });
    expect(link(to)).toBe('releases/20261121-093000');
    expect(live(to, 'a/index.html')).toBe('二');
    expect(releases(to)).toEqual(['20261121-001000', '20261121-093000']);

    expect(rollbackLocal({ to })).toEqual({ release: '20261121-001000', from: '20261121-093000' });
    expect(live(to, 'a/index.html')).toBe('一');
    expect(() => rollbackLocal({ to })).toThrow('20261121-001000 之前没有更早的版本，无法回退。');
    expect(link(to)).toBe('releases/20261121-001000');

    for (const time of ['10:00:00', '11:00:00', '12:00:00'])
      await publishLocal({ dist: makeDist(), to, keep: 3, now: at(time) });
    expect(releases(to)).toEqual(['20261121-100000', '20261121-110000', '20261121-120000']);
    // Same second twice: a second folder, not an overwrite.
    const again = await publishLocal({ dist: makeDist(), to, keep: 1, now: at('12:00:00') });
    expect(again.release).toBe('20261121-120000-2');
    expect(again.pruned).toEqual(['20261121-100000', '20261121-110000']);
    expect(releases(to)).toEqual(['20261121-120000', '20261121-120000-2']);
    expect(fs.readdirSync(to).sort()).toEqual(['current', 'releases']);
  });

  test('the command line publishes and rolls back, with relative paths and Chinese messages', () => {
    const root = tempDir();
    const dist = makeDist({ 'x.txt': 'v1' });
    const env = { INIT_CWD: root };
    fs.renameSync(dist, path.join(root, 'dist'));
    // INIT_CWD is where the person typed the command (npm sets it): relative paths start there.
    expect(cli(['--dist', 'dist', '--to', 'srv'], env).status).toBe(0);
    fs.writeFileSync(path.join(root, 'dist', 'x.txt'), 'v2');
    const second = cli(['--dist', 'dist', '--to', 'srv', '--keep', '2'], env);
    expect(second.stderr).toBe('');
    expect(second.stdout).toMatch(/\[发布\] 已发布：\d{8}-\d{6}/);
    expect(live(path.join(root, 'srv'), 'x.txt')).toBe('v2');
    const back = cli(['--to', 'srv', '--rollback'], env);
    expect(back.status).toBe(0);
    expect(back.stdout).toMatch(/\[发布\] 已回退：\d{8}-\d{6}(-\d+)? → \d{8}-\d{6}/);
    expect(live(path.join(root, 'srv'), 'x.txt')).toBe('v1');

    const empty = tempDir();
    const refused = cli(['--dist', empty, '--to', path.join(root, 'srv')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      `[发布] 失败：${empty} 中没有 index.html，不是一次完整的构建结果：请先运行 npm run build。`,
    );
    expect(cli(['--dist', 'dist']).stderr).toContain('请给出 --to（本机目录）或 --server（服务器），二者选一。');
    expect(cli(['--to', 'srv', '--keep', '0', '--rollback'], env).stderr).toContain('--keep 应为不小于 1 的整数');
  }, 60_000);

  test('a `current` that is a real folder is refused, not replaced', async () => {
    const to = tempDir();
    fs.mkdirSync(path.join(to, 'current'));
    await expect(publishLocal({ dist: makeDist(), to, keep: 5 })).rejects.toThrow('current 已存在但不是符号链接');
  });

  test('a reload that fails switches back to the release before', async () => {
    const to = tempDir();
    await publishLocal({ dist: makeDist({ 'v.txt': '旧' }), to, keep: 5, now: at('01:00:00') });
    await expect(
      publishLocal({
        dist: makeDist({ 'v.txt': '新' }),
        to,
        keep: 5,
        now: at('02:00:00'),
        reload: 'echo "nginx: configuration test failed" >&2; exit 1',
      }),
    ).rejects.toThrow('发布后重新加载失败，已切回原来的版本（20261121-010000）：nginx: configuration test failed');
    expect(live(to, 'v.txt')).toBe('旧');
  });

  test('a publish killed half-way leaves current and the live files untouched; the next publish cleans up', async () => {
    const to = tempDir();
    await publishLocal({ dist: makeDist({ 'live.txt': '在线版本' }), to, keep: 5, now: at('03:00:00') });
    const before = link(to);

    const files: Record<string, string> = {};
    for (let d = 0; d < 40; d++)
      for (let f = 0; f < 100; f++) files[`p${d}/${f}.html`] = `<p>${'内容'.repeat(200)}</p>`;
    const big = makeDist({ ...files, 'live.txt': '新版本' });
    const child = spawn(NODE, ['scripts/publish.ts', '--dist', big, '--to', to], { cwd: REPO_DIR, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Kill it half-way: once 1,500 of its 4,001 files have been copied.
    const copiedFiles = () => {
      const partial = fs.readdirSync(path.join(to, 'releases')).find((name) => name.startsWith('.partial-'));
      if (!partial) return 0;
      const dir = path.join(to, 'releases', partial);
      return fs
        .readdirSync(dir, { withFileTypes: true })
        .reduce((n, entry) => n + (entry.isDirectory() ? fs.readdirSync(path.join(dir, entry.name)).length : 1), 0);
    };
    const deadline = Date.now() + 30_000;
    while (copiedFiles() < 1500 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 1));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const partial = releases(to).find((name) => name.startsWith('.partial-'));
    expect(partial).toBeDefined();
    const copied = copiedFiles();
    expect(copied).toBeGreaterThanOrEqual(1500);
    expect(copied).toBeLessThan(4001);
    expect(releases(to)).toEqual([partial, '20261121-030000']);
    expect(link(to)).toBe(before);
    expect(live(to, 'live.txt')).toBe('在线版本');

    const next = await publishLocal({ dist: makeDist({ 'live.txt': '下一版本' }), to, keep: 5, now: at('04:00:00') });
    expect(releases(to)).toEqual(['20261121-030000', next.release]);
    expect(live(to, 'live.txt')).toBe('下一版本');
  }, 60_000);
});

describe('publishing to two servers over ssh (a stand-in that runs the command here) with rsync', () => {
  /** Stands in for ssh: drops ssh's options and the host, then runs the remote command on this machine. */
  function fakeSsh(): string {
    const file = path.join(tempDir(), 'fake-ssh');
    fs.writeFileSync(
      file,
      [
        '#!/bin/sh',
        'while [ $# -gt 0 ]; do',
        '  case "$1" in -l|-p|-i|-o|-F) shift 2 ;; -*) shift ;; *) break ;; esac',
        'done',
        'FAKE_SSH_HOST="$1"; export FAKE_SSH_HOST; shift',
        'exec sh -c "$*"',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    return file;
  }

  function twoServers(): { a: Server; b: Server; root: string } {
    const root = tempDir();
    return { root, a: parseServer(`deploy@server-a:${root}/a/pafz`), b: parseServer(`deploy@server-b:${root}/b/pafz`) };
  }

  test('both servers get the release before either switches; a rollback moves both back', async () => {
    const ssh = fakeSsh();
    const { a, b } = twoServers();
    const lines: string[] = [];
    const options = { servers: [a, b], ssh, keep: 5, log: (line: string) => lines.push(line) };
    await publishRemote({ ...options, dist: makeDist({ 'same.css': 'body{}', 'v.txt': '一' }), now: at('00:10:00') });
    const second = await publishRemote({
      ...options,
      dist: makeDist({ 'same.css': 'body{}', 'v.txt': '二' }),
      now: at('00:10:00'),
    });
    expect(second).toEqual({ release: '20261121-001000-2', previous: '20261121-001000', pruned: [] });
    for (const server of [a, b]) {
      expect(link(server.dir)).toBe('releases/20261121-001000-2');
      expect(live(server.dir, 'v.txt')).toBe('二');
      // Unchanged files are hard links to the release before: only what changed was sent and stored.
      const inode = (release: string, file: string) =>
        fs.statSync(path.join(server.dir, 'releases', release, file)).ino;
      expect(inode('20261121-001000-2', 'same.css')).toBe(inode('20261121-001000', 'same.css'));
      expect(inode('20261121-001000-2', 'v.txt')).not.toBe(inode('20261121-001000', 'v.txt'));
    }
    expect(lines).toContain('所有服务器已切换：current → releases/20261121-001000-2');

    expect(await rollbackRemote(options)).toEqual({ release: '20261121-001000', from: '20261121-001000-2' });
    for (const server of [a, b]) expect(live(server.dir, 'v.txt')).toBe('一');
    await expect(rollbackRemote(options)).rejects.toThrow('之前没有更早的版本，无法回退；所有服务器都没有改动。');
  }, 60_000);

  test('when one server cannot take the copy, neither switches and the copies are removed', async () => {
    const ssh = fakeSsh();
    const { a, root } = twoServers();
    const options = { servers: [a], ssh, keep: 5 };
    await publishRemote({ ...options, dist: makeDist({ 'v.txt': '在线' }), now: at('05:00:00') });
    // Server b's folder sits under a plain file, so it can never be created.
    fs.writeFileSync(path.join(root, 'blocked'), '');
    const broken = `deploy@server-b:${root}/blocked/pafz`;
    const result = cli(['--dist', makeDist({ 'v.txt': '新' }), '--server', `${a.host}:${a.dir}`, '--server', broken], {
      PUBLISH_SSH: ssh,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('[发布] 失败：服务器 deploy@server-b 复制失败：');
    expect(result.stderr).toContain('Not a directory');
    expect(result.stderr).toContain('所有服务器都没有切换，仍是原来的版本；已复制的新版本已删除。');
    // Server a had a complete copy before b failed: it is gone, and a still serves what it served.
    expect(releases(a.dir)).toEqual(['20261121-050000']);
    expect(live(a.dir, 'v.txt')).toBe('在线');
  }, 60_000);

  test('a reload that fails on a server switches every server back', async () => {
    const ssh = fakeSsh();
    const { a, b } = twoServers();
    await publishRemote({ servers: [a, b], ssh, keep: 5, dist: makeDist({ 'v.txt': '旧' }), now: at('06:00:00') });
    // The stand-in runs the reload here, telling it which server it stands for: it fails on server b only.
    const reload = `[ "$FAKE_SSH_HOST" != deploy@server-b ] || { echo "nginx: [emerg] unknown directive" >&2; exit 1; }`;
    await expect(
      publishRemote({ servers: [a, b], ssh, keep: 5, reload, dist: makeDist({ 'v.txt': '新' }), now: at('07:00:00') }),
    ).rejects.toThrow(
      '发布后重新加载失败，所有服务器已切回原来的版本：deploy@server-b：nginx: [emerg] unknown directive',
    );
    for (const server of [a, b]) {
      expect(link(server.dir)).toBe('releases/20261121-060000');
      expect(live(server.dir, 'v.txt')).toBe('旧');
    }
  }, 60_000);
});
