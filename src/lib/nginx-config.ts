// The nginx server block for a built site: its security headers, caching, precompressed files, 404 page, and a 301 for
// every old URL the build wrote a redirect page for. `npm run nginx-config` writes it (scripts/nginx-config.ts).
import fs from 'node:fs';
import path from 'node:path';
import { headersFor, type SecurityHeadersFile } from './security-headers.ts';

/** One `listen` of the server: where, and whether nginx itself speaks TLS there. */
export interface Listen {
  /** As nginx writes it: `80`, `127.0.0.1:8080`, `[::1]:8080`. */
  address: string;
  ssl: boolean;
  ipv6: boolean;
}

export interface Redirect {
  /** The old URL path, e.g. /cases/2025-099/. */
  from: string;
  /** Where it leads: a path, or an absolute URL when the page said so. */
  to: string;
}

export interface NginxConfigOptions {
  /** Absolute path of the built site. */
  distDir: string;
  listen: readonly Listen[];
  /** The site is reached over HTTPS (here, or at a proxy in front): send Strict-Transport-Security. */
  https: boolean;
  /** The URL path the site lives under, `/` or e.g. `/pafz/`. */
  base: string;
  /** server_name; default `_` (any host). */
  serverName?: string | undefined;
  sslCertificate?: string | undefined;
  sslCertificateKey?: string | undefined;
  /** Emit brotli_static (needs the ngx_brotli module, e.g. Debian's libnginx-mod-http-brotli-static). */
  brotli: boolean;
  security: SecurityHeadersFile;
  redirects: readonly Redirect[];
  /** A provincial portal's origin (`https://fzwm.sheng.gov.cn`) allowed to read the summary, open data and search index. */
  cors?: string | undefined;
}

/** The paths (from the site's root) a provincial portal reads across origins when --cors is given. */
export const CORS_PREFIXES = ['/api/', '/pagefind/'] as const;

/** `https://host[:port]`, the only form Access-Control-Allow-Origin takes. */
export function normalizeOrigin(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== value.replace(/\/$/, '')) {
    throw new Error(`--cors “${value}” 不是有效的来源：请只写协议和域名（可带端口），例如 https://fzwm.sheng.gov.cn。`);
  }
  return url.origin;
}

