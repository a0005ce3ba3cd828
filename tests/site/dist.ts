// Helpers for tests on a built dist/: read pages, find meta tags, measure gzipped bytes.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export function readPage(distDir: string, urlPath: string): string {
  const decoded = decodeURIComponent(urlPath);
  const file = decoded.endsWith('/') ? path.join(distDir, decoded, 'index.html') : path.join(distDir, decoded);
  return fs.readFileSync(file, 'utf8');
}

export function pageExists(distDir: string, urlPath: string): boolean {
  return fs.existsSync(path.join(distDir, decodeURIComponent(urlPath), 'index.html'));
}

/** A meta tag's content; the name matches in any case, as HTML compares it (Description = description). */
export function meta(html: string, name: string): string | undefined {
  const re = new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`, 'i');
  return re.exec(html)?.[1];
}

export const gzipSize = (content: string | Buffer): number => zlib.gzipSync(content, { level: 9 }).length;

/** All files under a folder, relative paths. */
export function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** The local scripts and stylesheets a page loads (src/href values). */
export function assetsOf(html: string): { scripts: string[]; styles: string[] } {
  return {
    scripts: [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
    styles: [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!),
  };
}
