// `npm start`: builds the site when dist/ is missing or older than the sources, then serves it on 127.0.0.1 (HOST and PORT to change).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { basePathOf } from '../src/lib/routes.ts';
import { SECURITY_HEADERS_FILE } from '../src/lib/security-headers.ts';
import { resolveContentDir } from '../src/lib/site-env.ts';
import { createStaticServer, listen } from './serve.ts';

const root = process.cwd();
const dist = path.join(root, 'dist');
// Written at the end of each successful build only (src/integrations/output-dir.ts): a failed build leaves none.
const builtAt = fs.statSync(path.join(dist, '.build-id'), { throwIfNoEntry: false })?.mtimeMs ?? 0;

function newest(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((name) => newest(path.join(target, name))));
}

const sources = [resolveContentDir(), 'src', 'public', 'astro.config.mjs', 'package.json'].map((p) => path.resolve(root, p));
// A dist/ from before the build wrote its security headers is rebuilt too: the server refuses to run without them.
const headersMissing = !fs.existsSync(path.join(dist, SECURITY_HEADERS_FILE));
const stale = builtAt === 0 || headersMissing || sources.some((source) => newest(source) > builtAt) || process.argv.includes('--build');
if (stale) {
  console.log(
    builtAt === 0 ? '尚未构建，正在构建网站……' : headersMissing ? 'dist/ 中没有安全响应头文件，正在重新构建网站……' : '内容或代码有更新，正在重新构建网站……',
  );
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
} else console.log('dist/ 已是最新，直接启动（加 -- --build 可强制重新构建）。');

const port = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] || '127.0.0.1';
// A site whose baseUrl has a path (/pafz/) is served below that path, as the county portal will serve it.
let basePath = '/';
try {
  basePath = basePathOf((parse(fs.readFileSync(path.join(resolveContentDir(), 'site.yaml'), 'utf8')) as { baseUrl: string }).baseUrl);
} catch {
  /* no readable baseUrl: the build has already said what is wrong with site.yaml */
}
let server;
try {
  server = createStaticServer(dist, { basePath });
} catch (error) {
  console.error(`无法启动：${(error as Error).message}`);
  process.exit(1);
}
const url = await listen(server, port, host);
console.log(`网站已启动：${url}${basePath} （按 Ctrl+C 停止）`);