/** Hashed build assets never change under their name. Everything else is checked with the server on each use. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
export const HSTS = 'max-age=31536000';

/** The file types the site publishes (a complete map: this server does not depend on the http block's mime.types). */
const TYPES: ReadonlyArray<readonly [string, string]> = [
  ['text/html', 'html htm'],
  ['text/css', 'css'],
  ['text/javascript', 'js mjs'],
  ['application/json', 'json'],
  ['application/manifest+json', 'webmanifest'],
  ['text/xml', 'xml'],
  ['text/csv', 'csv'],
  ['text/plain', 'txt'],
  ['image/svg+xml', 'svg'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg jpeg'],
  ['image/webp', 'webp'],
  ['image/avif', 'avif'],
  ['image/gif', 'gif'],
  ['image/x-icon', 'ico'],
  ['font/woff2', 'woff2'],
  ['font/woff', 'woff'],
  ['application/pdf', 'pdf'],
  ['application/wasm', 'wasm'],
  // Pagefind's index and its WebAssembly, gzipped by Pagefind itself and unpacked by its script: plain bytes to nginx.
  ['application/octet-stream', 'pf_meta pf_index pf_fragment pf_filter pagefind'],
];
// text/html is always among them (nginx warns when it is listed again).
const CHARSET_TYPES =
  'text/css text/javascript text/xml text/csv text/plain application/json application/manifest+json image/svg+xml';

/**
 * Reads `--listen` values: `8080`, `127.0.0.1:8080`, `[::1]:8080`, `0.0.0.0:443 ssl`. Each IPv4 listener on every
 * address or on loopback gets its IPv6 twin (`[::]`, `[::1]`) unless `ipv6` is false; an address given twice is kept once.
 */
export function parseListen(values: readonly string[], ipv6 = true): Listen[] {
  if (values.length === 0) throw new Error('缺少 --listen：请给出监听的地址和端口，例如 --listen 0.0.0.0:80。');
  const out: Listen[] = [];
  const add = (listen: Listen) => {
    if (!out.some((l) => l.address === listen.address)) out.push(listen);
  };
  for (const value of values) {
    const words = value.trim().split(/\s+/);
    const [where = '', ...flags] = words;
    const unknown = flags.filter((f) => f !== 'ssl');
    if (unknown.length) throw new Error(`--listen “${value}”：不认识“${unknown.join(' ')}”，地址后只能写 ssl。`);
    const ssl = flags.includes('ssl');
    const match = /^(?:(\[[0-9a-fA-F:.]+\]|[0-9.]+|\*|[A-Za-z0-9.-]+):)?(\d{1,5})$/.exec(where);
    const port = Number(match?.[2]);
    if (!match || port < 1 || port > 65535) {
      throw new Error(
        `--listen “${value}” 不是有效的监听地址：请写成 端口、IPv4:端口 或 [IPv6]:端口，例如 0.0.0.0:80、[::]:80。`,
      );
    }
    const host = match[1];
    if (host === undefined || host === '*' || host === '0.0.0.0') {
      add({ address: `0.0.0.0:${port}`, ssl, ipv6: false });
      if (ipv6) add({ address: `[::]:${port}`, ssl, ipv6: true });
    } else if (host === '127.0.0.1') {
      add({ address: `127.0.0.1:${port}`, ssl, ipv6: false });
      if (ipv6) add({ address: `[::1]:${port}`, ssl, ipv6: true });
    } else {
      add({ address: `${host}:${port}`, ssl, ipv6: host.startsWith('[') });
    }
  }
  return out;
}

/** `/`, or `/pafz/` from `pafz`, `/pafz` or `/pafz/`; only letters, digits, `-`, `_`, `.` in its segments. */
export function normalizeBase(value: string): string {
  const segments = value.split('/').filter(Boolean);
  for (const segment of segments) {
    if (!/^[A-Za-z0-9._-]+$/.test(segment) || segment === '.' || segment === '..') {
      throw new Error(`--base “${value}” 不是有效的路径：只能包含字母、数字、-、_ 和 .，例如 /pafz/。`);
    }
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** The URL path of site.yaml's baseUrl, e.g. /pafz/ for https://www.x.gov.cn/pafz/. */
export function baseFromSiteUrl(baseUrl: string): string {
  return normalizeBase(new URL(baseUrl).pathname);
}

const REFRESH = /<meta\s+http-equiv="refresh"\s+content="0;\s*url=([^"]+)"/i;

function readHead(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(8 * 1024);
    const bytes = fs.readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytes).toString('utf8');
    const end = text.search(/<\/head>|<body[\s>]/i);
    return end >= 0 ? text.slice(0, end) : text;
  } finally {
    fs.closeSync(fd);
  }
}

const decodeAttribute = (value: string): string =>
  value
    .replace(/&quot;|&#34;/gi, '"')
    .replace(/&#39;|&#x27;/gi, "'")
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&amp;/gi, '&');

/**
 * The redirects the build published: every page of dist/ that is a redirect page (src/components/RedirectPage.astro:
 * a zero-delay meta refresh), as its URL path under `base` and its target resolved the way a browser resolves it.
 * Reading the pages, not the content, gives exactly the old URLs this dist/ serves, whatever content built it.
 */
export function readRedirects(distDir: string, base = '/'): Redirect[] {
  const redirects: Redirect[] = [];
  const visit = (folder: string, top: boolean) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || (top && (entry.name === '_astro' || entry.name === 'pagefind'))) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full, false);
      else if (entry.name === 'index.html' && !top) {
        const match = REFRESH.exec(readHead(full));
        if (!match) continue;
        const rel = path.relative(distDir, folder).split(path.sep).join('/');
        const from = `${base}${rel}/`;
        const origin = 'http://site.invalid';
        const target = new URL(decodeAttribute(match[1]!.trim()), origin + encodeURI(from));
        const to = target.origin === origin ? `${target.pathname}${target.search}${target.hash}` : target.href;
        redirects.push({ from, to });
      }
    }
  };
  visit(distDir, true);
  return redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** A double-quoted nginx string; refuses what nginx would read as a variable, an escape or the string's end. */
