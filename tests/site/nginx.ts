// Runs Debian's nginx for the tests: the server block `npm run nginx-config` generates, in a minimal main
// configuration whose pid, logs and temp files live in a temp folder, on free loopback ports (IPv4, and IPv6 if this
// machine has it). Stopped (and its folder removed) by the returned function.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface SiteServer {
  /** Extra arguments of `npm run nginx-config` (--https, --base …); --dist, --listen and --out are given. */
  args: string[];
}

export interface RunningNginx {
  dir: string;
  /** One generated server block per SiteServer, in order. */
  configs: string[];
  /** http://127.0.0.1:<port> of each server. */
  urls: string[];
  /** http://[::1]:<port> of each server, when IPv6 works here. */
  urls6: string[];
  ipv6: boolean;
  stop: () => Promise<void>;
}

/** Whether this machine can listen on [::1]. */
export async function hasIpv6Loopback(): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(0, '::1', () => server.close(() => resolve(true)));
  });
}

async function freePort(ipv6: boolean): Promise<number> {
  const port = await new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
  if (!ipv6) return port;
  const free6 = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '::1', () => server.close(() => resolve(true)));
  });
  return free6 ? port : freePort(ipv6);
}

const canConnect = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** The minimal main configuration: everything nginx writes stays in `dir`; Debian's mime.types as a real server has. */
export function mainConfig(dir: string, includes: string[]): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`;
  return [
    'worker_processes 1;',
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')} warn;`,
    'daemon off;',
    'events { worker_connections 128; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    `  access_log ${path.join(dir, 'access.log')};`,
    `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
    ...includes.map((file) => `  include ${file};`),
    '}',
    '',
  ].join('\n');
}

/** `nginx -t` on a main configuration; returns its output, throws when the test fails. */
export function nginxTest(dir: string, conf: string): string {
  const result = spawnSync('nginx', ['-p', dir, '-c', conf, '-t'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`nginx -t failed:\n${result.stderr}`);
  return result.stderr;
}

/** Generates the server blocks for dist/ and starts nginx with them. */
export async function startNginx(distDir: string, servers: SiteServer[]): Promise<RunningNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-nginx-'));
  fs.mkdirSync(path.join(dir, 'temp'));
  const ipv6 = await hasIpv6Loopback();
  const ports: number[] = [];
  const files: string[] = [];
  for (const [i, server] of servers.entries()) {
    let port = await freePort(ipv6);
    while (ports.includes(port)) port = await freePort(ipv6);
    ports.push(port);
    const out = path.join(dir, `site-${i}.conf`);
    const args = ['--dist', distDir, '--listen', `127.0.0.1:${port}`, '--out', out, ...server.args];
    if (!ipv6) args.push('--no-ipv6');
    const result = spawnSync('npm', ['run', '--silent', 'nginx-config', '--', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: '' },
    });
    if (result.status !== 0) throw new Error(`npm run nginx-config failed:\n${result.stderr}`);
    files.push(out);
  }
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, mainConfig(dir, files));
  nginxTest(dir, conf);
  const child: ChildProcess = spawn('nginx', ['-p', dir, '-c', conf], { stdio: 'ignore' });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + 10_000;
  while (!(await canConnect(ports.at(-1)!))) {
    if (exited || Date.now() > deadline) {
      const log = fs.existsSync(path.join(dir, 'error.log'))
        ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8')
        : '';
      fs.rmSync(dir, { recursive: true, force: true });
      throw new Error(`nginx did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    dir,
    configs: files.map((file) => fs.readFileSync(file, 'utf8')),
    urls: ports.map((port) => `http://127.0.0.1:${port}`),
    urls6: ipv6 ? ports.map((port) => `http://[::1]:${port}`) : [],
    ipv6,
    stop: async () => {
      if (!exited) {
        const done = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT'); // graceful shutdown: the master stops its worker and exits
        await done;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
