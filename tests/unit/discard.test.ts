// Discarding a folder: gone from its place at once, deleted from the trash by a background process soon after.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { discard } from '../../src/lib/discard.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

it('moves a folder out of the way at once and empties the trash in the background', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-discard-'));
  dirs.push(root);
  const target = path.join(root, 'dist', 'pagefind', 'recent');
  for (let i = 0; i < 50; i++) {
    fs.mkdirSync(path.join(target, 'fragment'), { recursive: true });
    fs.writeFileSync(path.join(target, 'fragment', `${i}.pf_fragment`), 'x');
  }
  const trash = path.join(root, 'cache', 'fzwm-trash');
  discard(target, trash);
  expect(fs.existsSync(target)).toBe(false);
  expect(fs.existsSync(path.join(root, 'dist', 'pagefind'))).toBe(true);
  // Moved, not lost: until the background deletion has run, the files are in the trash.
  const deadline = Date.now() + 10_000;
  while (fs.readdirSync(trash).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(fs.readdirSync(trash)).toEqual([]);
});

it('does nothing for a path that is not there', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-discard-'));
  dirs.push(root);
  discard(path.join(root, 'missing'), path.join(root, 'trash'));
  expect(fs.existsSync(path.join(root, 'trash'))).toBe(false);
});
