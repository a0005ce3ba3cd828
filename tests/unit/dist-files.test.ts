// The one listing of dist/ a build's last steps share: read once, kept up to date by what they write and delete, and
// always digested as a fresh reading of the same folder would be.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { DistFiles, distFilesOfBuild, mtimeMsOf } from '../../src/lib/dist-files.ts';
import { publishEnqueue } from '../../src/lib/precompress-handoff.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-dist-files-'));
  made.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** The listing digest as a walk of the disk makes it, written here independently of DistFiles. */
function walkDigest(root: string, skipTop: ReadonlySet<string> = new Set()): string {
  const digest = crypto.createHash('sha256');
  const visit = (folder: string, prefix: string) => {
    const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (prefix === '' && skipTop.has(entry.name)) continue;
      const full = path.join(folder, entry.name);
      const rel = prefix + entry.name;
      if (entry.isDirectory()) {
        digest.update(`dir\0${rel}\n`);
        visit(full, `${rel}/`);
      } else {
        const stat = fs.lstatSync(full, { bigint: true });
        digest.update(`${entry.isSymbolicLink() ? 'link' : 'file'}\0${rel}\0${stat.size}\0${stat.mtimeNs}\n`);
      }
    }
  };
  visit(root, '');
  return digest.digest('hex');
}

const digestOf = (files: DistFiles, skipTop: ReadonlySet<string> = new Set()) => {
  const digest = crypto.createHash('sha256');
  files.fingerprint((line) => digest.update(line), skipTop);
  return digest.digest('hex');
};

it('lists every folder and file with its size and mtime, and digests them as a walk of the disk does', () => {
  const dir = tree({ 'index.html': '<p>首页</p>', 'cases/2026-001/index.html': '<p>案例</p>', '.build-id': 'x' });
  fs.symlinkSync('index.html', path.join(dir, 'link.html'));
  const files = DistFiles.read(dir);
  expect(files.isFolder('cases/2026-001')).toBe(true);
  expect(files.file('cases/2026-001/index.html')?.size).toBe(Buffer.byteLength('<p>案例</p>'));
  expect(files.file('link.html')?.link).toBe(true);
  expect(files.file('cases')).toBeUndefined();
  expect(files.list('cases').map(([name, entry]) => [name, entry === 'dir'])).toEqual([['2026-001', true]]);
  expect(digestOf(files)).toBe(walkDigest(dir));
  expect(digestOf(files, new Set(['.build-id']))).toBe(walkDigest(dir, new Set(['.build-id'])));
  expect(digestOf(files, new Set(['.build-id']))).not.toBe(digestOf(files));
});

it('stays what a fresh reading gives as files are written, stamped and deleted and folders made and removed', () => {
  const dir = tree({ 'index.html': 'a', 'cases/2026-001/index.html': 'b', 'cases/2026-002/index.html': 'c', 'pagefind/x/1.pf': 'd' });
  const files = DistFiles.read(dir);
  // A page written again, and its copy stamped with another time.
  fs.writeFileSync(path.join(dir, 'index.html'), 'longer now');
  files.note('index.html');
  fs.writeFileSync(path.join(dir, 'index.html.gz'), 'gz');
  fs.utimesSync(path.join(dir, 'index.html.gz'), new Date(2020, 0, 1), new Date(2020, 0, 1));
  files.note('index.html.gz');
  // A file in folders that did not exist.
  fs.mkdirSync(path.join(dir, 'a/b'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'a/b/c.json'), '{}');
  files.note('a/b/c.json');
  // A file and a folder deleted.
  fs.rmSync(path.join(dir, 'cases/2026-002'), { recursive: true });
  files.forget('cases/2026-002');
  fs.rmSync(path.join(dir, 'cases/2026-001/index.html'));
  files.note('cases/2026-001/index.html'); // noting a file that is gone forgets it
  // A folder rewritten by another step.
  fs.rmSync(path.join(dir, 'pagefind/x'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'pagefind/y'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'pagefind/y/2.pf'), 'e');
  files.rescan('pagefind');
  expect(files.file('a/b/c.json')?.size).toBe(2);
  expect(files.file('index.html.gz')?.mtimeNs).toBe(BigInt(new Date(2020, 0, 1).getTime()) * 1_000_000n);
  expect(files.isFolder('pagefind/x')).toBe(false);
  expect(digestOf(files)).toBe(walkDigest(dir));
  expect(digestOf(files)).toBe(digestOf(DistFiles.read(dir)));
  // A folder rescanned that is gone is forgotten.
  fs.rmSync(path.join(dir, 'pagefind'), { recursive: true });
  files.rescan('pagefind');
  expect(digestOf(files)).toBe(walkDigest(dir));
});

it('lists a missing folder as empty', () => {
  const files = DistFiles.read(path.join(os.tmpdir(), `fzwm-dist-files-missing-${process.pid}`));
  expect(files.isFolder('')).toBe(false);
  expect(files.list('')).toEqual([]);
});

it('is read once per build, after the precompress pool has written the copies of every page handed to it', async () => {
  const dir = tree({ 'index.html': 'a' });
  let release: () => void = () => {};
  const settled = new Promise<void>((resolve) => (release = resolve));
  const enqueue = () => true;
  publishEnqueue({ enqueue, settle: () => settled });
  try {
    const url = pathToFileURL(`${dir}/`);
    const listing = distFilesOfBuild(url);
    // The pool writes a copy before it settles: the listing, read after, holds it.
    fs.writeFileSync(path.join(dir, 'index.html.gz'), 'gz');
    release();
    const files = await listing;
    expect(files.file('index.html.gz')?.size).toBe(2);
    expect(await distFilesOfBuild(url)).toBe(files);
    expect(await distFilesOfBuild(pathToFileURL(`${dir}/`))).not.toBe(files);
  } finally {
    publishEnqueue(undefined, enqueue);
  }
});

it('gives the mtime in milliseconds as fs.Stats does, whole milliseconds exact', () => {
  const dir = tree({ 'a.html': 'a' });
  const files = DistFiles.read(dir);
  // Times a file system keeps a hair before or after a whole millisecond (set as seconds, a double).
  for (let k = 0; k < 300; k++) {
    const seconds = 1796112203 + k / 1000 + (k % 2 ? 0.0000009 : -0.0000001);
    fs.utimesSync(path.join(dir, 'a.html'), seconds, seconds);
    files.note('a.html');
    const stat = fs.statSync(path.join(dir, 'a.html'));
    expect(mtimeMsOf(files.file('a.html')!)).toBe(stat.mtimeMs);
  }
});
