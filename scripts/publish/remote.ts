// Publishing to one or more web servers over SSH in two phases: the new release is copied (rsync) to every server
// first, and only when all of them have it complete does any server switch `current` to it.
// The servers need only sh, coreutils and rsync; every remote step is a short shell command sent over SSH.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { assertBuiltDist, type PublishResult } from './local.ts';
import {
  CURRENT_LINK,
  nextReleaseName,
  PARTIAL_PREFIX,
  previousRelease,
  releaseOfLink,
  RELEASE_NAME,
  RELEASES_DIR,
  releasesToPrune,
  releaseStamp,
} from './releases.ts';

/** One web server: `user@host:/srv/pafz`. */
export interface Server {
  /** What ssh connects to: `user@host`. */
  host: string;
  /** The folder on the server that holds `releases/` and `current`. */
  dir: string;
}

export const DEFAULT_SSH = 'ssh -o BatchMode=yes';

export function parseServer(spec: string): Server {
  const at = spec.indexOf(':/');
  const host = at > 0 ? spec.slice(0, at) : '';
  const dir = at > 0 ? spec.slice(at + 1).replace(/\/+$/, '') : '';
  // Plain names only: they go into remote shell commands and rsync's remote path.
  if (
    !host ||
    !/^[A-Za-z0-9_.@[\]:-]+$/.test(host) ||
    host.startsWith('-') ||
    !/^\/[A-Za-z0-9_./-]*[A-Za-z0-9_-]$/.test(dir)
  ) {
    throw new Error(
      `--server 的写法应为 用户@服务器:/发布目录（例如 deploy@10.0.0.11:/srv/pafz；目录名只用英文字母、数字和 _ . -），现在写的是“${spec}”。`,
    );
  }
  return { host, dir };
}

export interface RemoteOptions {
  servers: Server[];
  /** The ssh command (PUBLISH_SSH), split on spaces; rsync gets it as its --rsh. */
  ssh: string;
  /** Run on each server after every server has switched, e.g. `sudo nginx -t -q && sudo nginx -s reload`. */
  reload?: string;
  log?: (line: string) => void;
}

interface Outcome {
  ok: boolean;
  output: string;
}

/** A string as one single-quoted shell word. */
function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function run(command: string, args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: error.message }));
    child.on('close', (status) => resolve({ ok: status === 0, output }));
  });
}

function sshArgv(ssh: string): [string, string[]] {
  const [command, ...args] = ssh.trim().split(/\s+/);
  if (!command) throw new Error('PUBLISH_SSH 不能为空。');
  return [command, args];
}

/** Runs a shell command on a server. */
function remote(options: RemoteOptions, server: Server, script: string): Promise<Outcome> {
  const [command, args] = sshArgv(options.ssh);
  return run(command, [...args, server.host, script]);
}

/** Last lines of a command's output, for an error message. */
function tail(output: string): string {
  const lines = output.trim().split('\n').filter(Boolean);
  return lines.slice(-3).join(' / ') || '（没有输出）';
}

interface ServerState {
  releases: string[];
  current?: string;
}

/** What a server holds: its release folders and the one `current` points to (a missing folder holds nothing). */
async function readState(options: RemoteOptions, server: Server): Promise<ServerState> {
  const dir = quote(server.dir);
  const result = await remote(
    options,
    server,
    `ls -1A ${dir}/${RELEASES_DIR} 2>/dev/null; echo '--current--'; readlink ${dir}/${CURRENT_LINK} 2>/dev/null; true`,
  );
  if (!result.ok) throw new Error(`连接服务器 ${server.host} 失败：${tail(result.output)}`);
  const [list = '', link = ''] = result.output.split('--current--\n');
  const current = releaseOfLink(link.trim() || undefined);
  return { releases: list.split('\n').filter((name) => RELEASE_NAME.test(name)), ...(current ? { current } : {}) };
}

/** Points `current` at a release: a temp symlink renamed over it, atomic as in the local publish. */
function switchScript(server: Server, release: string | undefined): string {
  const dir = quote(server.dir);
  if (!release) return `rm -f ${dir}/${CURRENT_LINK}`;
  return `ln -sfn ${RELEASES_DIR}/${release} ${dir}/.${CURRENT_LINK}-new && mv -Tf ${dir}/.${CURRENT_LINK}-new ${dir}/${CURRENT_LINK}`;
}

/** Switches every server to its target; if one fails, the ones already switched go back. Throws on failure. */
async function switchAll(
  options: RemoteOptions,
  targets: Map<Server, string | undefined>,
  backTo: Map<Server, string | undefined>,
): Promise<void> {
  const switched: Server[] = [];
  for (const [server, release] of targets) {
    const result = await remote(options, server, switchScript(server, release));
    if (!result.ok) {
      for (const done of switched) await remote(options, done, switchScript(done, backTo.get(done)));
      throw new Error(`服务器 ${server.host} 切换版本失败：${tail(result.output)}。已切换的服务器已恢复原来的版本。`);
    }
    switched.push(server);
  }
}

/** Runs the reload command on every server; returns the failures. */
async function reloadAll(options: RemoteOptions): Promise<string[]> {
  if (!options.reload) return [];
  const failures: string[] = [];
  for (const server of options.servers) {
    const result = await remote(options, server, options.reload);
    if (!result.ok) failures.push(`${server.host}：${tail(result.output)}`);
  }
  return failures;
}

