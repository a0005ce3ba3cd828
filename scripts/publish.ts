// `npm run publish -- --dist <dist> (--to <releases-dir> | --server user@host:/dir …) [--keep 5] [--reload <cmd>]`,
// and `--rollback` instead of --dist: an atomic release of a built site, on this machine or on every web server.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { publishLocal, rollbackLocal } from './publish/local.ts';
import { parseKeep } from './publish/releases.ts';
import { DEFAULT_SSH, parseServer, publishRemote, rollbackRemote } from './publish/remote.ts';

const USAGE = `用法：
  npm run publish -- --dist dist --to /srv/pafz                     在本机发布
  npm run publish -- --dist dist --server deploy@10.0.0.11:/srv/pafz [--server …]   经 SSH 发布到每台服务器
  npm run publish -- --to /srv/pafz --rollback                      回退到上一个版本（--server 同样可用）
选项：--keep <n> 保留最近几个版本（默认 5）；--reload <命令> 切换后在服务器上运行（例如重新加载 nginx）；
      --rsh <命令> 或环境变量 PUBLISH_SSH：连接服务器的 ssh 命令（默认 ${DEFAULT_SSH}）。`;

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dist: { type: 'string' },
      to: { type: 'string' },
      server: { type: 'string', multiple: true },
      keep: { type: 'string' },
      rollback: { type: 'boolean', default: false },
      reload: { type: 'string' },
      rsh: { type: 'string' },
    },
  });
  // Paths are relative to where the command was typed (npm runs scripts from the project folder).
  const resolve = (p: string) => path.resolve(env['INIT_CWD'] ?? process.cwd(), p);
  const servers = (values.server ?? []).map(parseServer);
  if (Boolean(values.to) === Boolean(servers.length))
    throw new Error(`请给出 --to（本机目录）或 --server（服务器），二者选一。\n${USAGE}`);
  if (values.rollback === Boolean(values.dist))
    throw new Error(`${values.rollback ? '回退时不需要 --dist。' : '缺少 --dist（构建好的网站目录）。'}\n${USAGE}`);
  const keep = parseKeep(values.keep);
  const log = (line: string) => console.log(`[发布] ${line}`);
  const reload = values.reload ? { reload: values.reload } : {};

  if (values.to) {
    const to = resolve(values.to);
    if (values.rollback) {
      const { release, from } = rollbackLocal({ to, log, ...reload });
      log(`已回退：${from} → ${release}`);
    } else {
      const { release } = await publishLocal({ dist: resolve(values.dist!), to, keep, log, ...reload });
      log(`已发布：${release}`);
    }
    return;
  }
  const ssh = values.rsh ?? env['PUBLISH_SSH'] ?? DEFAULT_SSH;
  if (values.rollback) {
    const { release, from } = await rollbackRemote({ servers, ssh, log, ...reload });
    log(`已回退：${from} → ${release}`);
  } else {
    const { release } = await publishRemote({ dist: resolve(values.dist!), servers, ssh, keep, log, ...reload });
    log(`已发布到 ${servers.length} 台服务器：${release}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`[发布] 失败：${(error as Error).message}`);
    process.exit(1);
  });
}
