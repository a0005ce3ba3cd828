// Publishing into a releases folder on this machine: copy into a new release, then switch `current` atomically.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  CURRENT_LINK,
  nextReleaseName,
  PARTIAL_PREFIX,
  previousRelease,
  releaseOfLink,
  RELEASES_DIR,
  releasesToPrune,
  releaseStamp,
} from './releases.ts';

export interface LocalPublishOptions {
  dist: string;
  /** The folder that holds `releases/` and `current`. */
  to: string;
  keep: number;
  /** Run after `current` has switched, e.g. to reload nginx; a failure switches back. */
  reload?: string;
  now?: Date;
  log?: (line: string) => void;
}

export interface PublishResult {
  release: string;
  previous?: string;
  pruned: string[];
}

/** Refuses a dist/ that is not a finished build, so an empty or half-built folder never goes live. */
export function assertBuiltDist(dist: string): void {
  if (!fs.existsSync(dist) || !fs.statSync(dist).isDirectory())
    throw new Error(`找不到要发布的网站目录 ${dist}：请先运行 npm run build。`);
  if (!fs.existsSync(path.join(dist, 'index.html')))
    throw new Error(`${dist} 中没有 index.html，不是一次完整的构建结果：请先运行 npm run build。`);
}

export async function publishLocal(options: LocalPublishOptions): Promise<PublishResult> {
  const log = options.log ?? (() => {});
  const dist = path.resolve(options.dist);
  const to = path.resolve(options.to);
  assertBuiltDist(dist);
  const releasesDir = path.join(to, RELEASES_DIR);
  fs.mkdirSync(releasesDir, { recursive: true });
  assertCurrentIsLink(to);

  // A publish that was interrupted left a partial copy: it was never live, so it can go.
  for (const entry of fs.readdirSync(releasesDir)) {
    if (entry.startsWith(PARTIAL_PREFIX)) {
      log(`删除上次中断的发布留下的不完整目录 ${entry}`);
      fs.rmSync(path.join(releasesDir, entry), { recursive: true, force: true });
    }
  }

  const previous = currentRelease(to);
  const release = nextReleaseName(releaseStamp(options.now ?? new Date()), fs.readdirSync(releasesDir));
  const partial = path.join(releasesDir, PARTIAL_PREFIX + release);
  log(`复制 ${dist} → ${path.join(releasesDir, release)}`);
  await copyTree(dist, partial);
  fs.renameSync(partial, path.join(releasesDir, release));

  switchCurrent(to, release);
  log(`current → ${RELEASES_DIR}/${release}（切换前：${previous ?? '无'}）`);
  if (options.reload) {
    const failure = runReload(options.reload);
    if (failure) {
      if (previous) switchCurrent(to, previous);
      else fs.rmSync(path.join(to, CURRENT_LINK), { force: true });
      runReload(options.reload);
      throw new Error(`发布后重新加载失败，已切回原来的版本（${previous ?? '无'}）：${failure}`);
    }
  }

  const pruned = releasesToPrune(fs.readdirSync(releasesDir), release, options.keep);
  for (const name of pruned) fs.rmSync(path.join(releasesDir, name), { recursive: true, force: true });
  if (pruned.length) log(`删除旧版本：${pruned.join('、')}`);
  return { release, ...(previous ? { previous } : {}), pruned };
}

/** Switches `current` back to the release published before it. */
export function rollbackLocal(options: { to: string; reload?: string; log?: (line: string) => void }): {
  release: string;
  from: string;
} {
  const to = path.resolve(options.to);
  const from = currentRelease(to);
  if (!from) throw new Error(`${to} 中没有已发布的版本（没有 current），无法回退。`);
  const releasesDir = path.join(to, RELEASES_DIR);
  const release = previousRelease(fs.readdirSync(releasesDir), from);
  if (!release) throw new Error(`${from} 之前没有更早的版本，无法回退。`);
  switchCurrent(to, release);
  options.log?.(`current → ${RELEASES_DIR}/${release}（回退前：${from}）`);
  if (options.reload) {
    const failure = runReload(options.reload);
    if (failure) throw new Error(`回退后重新加载失败：${failure}`);
  }
  return { release, from };
}

/** The release `current` points to, if any. */
export function currentRelease(to: string): string | undefined {
  try {
    return releaseOfLink(fs.readlinkSync(path.join(to, CURRENT_LINK)));
  } catch {
    return undefined;
  }
}

/**
 * Points `current` at a release in one step: a new symlink under a temp name, renamed over `current`
 * (rename() replaces it atomically on POSIX, so a reader sees the old release or the new one, never neither).
 */
export function switchCurrent(to: string, release: string): void {
  const temp = path.join(to, `.${CURRENT_LINK}-${process.pid}`);
  fs.rmSync(temp, { force: true });
  fs.symlinkSync(`${RELEASES_DIR}/${release}`, temp);
  fs.renameSync(temp, path.join(to, CURRENT_LINK));
}

function assertCurrentIsLink(to: string): void {
  const current = path.join(to, CURRENT_LINK);
  const stat = fs.lstatSync(current, { throwIfNoEntry: false });
  if (stat && !stat.isSymbolicLink()) {
    throw new Error(
      `${current} 已存在但不是符号链接：发布用它指向当前版本。请把它移走（例如改名为 current.old）后再发布。`,
    );
  }
}

/** Copies a built site file by file; anything but files and folders (a symlink in dist/) is refused. */
async function copyTree(from: string, to: string): Promise<void> {
  await fs.promises.mkdir(to);
  for (const entry of await fs.promises.readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await copyTree(source, target);
    else if (entry.isFile()) await fs.promises.copyFile(source, target);
    else throw new Error(`${source} 不是普通文件或目录，不能发布。`);
  }
}

/** Runs the reload command in a shell; returns its error output when it fails. */
function runReload(command: string): string | undefined {
  const result = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
  if (result.status === 0) return undefined;
  return (result.stderr || result.stdout || result.error?.message || `退出码 ${String(result.status)}`).trim();
}
