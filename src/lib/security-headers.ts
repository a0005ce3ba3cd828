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
  /** Every other header, the same on every response except under `frameable`. */
  headers: Record<string, string>;
  /**
   * Path prefixes other sites may show in a frame (the media embeds, /embed/): their policy in `cspByPath` has
   * `frame-ancestors *` and their responses carry no X-Frame-Options. Absent in files written before embeds existed.
   */
  frameable?: string[];
}

/** The media embeds: the only pages another origin may frame. */
export const FRAMEABLE_PATHS = ['/embed/'] as const;

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

/** Directives that only work in a header (a <meta> policy ignores them), added to every policy in the file. */
export const HEADER_ONLY_CSP_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** A policy as an ordered map: directive name to its sources, in first-seen order. */
export type CspPolicy = Map<string, string[]>;

/** Parses `a x y; b z` into its directives; a repeated directive is ignored, as browsers do. */
export function parseCsp(policy: string): CspPolicy {
  const parsed: CspPolicy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !parsed.has(name.toLowerCase())) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

export function serializeCsp(policy: CspPolicy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const isHash = (source: string): boolean => /^'sha(256|384|512)-/.test(source);

/** The union of policies: every directive of any of them, with every source any of them gives it. */
export function mergeCsp(policies: Iterable<CspPolicy>): CspPolicy {
  const merged: CspPolicy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const into = merged.get(name) ?? [];
      for (const source of sources) if (!into.includes(source)) into.push(source);
      merged.set(name, into);
    }
  }
  return merged;
}

/** A policy without its hashes: pages that differ only in which inline scripts and styles they carry share one. */
const shapeOf = (policy: CspPolicy): string =>
  serializeCsp(new Map([...policy].map(([name, sources]) => [name, sources.filter((s) => !isHash(s))])));

/**
 * The headers file from every built page's <meta> policy (path → policy). `csp` is the policy most pages share,
 * with the hashes of every page, so it is a valid header for each of them; a page whose policy allows more (the search
 * page's 'wasm-unsafe-eval') gets its own entry in `cspByPath`, that policy joined with the site's. `extraPaths` gives
 * further path prefixes that take a page's policy: the folder a page's scripts run in as workers, whose response
 * header is the worker's own policy (e.g. { '/pagefind/': '/search/' }). Header-only directives are added to all.
 * `ownPolicyPaths` are path prefixes whose pages keep their own policy, not joined with the site's (the editing UI at
 * /admin/, whose style-src has 'unsafe-inline', which any hash from the site's policy would switch off); their hashes
 * do not widen the site's policy either.
 */
export function buildSecurityHeaders(
  pages: ReadonlyMap<string, string>,
  extraPaths: Readonly<Record<string, string>> = {},
  ownPolicyPaths: readonly string[] = [],
  frameablePaths: readonly string[] = [],
): SecurityHeadersFile {
  const isOwn = (pagePath: string) => ownPolicyPaths.some((prefix) => pagePath.startsWith(prefix));
  const own = [...pages].filter(([pagePath]) => isOwn(pagePath));
  // Thousands of pages share a few policies: each distinct text is parsed once, and the pages hold the parsed one
  // (never changed below: mergeCsp makes a new policy).
  const distinct = new Map<string, { policy: CspPolicy; shape: string }>();
  const parsed = [...pages]
    .filter(([pagePath]) => !isOwn(pagePath))
    .map(([pagePath, text]) => {
      let known = distinct.get(text);
      if (!known) {
        const policy = parseCsp(text);
        distinct.set(text, (known = { policy, shape: shapeOf(policy) }));
      }
      return { pagePath, ...known };
    });
  if (parsed.length === 0) throw new Error('构建结果中没有带内容安全策略（CSP）的页面，无法生成安全响应头文件。');
  const counts = new Map<string, number>();
  for (const page of parsed) counts.set(page.shape, (counts.get(page.shape) ?? 0) + 1);
  const siteShape = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const headerOnly = parseCsp(HEADER_ONLY_CSP_DIRECTIVES.join(';'));
  const site = mergeCsp([...[...distinct.values()].filter((p) => p.shape === siteShape).map((p) => p.policy), headerOnly]);
  // Every page's hashes, so that one header serves every page.
  for (const { policy } of distinct.values()) {
    for (const [name, sources] of policy) {
      const hashes = sources.filter(isHash);
      if (hashes.length) site.set(name, [...new Set([...(site.get(name) ?? []), ...hashes])]);
    }
  }
  const cspByPath: Record<string, string> = {};
  const joined = new Map<CspPolicy, string>();
  for (const page of parsed) {
    if (page.shape === siteShape) continue;
    let text = joined.get(page.policy);
    if (text === undefined) joined.set(page.policy, (text = serializeCsp(mergeCsp([site, page.policy]))));
    cspByPath[page.pagePath] = text;
  }
  for (const [pagePath, policy] of own) cspByPath[pagePath] = serializeCsp(mergeCsp([parseCsp(policy), headerOnly]));
  for (const [prefix, pagePath] of Object.entries(extraPaths)) {
    const policy = cspByPath[pagePath];
    if (policy) cspByPath[prefix] = policy;
  }
  // A frameable prefix takes the site's policy (every hash, so any page under it is covered) with any ancestor allowed.
  const frameable = frameablePaths.filter((prefix) => [...pages.keys()].some((pagePath) => pagePath.startsWith(prefix)));
  for (const prefix of frameable) {
    const under = new Set(parsed.filter((p) => p.pagePath.startsWith(prefix)).map((p) => p.policy));
    const policy = mergeCsp([site, ...under]);
    policy.set('frame-ancestors', ['*']);
    cspByPath[prefix] = serializeCsp(policy);
  }
  return {
    version: 1,
    csp: serializeCsp(site),
    cspByPath,
    headers: { ...STATIC_SECURITY_HEADERS },
    ...(frameable.length ? { frameable } : {}),
  };
}

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
  const frameableOk = value?.frameable === undefined || (Array.isArray(value.frameable) && value.frameable.every((p) => typeof p === 'string' && p.startsWith('/')));
  if (!value || value.version !== 1 || typeof value.csp !== 'string' || typeof value.headers !== 'object' || typeof value.cspByPath !== 'object' || !frameableOk) {
    throw new Error(`安全响应头文件 ${file} 的格式不对：请重新运行 npm run build。`);
  }
  return value as SecurityHeadersFile;
}

/**
 * The headers for one request path: the CSP of the longest matching path prefix, else the site's, plus the rest;
 * under a frameable prefix (the embeds) without X-Frame-Options, whose DENY would override `frame-ancestors *`.
 */
export function headersFor(security: SecurityHeadersFile, pathname: string): Record<string, string> {
  let csp = security.csp;
  let longest = -1;
  for (const [prefix, policy] of Object.entries(security.cspByPath)) {
    if (pathname.startsWith(prefix) && prefix.length > longest) {
      csp = policy;
      longest = prefix.length;
    }
  }
  const headers: Record<string, string> = { 'Content-Security-Policy': csp, ...security.headers };
  if ((security.frameable ?? []).some((prefix) => pathname.startsWith(prefix))) delete headers['X-Frame-Options'];
  return headers;
}
