// The editing UI's own Content-Security-Policy (/admin/ only) and the CMS backend's origin it may connect to.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The path prefix of the editing UI; the sitemap, the search index and the feeds leave it out. */
export const ADMIN_PATH = '/admin/';

/**
 * What the CMS needs beyond the site's policy, for /admin/ alone: styles it injects at run time (and style attributes),
 * previews of images chosen from disk (blob:, data:), web workers from blob: URLs. Its scripts still come only from
 * this origin: the fonts and interface strings it would fetch from CDNs are served from /admin/ (cms-admin integration).
 */
export const ADMIN_CSP_DIRECTIVES = [
  "img-src 'self' blob: data:",
  "media-src 'self' blob: data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
] as const;

/**
 * The origin of the county's Gitea/Forgejo or GitLab server (`cms.url` in site.yaml), which the CMS calls from the
 * browser; undefined when site.yaml has no `cms.url` or it is not an http(s) address (the content check reports that).
 */
export function cmsBackendOrigin(contentDir: string): string | undefined {
  try {
    const site = parse(fs.readFileSync(path.join(contentDir, 'site.yaml'), 'utf8')) as {
      cms?: { url?: unknown };
    } | null;
    const url = site?.cms?.url;
    if (typeof url !== 'string') return undefined;
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** connect-src of /admin/: this origin, blob:/data: (files read in the browser), and the CMS backend when there is one. */
export function adminConnectSrc(backendOrigin: string | undefined): `connect-src ${string}` {
  return `connect-src 'self' blob: data:${backendOrigin ? ` ${backendOrigin}` : ''}`;
}
