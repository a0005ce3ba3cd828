// The generated nginx server block: listeners (with their IPv6 twins), base path, headers in every location that
// sets its own, HSTS only over HTTPS, redirects read from the built redirect pages, and refusals in plain Chinese.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  brotliCopiesNote,
  nginxConfig,
  normalizeOrigin,
  normalizeBase,
  parseListen,
  readRedirects,
  resolveBase,
  type NginxConfigOptions,
} from '../../src/lib/nginx-config.ts';
import { SECURITY_HEADERS_FILE, type SecurityHeadersFile } from '../../src/lib/security-headers.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-nginx-'));
  dirs.push(dir);
  return dir;
};

const security: SecurityHeadersFile = {
  version: 1,
  csp: "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
  cspByPath: {
    '/search/': "default-src 'self'; script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'; frame-ancestors 'none'",
    '/pagefind/': "default-src 'self'; script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval'; frame-ancestors 'none'",
  },
  headers: { 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' },
};
const options = (over: Partial<NginxConfigOptions> = {}): NginxConfigOptions => ({
  distDir: '/srv/fzwm/dist',
  listen: parseListen(['0.0.0.0:80']),
  https: false,
  base: '/',
  brotli: false,
  security,
  redirects: [{ from: '/cases/2025-099/', to: '/cases/2025-058/' }],
  ...over,
});

/** The body of each `location … {` block, keyed by its head. */
function locations(config: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of config.matchAll(/\n {2}location ([^{\n]+)\{([^}]*)\}/g)) out.set(m[1]!.trim(), m[2]!);
  return out;
}

describe('parseListen', () => {
  it('adds the IPv6 twin of an any-address or loopback listener, and keeps others as given', () => {
    expect(parseListen(['80']).map((l) => l.address)).toEqual(['0.0.0.0:80', '[::]:80']);
    expect(parseListen(['127.0.0.1:8080']).map((l) => l.address)).toEqual(['127.0.0.1:8080', '[::1]:8080']);
    expect(parseListen(['10.0.0.5:80', '[2001:db8::5]:80']).map((l) => [l.address, l.ipv6])).toEqual([
      ['10.0.0.5:80', false],
      ['[2001:db8::5]:80', true],
    ]);
    expect(parseListen(['0.0.0.0:443 ssl', '[::]:443 ssl']).map((l) => `${l.address} ${l.ssl}`)).toEqual([
      '0.0.0.0:443 true',
      '[::]:443 true',
    ]);
    expect(parseListen(['127.0.0.1:8080'], false).map((l) => l.address)).toEqual(['127.0.0.1:8080']);
  });

  it('refuses what is not an address', () => {
    expect(() => parseListen([])).toThrow('缺少 --listen');
    expect(() => parseListen(['0.0.0.0:99999'])).toThrow('--listen “0.0.0.0:99999” 不是有效的监听地址');
    expect(() => parseListen(['80 http2'])).toThrow('不认识“http2”');
  });
});

describe('base path', () => {
  it('normalises and checks it', () => {
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('pafz')).toBe('/pafz/');
    expect(normalizeBase('/a/b')).toBe('/a/b/');
    expect(() => normalizeBase('/../etc/')).toThrow('--base “/../etc/” 不是有效的路径');
    expect(() => normalizeBase('/pa fz/')).toThrow('不是有效的路径');
  });

  it('comes from --base, else from site.yaml when CONTENT_DIR is set; both and different is an error', () => {
    const content = tempDir();
    fs.writeFileSync(path.join(content, 'site.yaml'), 'name: 示例县\nbaseUrl: https://www.example.gov.cn/pafz/\n');
    expect(resolveBase(undefined, undefined)).toBe('/');
    expect(resolveBase('/pafz', undefined)).toBe('/pafz/');
    expect(resolveBase(undefined, content)).toBe('/pafz/');
    expect(resolveBase('/pafz/', content)).toBe('/pafz/');
    expect(() => resolveBase('/', content)).toThrow('--base / 与 site.yaml 中 baseUrl 的路径 /pafz/ 不一致');
    expect(() => resolveBase(undefined, path.join(content, 'missing'))).toThrow('baseUrl');
  });
});

describe('readRedirects', () => {
  it('finds the redirect pages of dist/ and resolves their targets as a browser would, under the base path', () => {
    const dist = tempDir();
    const write = (rel: string, html: string) => {
      fs.mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
      fs.writeFileSync(path.join(dist, rel), html);
    };
    const redirect = (to: string) =>
      `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${to}"></head><body></body></html>`;
    write('cases/2025-099/index.html', redirect('/pafz/cases/2025-058/'));
    write('good-people/2026-q1/old-id/index.html', redirect('../zhang-shulan/'));
    write(
      'cases/2025-058/index.html',
      '<!DOCTYPE html><html><head><title>案例</title></head><body><p>http-equiv="refresh"</p></body></html>',
    );
    write('index.html', redirect('/elsewhere/'));
    write('.git/x/index.html', redirect('/x/'));
    expect(readRedirects(dist, '/pafz/')).toEqual([
      { from: '/pafz/cases/2025-099/', to: '/pafz/cases/2025-058/' },
      { from: '/pafz/good-people/2026-q1/old-id/', to: '/pafz/good-people/2026-q1/zhang-shulan/' },
    ]);
  });
});