function quote(value: string, what: string): string {
  if (/["\\$\r\n\0]/.test(value))
    throw new Error(`${what}“${value}”含有 nginx 配置中不能出现的字符（"、\\、$ 或换行）。`);
  return `"${value}"`;
}

/** Every location that sets a header sets them all: nginx drops the server's add_header in such a location. */
function headerLines(options: NginxConfigOptions, pathname: string, cacheControl: string, indent: string): string[] {
  const headers: Record<string, string> = { ...headersFor(options.security, pathname) };
  if (options.https) headers['Strict-Transport-Security'] = HSTS;
  headers['Cache-Control'] = cacheControl;
  if (options.cors && CORS_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
    headers['Access-Control-Allow-Origin'] = options.cors;
    headers['Vary'] = 'Origin';
  }
  return Object.entries(headers).map(([name, value]) => {
    if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`安全响应头文件中的响应头名称“${name}”无效。`);
    return `${indent}add_header ${name} ${quote(value, `响应头 ${name} 的值`)} always;`;
  });
}

/** The `server { … }` block, to be included in nginx's `http { }`. */
export function nginxConfig(options: NginxConfigOptions): string {
  const { base, distDir } = options;
  if (!path.isAbsolute(distDir)) throw new Error(`--dist 必须是绝对路径：${distDir}`);
  const dist = distDir.replace(/\/+$/, '');
  const ssl = options.listen.some((l) => l.ssl);
  if (ssl && (!options.sslCertificate || !options.sslCertificateKey)) {
    throw new Error('监听地址带 ssl 时，必须同时给出 --ssl-certificate 和 --ssl-certificate-key（证书和私钥文件）。');
  }
  const options2 = { ...options, https: options.https || ssl };
  // With a base path the site's files are under `base` in URLs but at the root of dist/: alias maps one onto the other.
  // Each prefix location ends in "/" and so does its alias (the safe pairing; no try_files, whose $uri ignores alias).
  const files = (prefix: string): string[] =>
    base === '/' ? [] : [`    alias ${quote(`${dist}/${prefix.slice(base.length)}`, 'dist 路径')};`];
  const location = (prefix: string, cacheControl: string, extra: string[] = []): string[] => [
    `  location ${quote(prefix, '路径')} {`,
    ...files(prefix),
    ...extra,
    // The security headers file keys its policies by the path from the site's root.
    ...headerLines(options2, `/${prefix.slice(base.length)}`, cacheControl, '    '),
    '  }',
  ];

  const lines: string[] = [
    '# Generated by `npm run nginx-config` from the built site: run it again after each build (the Content-Security-Policy',
    "# lists the hashes of the inline scripts of this build). Include this file inside nginx's http { } block.",
    'server {',
    ...options.listen.map((l) => `  listen ${l.address}${l.ssl ? ' ssl' : ''};`),
    `  server_name ${options.serverName ?? '_'};`,
  ];
  if (ssl) {
    lines.push(
      `  ssl_certificate ${quote(options.sslCertificate!, '证书路径')};`,
      `  ssl_certificate_key ${quote(options.sslCertificateKey!, '私钥路径')};`,
      '  ssl_protocols TLSv1.2 TLSv1.3;',
    );
  }
  lines.push(
    '',
    '  server_tokens off;',
    '  autoindex off;',
    '  index index.html;',
    // Location: /cases/x/ rather than http://host:port/cases/x/, right behind a proxy too.
    '  absolute_redirect off;',
    '  charset utf-8;',
    `  charset_types ${CHARSET_TYPES};`,
    '  types {',
    ...TYPES.map(([type, exts]) => `    ${type} ${exts};`),
    '  }',
    '  default_type application/octet-stream;',
    // The build writes x.gz (and x.br) beside every text file: sent as they are to clients that accept them.
    '  gzip_static on;',
    '  gzip_vary on;',
    ...(options.brotli ? ['  brotli_static on;'] : []),
  );
  if (base === '/') lines.push(`  root ${quote(dist, 'dist 路径')};`);
  // The site's own 404 page, with status 404; a folder without a page is "not found" too, not "forbidden".
  lines.push(`  error_page 403 404 =404 ${base}404.html;`, '');
  lines.push('  # Every response not sent from a location below that sets its own headers.');
  lines.push(...headerLines(options2, '/', REVALIDATE, '  '), '');

  lines.push(
    "  # Never published: dot-files (.build-id, .security-headers.json, .git) and editors' backups.",
    '  location ~ /\\. { return 404; }',
    '  location ~ (~|\\.bak|\\.orig|\\.swp|\\.old|\\.tmp(-[0-9]+)?)$ { return 404; }',
    '',
  );
  if (options.redirects.length) {
    lines.push(
      '  # Old URLs (aliases and former ids) lead to their page; the build also wrote a meta-refresh page for each.',
    );
    for (const r of options.redirects) {
      lines.push(`  location = ${quote(r.from, '旧地址')} { return 301 ${quote(r.to, '跳转地址')}; }`);
    }
    lines.push('');
  }
  lines.push(...location(`${base}_astro/`, IMMUTABLE));
  if (options.cors) {
    lines.push(`  # The provincial portal (${options.cors}) reads the summary, the open data and the search index.`);
    lines.push(...location(`${base}api/`, REVALIDATE));
  }
  // Pages whose policy is wider (the search page) and the folders whose scripts run under it (Pagefind's worker).
  for (const prefix of Object.keys(options.security.cspByPath).sort()) {
    if (!/^\/[A-Za-z0-9._~/-]*$/.test(prefix)) throw new Error(`安全响应头文件中的路径“${prefix}”无效。`);
    lines.push(...location(`${base}${prefix.slice(1)}`, REVALIDATE));
  }
  if (base !== '/') {
    lines.push(...location(base, REVALIDATE));
    lines.push(`  location = ${quote(base.slice(0, -1), '路径')} { return 301 ${quote(base, '路径')}; }`);
    lines.push('  location / { return 404; }');
  }
  lines.push('}', '');
  return lines.join('\n');
}

/**
 * The site's base path: `--base` when given, else the path of site.yaml's baseUrl when CONTENT_DIR names the content
 * the site was built from, else `/`. Both given and different is an error: one of them is wrong.
 */
export function resolveBase(flag: string | undefined, contentDir: string | undefined): string {
  let fromSite: string | undefined;
  if (contentDir) {
    const file = path.join(contentDir, 'site.yaml');
    const match = /^baseUrl:\s*["']?([^"'\s#]+)/m.exec(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
    if (!match) throw new Error(`读不到 ${file} 中的 baseUrl：请检查 CONTENT_DIR，或用 --base 给出站点路径。`);
    fromSite = baseFromSiteUrl(match[1]!);
  }
  const fromFlag = flag === undefined ? undefined : normalizeBase(flag);
  if (fromFlag && fromSite && fromFlag !== fromSite) {
    throw new Error(`--base ${fromFlag} 与 site.yaml 中 baseUrl 的路径 ${fromSite} 不一致：站点在哪个路径下就写哪个。`);
  }
  return fromFlag ?? fromSite ?? '/';
}

/**
 * What to tell whoever asks for brotli_static (`--brotli`) for a build that wrote no .br copies (it was built without
 * FZWM_BROTLI=1): nginx would then send the .gz copies all the same. Undefined when there is nothing to say.
 */
export function brotliCopiesNote(distDir: string, brotli: boolean): string | undefined {
  if (!brotli || fs.existsSync(path.join(distDir, 'index.html.br'))) return undefined;
  return (
    `注意：${distDir} 中没有 .br 压缩文件（构建时没有设置 FZWM_BROTLI=1），brotli_static 不起作用，浏览器仍收到 .gz 文件。` +
    '请以 FZWM_BROTLI=1 npm run build 重新构建。'
  );
}
