// One reading of the output directory per build, shared by the steps that look at every file of it once the pages are
// written: the removal of stale files (output-dir), the page heads (sitemap, security headers), the compressed copies
// (precompress) and the build record's listing (build-inputs). Each of them used to walk dist/ itself: at scale 1 four
// readings of 26,000 folders and 160,000 stats, 1.5–2 s of every rebuild however little it changed.
//
// The steps that change dist/ after the reading say so (note, forget, rescan), so the listing stays what is on disk.
// Should one forget, the build record's listing is the one that would be wrong, and the next build's check (which
// reads dist/ itself) then finds dist/ changed and builds again: never a build skipped over a changed dist/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { poolSettled } from './precompress-handoff.ts';

/** A file (or link, or anything that is not a folder) as lstat saw it. */
export interface DistFile {
  size: number;
  mtimeNs: bigint;
  ctimeNs: bigint;
  ino: bigint;
  /** A symbolic link: its own stat, not its target's. */
  link: boolean;
}

/** A folder's entries by name: a file's stat, or 'dir'. */
type Folder = Map<string, DistFile | 'dir'>;

/** `a/b` → ['a', 'b']; '' → the root. Relative paths use `/` whatever the platform. */
const parentOf = (rel: string): [string, string] => {
  const slash = rel.lastIndexOf('/');
  return slash < 0 ? ['', rel] : [rel.slice(0, slash), rel.slice(slash + 1)];
};

/**
 * The mtime in milliseconds, as fs.Stats.mtimeMs gives it: whole milliseconds exactly, then the fraction (a nanosecond
 * count is past what a double holds exactly, and `new Date(ms)` of 1796112203066.9999 is a millisecond early).
 */
export const mtimeMsOf = (file: DistFile): number =>
  Number(file.mtimeNs / 1_000_000n) + Number(file.mtimeNs % 1_000_000n) / 1e6;

const fileOf = (stat: fs.BigIntStats): DistFile => ({
  size: Number(stat.size),
  mtimeNs: stat.mtimeNs,
  ctimeNs: stat.ctimeNs,
  ino: stat.ino,
  link: stat.isSymbolicLink(),
});

const lstat = (full: string) => fs.lstatSync(full, { bigint: true, throwIfNoEntry: false });

export class DistFiles {
  readonly root: string;
  private readonly folders = new Map<string, Folder>();

  private constructor(root: string) {
    this.root = root;
  }

  /** Reads `root` and everything below it (nothing if it does not exist). */
  static read(root: string): DistFiles {
    const files = new DistFiles(root);
    files.rescan('');
    return files;
  }

  full(rel: string): string {
    return rel === '' ? this.root : path.join(this.root, rel);
  }

  /** Reads the folder `rel` and everything below it again (after a step rewrote it); a folder gone is forgotten. */
  rescan(rel: string): void {
    this.dropFolder(rel);
    const read = (folder: string): boolean => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(this.full(folder), { withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
          return false;
        // An unreadable folder is listed empty, as a walk that cannot read it would see it.
        this.folders.set(folder, new Map());
        return true;
      }
      const listing: Folder = new Map();
      this.folders.set(folder, listing);
      for (const entry of entries) {
        const rel = folder === '' ? entry.name : `${folder}/${entry.name}`;
        if (entry.isDirectory()) {
          if (read(rel)) listing.set(entry.name, 'dir');
        } else {
          // Gone since the folder was read: not listed, as a walk a moment later would not list it.
          const stat = lstat(this.full(rel));
          if (stat) listing.set(entry.name, fileOf(stat));
        }
      }
      return true;
    };
    const present = read(rel);
    if (rel === '') return;
    const [parent, name] = parentOf(rel);
    if (present) this.linkFolder(parent, name);
    else this.folders.get(parent)?.delete(name);
  }