describe('nginxConfig', () => {
  it('gives /embed/ its own location: frame-ancestors * and no X-Frame-Options; every other location keeps DENY', () => {
    const embedCsp = "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors *";
    const config = nginxConfig(
      options({ security: { ...security, cspByPath: { ...security.cspByPath, '/embed/': embedCsp }, frameable: ['/embed/'] } }),
    );
    const blocks = locations(config);
    const embed = blocks.get('"/embed/"')!;
    expect(embed).toContain(`add_header Content-Security-Policy "${embedCsp}" always;`);
    expect(embed).not.toContain('X-Frame-Options');
    expect(embed).toContain('add_header X-Content-Type-Options "nosniff" always;');
    for (const key of ['"/_astro/"', '"/pagefind/"', '"/search/"']) expect(blocks.get(key)).toContain('add_header X-Frame-Options "DENY" always;');
    expect(config.slice(0, config.indexOf('  location'))).toContain('add_header X-Frame-Options "DENY" always;');
    const under = locations(
      nginxConfig(options({ base: '/pafz/', security: { ...security, cspByPath: { '/embed/': embedCsp }, frameable: ['/embed/'] } })),
    );
    expect(under.get('"/pafz/embed/"')).toContain('alias "/srv/fzwm/dist/embed/";');
    expect(under.get('"/pafz/embed/"')).not.toContain('X-Frame-Options');
  });

  it('repeats every security header, with always, in each location that sets headers, and the CSP of its path', () => {
    const config = nginxConfig(options());
    const blocks = locations(config);
    expect([...blocks.keys()]).toEqual([
      '~ /\\.',
      '~ (~|\\.bak|\\.orig|\\.swp|\\.old|\\.tmp(-[0-9]+)?)$',
      '= "/cases/2025-099/"',
      '"/_astro/"',
      '"/pagefind/"',
      '"/search/"',
    ]);
    for (const key of ['"/_astro/"', '"/pagefind/"', '"/search/"']) {
      const body = blocks.get(key)!;
      expect(body).toContain('add_header X-Content-Type-Options "nosniff" always;');
      expect(body).toContain('add_header X-Frame-Options "DENY" always;');
      expect(body.match(/add_header Content-Security-Policy/g)).toHaveLength(1);
    }
    expect(blocks.get('"/search/"')).toContain("'wasm-unsafe-eval'");
    expect(blocks.get('"/pagefind/"')).toContain("'wasm-unsafe-eval'");
    expect(blocks.get('"/_astro/"')).not.toContain("'wasm-unsafe-eval'");
    expect(blocks.get('"/_astro/"')).toContain(
      'add_header Cache-Control "public, max-age=31536000, immutable" always;',
    );
    expect(blocks.get('"/search/"')).toContain('add_header Cache-Control "no-cache" always;');
    // The server-wide set, which the redirect and deny locations (no add_header of their own) inherit.
    const server = config.slice(0, config.indexOf('  location'));
    expect(server).toContain(`add_header Content-Security-Policy "${security.csp}" always;`);
    expect(server).toContain('add_header Cache-Control "no-cache" always;');
    expect(blocks.get('= "/cases/2025-099/"')).toBe(' return 301 "/cases/2025-058/"; ');
    for (const line of [
      'listen 0.0.0.0:80;',
      'listen [::]:80;',
      'server_tokens off;',
      'autoindex off;',
      'charset utf-8;',
      'gzip_static on;',
      'root "/srv/fzwm/dist";',
      'error_page 403 404 =404 /404.html;',
      'application/wasm wasm;',
      'application/octet-stream pf_meta pf_index pf_fragment pf_filter pagefind;',
    ])
      expect(config).toContain(line);
    expect(config).not.toContain('brotli_static');
    expect(config).not.toContain('Strict-Transport-Security');
    expect(config).not.toMatch(/^\s*alias /m);
  });

  it('sends HSTS in every header set when the site is reached over HTTPS, and brotli_static when asked', () => {
    const config = nginxConfig(options({ https: true, brotli: true }));
    expect(config.match(/add_header Strict-Transport-Security "max-age=31536000" always;/g)).toHaveLength(4);
    expect(config).toContain('brotli_static on;');
  });

  it('a listener with ssl implies HTTPS and needs the certificate and key', () => {
    expect(() => nginxConfig(options({ listen: parseListen(['443 ssl']) }))).toThrow(
      '必须同时给出 --ssl-certificate 和 --ssl-certificate-key',
    );
    const config = nginxConfig(
      options({
        listen: parseListen(['443 ssl']),
        sslCertificate: '/etc/ssl/site.pem',
        sslCertificateKey: '/etc/ssl/site.key',
      }),
    );
    expect(config).toContain('listen [::]:443 ssl;');
    expect(config).toContain('ssl_certificate "/etc/ssl/site.pem";');
    expect(config).toContain('Strict-Transport-Security');
  });

  it('under a base path, maps each location onto dist/ with alias and sends the rest to the 404 page', () => {
    const config = nginxConfig(
      options({ base: '/pafz/', redirects: [{ from: '/pafz/cases/2025-099/', to: '/pafz/cases/2025-058/' }] }),
    );
    const blocks = locations(config);
    expect(blocks.get('"/pafz/_astro/"')).toContain('alias "/srv/fzwm/dist/_astro/";');
    expect(blocks.get('"/pafz/search/"')).toContain('alias "/srv/fzwm/dist/search/";');
    expect(blocks.get('"/pafz/search/"')).toContain("'wasm-unsafe-eval'");
    expect(blocks.get('"/pafz/"')).toContain('alias "/srv/fzwm/dist/";');
    expect(blocks.get('= "/pafz"')).toBe(' return 301 "/pafz/"; ');
    expect(blocks.get('/')).toBe(' return 404; ');
    expect(config).toContain('error_page 403 404 =404 /pafz/404.html;');
    expect(config).not.toContain('root ');
  });

  it('refuses values nginx would misread', () => {
    expect(() => nginxConfig(options({ redirects: [{ from: '/a/', to: '/b/$host' }] }))).toThrow(
      '跳转地址“/b/$host”含有 nginx 配置中不能出现的字符',
    );
    expect(() => nginxConfig(options({ security: { ...security, headers: { 'X-Test': 'a"b' } } }))).toThrow(
      '响应头 X-Test 的值',
    );
    expect(() => nginxConfig(options({ distDir: 'dist' }))).toThrow('--dist 必须是绝对路径');
  });
});

