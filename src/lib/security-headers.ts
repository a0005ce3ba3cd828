// The HTTP security headers every response of the site carries, and the file in dist/ that records them for servers.
// The build writes the file (with the Content-Security-Policy it computed); `npm start` and the nginx config read it,
// so the local server and production send the same headers.
import fs from 'node:fs';
import path from 'node:path';

/** Written into dist/ by the build; a dot-file, so no server configured by this project publishes it. */
export const SECURITY_HEADERS_FILE = '.security-headers.json';

export interface SecurityHeadersFile {
  version: 1;
  /** The Content-Security-Policy for every page (the union of every page's script and style hashes). */
  csp: string;
  /** Pages that need a wider policy (the search page runs Pagefind's WebAssembly), keyed by path prefix, e.g. /search/. */
  cspByPath: Record<string, string>;
  /** Every other header, the same on every response. */
  headers: Record<string, string>;
}

/** The headers that do not depend on the build: the same on every response, pages and assets alike. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The directives every page's Content-Security-Policy carries besides script-src and style-src (which Astro writes,
 * with the hashes of the inline scripts and styles it emits): everything from this origin only, no plugins, no
 * <base> elsewhere, forms submit here only.
 */
export const SITE_CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Reads dist/.security-headers.json; a missing or malformed file is an error, never a silently open server. */
export function readSecurityHeaders(distDir: string): SecurityHeadersFile {
  const file = path.join(distDir, SECURITY_HEADERS_FILE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`读不到安全响应头文件 ${file}（${(error as Error).message}）：请先运行 npm run build。`, { cause: error });
  }
  const value = parsed as Partial<SecurityHeadersFile> | null;
  if (!value || value.version !== 1 || typeof value.csp !== 'string' || typeof value.headers !== 'object' || typeof value.cspByPath !== 'object') {
    throw new Error(`安全响应头文件 ${file} 的格式不对：请重新运行 npm run build。`);
  }
  return value as SecurityHeadersFile;
}

/** The headers for one request path: the CSP of the longest matching path prefix, else the site's, plus the rest. */
export function headersFor(security: SecurityHeadersFile, pathname: string): Record<string, string> {
  let csp = security.csp;
  let longest = -1;
  for (const [prefix, policy] of Object.entries(security.cspByPath)) {
    if (pathname.startsWith(prefix) && prefix.length > longest) {
      csp = policy;
      longest = prefix.length;
    }
  }
  return { 'Content-Security-Policy': csp, ...security.headers };
}
