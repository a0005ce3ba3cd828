// The local static server for dist/ (`npm start`, the site tests, the benchmarks): sirv over a file list made at start-up, with the production security headers and the build's precompressed copies.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import { headersFor, readSecurityHeaders, type SecurityHeadersFile } from '../src/lib/security-headers.ts';
import { OUTPUT_ID_FILE } from '../src/integrations/output-dir.ts';

/** Content types by extension; sirv's own table (mrmime) lacks charsets and Pagefind's files. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const contentType = (file: string) => TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** What one build of dist/ serves: read at start-up, and again when a new build finishes (dist/.build-id changes). */
interface Snapshot {
  buildId: number;
  security: SecurityHeadersFile;
  /**
   * sirv's handler: it lists dist/ once, skipping dot-files, and serves only what is on that list; a file's .br or .gz
   * copy (written by the build's precompress step) when the request accepts it, as nginx's gzip_static does in production.
   */
  serveListed: ReturnType<typeof sirv>;
  /** Decoded paths of the directories that have an index.html, e.g. /cases/2026-012 (a request without the slash is redirected). */
  directories: Set<string>;
  notFoundPage: Buffer | undefined;
}

const buildIdOf = (root: string) =>
  fs.statSync(path.join(root, OUTPUT_ID_FILE), { throwIfNoEntry: false })?.mtimeMs ?? 0;

function takeSnapshot(root: string): Snapshot {
  const buildId = buildIdOf(root);
  // First, so a dist/ without the headers file is refused before anything is listed: never a header-less server.
  const security = readSecurityHeaders(root);
  const directories = new Set<string>();
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const relative = path.relative(root, entry.parentPath).split(path.sep).join('/');
    if (relative && !relative.split('/').some((segment) => segment.startsWith('.')))
      directories.add(`/${relative}`.normalize());
  }
  const notFoundFile = path.join(root, '404.html');
  return {
    buildId,
    security,
    serveListed: sirv(root, { dev: false, dotfiles: false, extensions: [], etag: true, gzip: true, brotli: true }),
    directories,
    notFoundPage: fs.existsSync(notFoundFile) ? fs.readFileSync(notFoundFile) : undefined,
  };
}

/**
 * The request's path, decoded as sirv decodes it, or null when the request must be refused: not an origin-form path,
 * malformed percent-encoding, a NUL, a backslash, an encoded slash, or a `.`/`..` segment in any spelling.
 */
export function safeRequestPath(target: string): string | null {
  const raw = target.split(/[?#]/, 1)[0]!;
  if (!raw.startsWith('/')) return null;
  let strict: string;
  let decoded: string;
  try {
    strict = decodeURIComponent(raw);
    decoded = decodeURI(raw);
  } catch {
    return null;
  }
  if (/[\0\\]/.test(strict) || /%2f/i.test(raw)) return null;
  if (strict.split('/').some((segment) => segment === '.' || segment === '..')) return null;
  return decoded;
}

/** Sirv 3 parses any Range header loosely (bytes=5-2 would throw in fs.createReadStream): keep only a well-formed single range. */
function keepSimpleRange(req: http.IncomingMessage): void {
  const range = req.headers.range;
  if (range === undefined) return;
  const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(range);
  if (!match || (match[2] !== '' && Number(match[2]) < Number(match[1]))) delete req.headers.range;
  // A range counts bytes of the file itself: never of a compressed copy.
  else delete req.headers['accept-encoding'];
}

function sendPlain(res: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra }).end(text);
}

export interface StaticServerOptions {
  /** The site's base path (`/`, or `/pafz/` for a site built under a path): dist/ is served below it. */
  basePath?: string;
}

/** Serves `root` (a built dist/). Throws, in Chinese, when dist/.security-headers.json is missing or malformed. */
export function createStaticServer(root: string, options: StaticServerOptions = {}): http.Server {
  const base = path.resolve(root);
  const basePath = options.basePath ?? '/';
  let snapshot = takeSnapshot(base);

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    // A build removes dist/.build-id while it runs and writes it when it succeeds: only then is the new dist/ listed.
    const buildId = buildIdOf(base);
    if (buildId !== 0 && buildId !== snapshot.buildId) {
      try {
        snapshot = takeSnapshot(base);
      } catch (error) {
        console.error((error as Error).message);
        snapshot = { ...snapshot, buildId };
      }
    }
    const current = snapshot;
    let target = req.url ?? '';
    let outside = false;
    // A site built under a path answers below it only; its home is also reached from / (a convenience of npm start).
    if (basePath !== '/') {
      const rawRequest = target.split(/[?#]/, 1)[0]!;
      if (rawRequest === '/' || rawRequest === basePath.slice(0, -1)) {
        res.writeHead(301, { Location: basePath }).end();
        return;
      }
      outside = !target.startsWith(basePath);
      if (!outside) target = target.slice(basePath.length - 1);
    }
    const rawPath = target.split(/[?#]/, 1)[0]!;
    const pathname = safeRequestPath(target);
    for (const [name, value] of Object.entries(headersFor(current.security, pathname ?? '/')))
      res.setHeader(name, value);
    res.setHeader('Cache-Control', 'no-cache');

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendPlain(res, 405, '只支持 GET 和 HEAD 请求。', { Allow: 'GET, HEAD' });
    if (pathname === null) return sendPlain(res, 400, '请求的地址不合法。');

    const notFound = () => {
      if (!current.notFoundPage) return sendPlain(res, 404, '未找到页面。');
      res.writeHead(404, { 'Content-Type': TYPES['.html']!, 'Content-Length': current.notFoundPage.length });
      res.end(req.method === 'HEAD' ? undefined : current.notFoundPage);
    };

    if (outside) return notFound();
    if (!pathname.endsWith('/') && current.directories.has(pathname.normalize())) {
      const query = target.slice(rawPath.length).split('#', 1)[0]!;
      res.writeHead(301, { Location: `${basePath.slice(0, -1)}${rawPath}/${query}` }).end();
      return;
    }
    const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    // sirv's list is from start-up: a file deleted since would fail its read stream, so check the file is still there.
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(path.join(base, file), { throwIfNoEntry: false });
    } catch {
      stat = undefined; // e.g. a name too long for the file system
    }
    if (!stat?.isFile()) return notFound();

    keepSimpleRange(req);
    // sirv pipes a file stream into the response and leaves it at that: an error on it would be thrown (stopping the
    // server), and a client gone mid-way would leave the file open. Both are handled on the stream it pipes in.
    res.once('pipe', (source: Readable) => {
      source.once('error', () => res.destroy());
      res.once('close', () => source.destroy());
    });
    res.setHeader('Content-Type', contentType(file));
    req.url = rawPath.endsWith('/') ? `${rawPath}index.html` : rawPath;
    current.serveListed(req, res, notFound);
  };

  return http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) sendPlain(res, 500, '服务器内部错误。');
      else res.destroy();
    }
  });
}

/** Listens on `host` (127.0.0.1 unless given; port 0 picks a free one) and resolves with the server's base URL. */
export function listen(server: http.Server, port: number, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve(`http://${shown}:${typeof address === 'object' && address ? address.port : port}`);
    });
  });
}