describe('npm run nginx-config', () => {
  it('reads headers and redirects from --dist and serves from --root, the folder publish switches on the server', () => {
    const dist = tempDir();
    fs.writeFileSync(path.join(dist, SECURITY_HEADERS_FILE), JSON.stringify(security));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>首页</title>');
    const out = path.join(tempDir(), '.nginx/site.conf');
    const result = spawnSync(process.execPath, ['scripts/nginx-config.ts', '--dist', dist, '--root', '/srv/pafz/current', '--listen', '80', '--out', out], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, CONTENT_DIR: '' },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const config = fs.readFileSync(out, 'utf8');
    expect(config).toContain('root "/srv/pafz/current";');
    expect(config).not.toContain(dist);
    expect(config).toContain("sha256-abc=");
  });
});

describe('--cors: a provincial portal reads the summary and the search index across origins', () => {
  it('sends Access-Control-Allow-Origin on /api/ and /pagefind/ only', () => {
    const blocks = locations(nginxConfig(options({ cors: normalizeOrigin('https://fzwm.sheng.example.gov.cn') })));
    for (const prefix of ['"/api/"', '"/pagefind/"']) {
      expect(blocks.get(prefix)).toContain('add_header Access-Control-Allow-Origin "https://fzwm.sheng.example.gov.cn" always;');
    }
    expect(blocks.get('"/_astro/"')).not.toContain('Access-Control-Allow-Origin');
    expect(nginxConfig(options())).not.toContain('Access-Control-Allow-Origin');
  });

  it('takes an origin only, in Chinese when it is not one', () => {
    expect(normalizeOrigin('https://fzwm.sheng.example.gov.cn/')).toBe('https://fzwm.sheng.example.gov.cn');
    expect(() => normalizeOrigin('https://fzwm.sheng.example.gov.cn/portal/')).toThrow(
      '--cors “https://fzwm.sheng.example.gov.cn/portal/” 不是有效的来源：请只写协议和域名（可带端口），例如 https://fzwm.sheng.gov.cn。',
    );
  });
});

it('says when brotli_static is asked for a build that wrote no .br copies, and nothing otherwise', () => {
  const dist = tempDir();
  fs.writeFileSync(path.join(dist, 'index.html'), '<p>首页</p>');
  fs.writeFileSync(path.join(dist, 'index.html.gz'), 'gz');
  expect(brotliCopiesNote(dist, false)).toBeUndefined();
  expect(brotliCopiesNote(dist, true)).toBe(
    `注意：${dist} 中没有 .br 压缩文件（构建时没有设置 FZWM_BROTLI=1），brotli_static 不起作用，浏览器仍收到 .gz 文件。请以 FZWM_BROTLI=1 npm run build 重新构建。`,
  );
  fs.writeFileSync(path.join(dist, 'index.html.br'), 'br');
  expect(brotliCopiesNote(dist, true)).toBeUndefined();
});