  /** Forgets the listings of the folder `rel` and of every folder below it (found through the listings themselves). */
  private dropFolder(rel: string): void {
    const listing = this.folders.get(rel);
    if (!listing) return;
    this.folders.delete(rel);
    for (const [name, entry] of listing) if (entry === 'dir') this.dropFolder(rel === '' ? name : `${rel}/${name}`);
  }

  /** Makes `name` a folder entry of `parent`, and `parent` one of its own parent, up to the root. */
  private linkFolder(parent: string, name: string): void {
    let listing = this.folders.get(parent);
    if (!listing) {
      listing = new Map();
      this.folders.set(parent, listing);
      if (parent !== '') this.linkFolder(...parentOf(parent));
    }
    listing.set(name, 'dir');
  }

  /** The file at `rel` as last read; undefined for a folder or nothing. */
  file(rel: string): DistFile | undefined {
    const [parent, name] = parentOf(rel);
    const entry = this.folders.get(parent)?.get(name);
    return entry === 'dir' ? undefined : entry;
  }

  /** The entry `name` of the folder `folder` (a file, 'dir', or undefined): file() without splitting a path. */
  entryIn(folder: string, name: string): DistFile | 'dir' | undefined {
    return this.folders.get(folder)?.get(name);
  }

  /** Whether `rel` is a folder. */
  isFolder(rel: string): boolean {
    return rel === '' ? this.folders.has('') : this.folders.has(rel);
  }

  /** The entries of the folder `rel` (none if unknown), as [name, file or 'dir'], in no particular order. */
  list(rel: string): Array<[string, DistFile | 'dir']> {
    return [...(this.folders.get(rel) ?? [])];
  }

  /** A file was written (or its times set) at `rel`: its stat is read again; a file no longer there is forgotten. */
  note(rel: string): void {
    const stat = lstat(this.full(rel));
    if (!stat) return this.forget(rel);
    if (stat.isDirectory()) return this.rescan(rel);
    const [parent, name] = parentOf(rel);
    if (!this.folders.has(parent)) {
      this.folders.set(parent, new Map());
      if (parent !== '') this.linkFolder(...parentOf(parent));
    }
    this.folders.get(parent)!.set(name, fileOf(stat));
  }

  /** A file or folder at `rel` was deleted. */
  forget(rel: string): void {
    this.dropFolder(rel);
    const [parent, name] = parentOf(rel);
    this.folders.get(parent)?.delete(name);
  }

  /**
   * Digest of the directory as listed: every folder and file by path, every file's size and mtime (ns), folders read
   * in name order. Top-level names in `skipTop` are left out. The same digest whether the listing was read just now
   * or kept up to date since (build-inputs.ts compares one of each).
   */
  fingerprint(update: (line: string) => void, skipTop: ReadonlySet<string>): void {
    const visit = (folder: string, prefix: string) => {
      const entries = this.list(folder).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [name, entry] of entries) {
        if (folder === '' && skipTop.has(name)) continue;
        const rel = prefix + name;
        if (entry === 'dir') {
          update(`dir\0${rel}\n`);
          visit(rel, `${rel}/`);
        } else {
          update(`${entry.link ? 'link' : 'file'}\0${rel}\0${entry.size}\0${entry.mtimeNs}\n`);
        }
      }
    };
    visit('', '');
  }
}

const ofBuild = new WeakMap<URL, Promise<DistFiles>>();

/**
 * The listing of the output directory for the build whose `astro:build:done` hooks get `dir` (the same URL object for
 * every hook of one build, a new one for the next). Read at the first call, once the precompress pool has written the
 * copies of every page handed to it: from then on only the build's own steps write into dist/, and they note it.
 */
export function distFilesOfBuild(dir: URL): Promise<DistFiles> {
  let files = ofBuild.get(dir);
  if (!files) {
    files = poolSettled().then(() => DistFiles.read(fileURLToPath(dir)));
    ofBuild.set(dir, files);
  }
  return files;
}