export async function publishRemote(
  options: RemoteOptions & { dist: string; keep: number; now?: Date },
): Promise<PublishResult> {
  const log = options.log ?? (() => {});
  const dist = path.resolve(options.dist);
  assertBuiltDist(dist);
  const { servers } = options;

  const states = new Map<Server, ServerState>();
  for (const server of servers) states.set(server, await readState(options, server));
  // One name for the release on every server, free on all of them.
  const release = nextReleaseName(
    releaseStamp(options.now ?? new Date()),
    [...states.values()].flatMap((state) => state.releases),
  );

  // Phase 1: a complete copy of the release on every server, or on none.
  for (const server of servers) {
    const dir = quote(server.dir);
    const releases = `${dir}/${RELEASES_DIR}`;
    log(`${server.host}：复制到 ${server.dir}/${RELEASES_DIR}/${release}`);
    const failure = await (async () => {
      // Partial copies left by an interrupted publish were never live: remove them first.
      const prepare = await remote(options, server, `mkdir -p ${releases} && rm -rf ${releases}/${PARTIAL_PREFIX}*`);
      if (!prepare.ok) return prepare.output;
      const current = states.get(server)?.current;
      const rsync = await run('rsync', [
        '--recursive',
        '--links',
        '--checksum',
        '--chmod=D755,F644',
        // Files unchanged since the current release become hard links to it: only what changed is sent and stored.
        ...(current ? [`--link-dest=${server.dir}/${RELEASES_DIR}/${current}/`] : []),
        `--rsh=${options.ssh}`,
        `${dist}/`,
        `${server.host}:${server.dir}/${RELEASES_DIR}/${PARTIAL_PREFIX}${release}/`,
      ]);
      if (!rsync.ok) return rsync.output;
      const complete = await remote(
        options,
        server,
        `mv -T ${releases}/${PARTIAL_PREFIX}${release} ${releases}/${release}`,
      );
      return complete.ok ? undefined : complete.output;
    })();
    if (failure !== undefined) {
      for (const other of servers) {
        const releasesOther = `${quote(other.dir)}/${RELEASES_DIR}`;
        await remote(options, other, `rm -rf ${releasesOther}/${PARTIAL_PREFIX}${release} ${releasesOther}/${release}`);
      }
      throw new Error(
        `服务器 ${server.host} 复制失败：${tail(failure)}。所有服务器都没有切换，仍是原来的版本；已复制的新版本已删除。`,
      );
    }
  }

  // Phase 2: every server has the release: switch them all.
  const previous = new Map([...states].map(([server, state]) => [server, state.current]));
  await switchAll(options, new Map(servers.map((server) => [server, release])), previous);
  log(`所有服务器已切换：current → ${RELEASES_DIR}/${release}`);
  const reloadFailures = await reloadAll(options);
  if (reloadFailures.length) {
    await switchAll(options, previous, new Map(servers.map((server) => [server, release])));
    await reloadAll(options);
    throw new Error(`发布后重新加载失败，所有服务器已切回原来的版本：${reloadFailures.join('；')}`);
  }

  // Old releases: a failure here leaves extra folders, never a wrong site, so it is only reported.
  const pruned = new Set<string>();
  for (const server of servers) {
    const state = states.get(server)!;
    const prune = releasesToPrune([...state.releases, release], release, options.keep);
    if (!prune.length) continue;
    const releases = `${quote(server.dir)}/${RELEASES_DIR}`;
    const result = await remote(options, server, `rm -rf ${prune.map((name) => `${releases}/${name}`).join(' ')}`);
    if (result.ok) prune.forEach((name) => pruned.add(name));
    else log(`${server.host}：删除旧版本失败（网站不受影响）：${tail(result.output)}`);
  }
  if (pruned.size) log(`删除旧版本：${[...pruned].join('、')}`);
  const before = [...previous.values()].find(Boolean);
  return { release, ...(before ? { previous: before } : {}), pruned: [...pruned] };
}

/** Every server back to the release before its current one; refused unless every server has one. */
export async function rollbackRemote(options: RemoteOptions): Promise<{ release: string; from: string }> {
  const targets = new Map<Server, string | undefined>();
  const from = new Map<Server, string | undefined>();
  for (const server of options.servers) {
    const state = await readState(options, server);
    if (!state.current)
      throw new Error(`服务器 ${server.host} 上没有已发布的版本（没有 current），无法回退；所有服务器都没有改动。`);
    const target = previousRelease(state.releases, state.current);
    if (!target)
      throw new Error(`服务器 ${server.host} 上 ${state.current} 之前没有更早的版本，无法回退；所有服务器都没有改动。`);
    targets.set(server, target);
    from.set(server, state.current);
  }
  await switchAll(options, targets, from);
  const failures = await reloadAll(options);
  if (failures.length) throw new Error(`回退后重新加载失败：${failures.join('；')}`);
  const release = [...targets.values()][0]!;
  options.log?.(`所有服务器已回退：current → ${RELEASES_DIR}/${release}`);
  return { release, from: [...from.values()][0]! };
}
