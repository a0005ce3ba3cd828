// The folder listings the end-of-build walks share: reused only while a folder is unchanged since well before it was read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, expect, it, vi } from 'vitest';
import { forgetDirListings, readDirEntries } from '../../src/lib/dir-listing.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  forgetDirListings();
  vi.restoreAllMocks();
});

function folder(names: string[], ageSeconds: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-listing-'));
  made.push(dir);
  for (const name of names) fs.writeFileSync(path.join(dir, name), name);
  fs.mkdirSync(path.join(dir, 'sub'));
  const then = new Date(Date.now() - ageSeconds * 1000);
  fs.utimesSync(dir, then, then);
  return dir;
}

const names = (dir: string) =>
  readDirEntries(dir)
    .map((e) => `${e.name}${e.isDirectory() ? '/' : ''}`)
    .sort();

it('reads a folder as readdirSync does, and a second time from memory while it is unchanged', () => {
  const dir = folder(['a.html', 'a.html.gz'], 60);
  const readdir = vi.spyOn(fs, 'readdirSync');
  expect(names(dir)).toEqual(['a.html', 'a.html.gz', 'sub/']);
  expect(names(dir)).toEqual(['a.html', 'a.html.gz', 'sub/']);
  expect(readdir).toHaveBeenCalledTimes(1);
});

it('reads a folder again once an entry is added or removed', () => {
  const dir = folder(['a.html'], 60);
  expect(names(dir)).toEqual(['a.html', 'sub/']);
  fs.writeFileSync(path.join(dir, 'b.html'), 'b');
  expect(names(dir)).toEqual(['a.html', 'b.html', 'sub/']);
  fs.rmSync(path.join(dir, 'a.html'));
  expect(names(dir)).toEqual(['b.html', 'sub/']);
});

it('reads a folder deleted and made again, even with the same mtime', () => {
  const dir = folder(['a.html'], 60);
  expect(names(dir)).toEqual(['a.html', 'sub/']);
  const mtime = fs.statSync(dir).mtime;
  const other = `${dir}-other`;
  made.push(other);
  fs.mkdirSync(other);
  fs.writeFileSync(path.join(other, 'b.html'), 'b');
  fs.utimesSync(other, mtime, mtime);
  fs.rmSync(dir, { recursive: true });
  fs.renameSync(other, dir);
  expect(fs.statSync(dir).mtimeMs).toBe(mtime.getTime());
  expect(names(dir)).toEqual(['b.html']);
});

it('does not keep the listing of a folder changed just before it was read (the clock may not tick for a later change)', () => {
  const dir = folder(['a.html'], 0);
  const readdir = vi.spyOn(fs, 'readdirSync');
  names(dir);
  names(dir);
  expect(readdir).toHaveBeenCalledTimes(2);
});

it('gives each caller its own array, and throws for a missing folder as readdirSync does', () => {
  const dir = folder(['a.html'], 60);
  const first = readDirEntries(dir);
  first.length = 0;
  expect(readDirEntries(dir)).toHaveLength(2);
  expect(() => readDirEntries(path.join(dir, 'gone'))).toThrow(/ENOENT/);
});
