// One reading of each folder of the output directory per build, shared by the steps that walk all of it once the
// pages are written (stale-file removal, page heads, compressed copies, the build record). At scale 5 dist/ holds half
// a million files in 65,000 folders; each walk read every folder again.
import fs from 'node:fs';

interface Listing {
  /** The folder's inode and mtime (ns) when it was read: a folder deleted and made again is read again. */
  ino: bigint;
  mtimeNs: bigint;
  entries: fs.Dirent[];
}

const listings = new Map<string, Listing>();

/**
 * A listing is reused only while the folder's mtime is what it was when read, and only if that mtime was at least
 * this long before the reading: an entry added or removed later changes the mtime then, but one added within the
 * file system clock's tick of the reading might not.
 */
const RACY_NS = 2_000_000_000n;

/**
 * The entries of `folder`, as `fs.readdirSync(folder, { withFileTypes: true })` gives them. A folder read before in
 * this process and not changed since (its mtime says) is not read again. Throws as readdirSync does (a missing
 * folder). The caller gets its own array.
 */
export function readDirEntries(folder: string): fs.Dirent[] {
  const stat = fs.statSync(folder, { bigint: true });
  const known = listings.get(folder);
  if (known && known.ino === stat.ino && known.mtimeNs === stat.mtimeNs) return [...known.entries];
  const readAt = BigInt(Date.now()) * 1_000_000n;
  const entries = fs.readdirSync(folder, { withFileTypes: true });
  if (stat.mtimeNs < readAt - RACY_NS) listings.set(folder, { ino: stat.ino, mtimeNs: stat.mtimeNs, entries });
  else listings.delete(folder);
  return [...entries];
}

/** Forgets every listing (tests; a long-lived process that is done with a build). */
export function forgetDirListings(): void {
  listings.clear();
}
