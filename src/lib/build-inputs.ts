// The fingerprint of everything a build's output depends on, and of the output it wrote: a build whose inputs and
// output directory are both exactly as the last successful build left them has nothing to do.
//
// Inputs: every file of the content directory (by content hash), the code that builds the site (src/, public/, the
// Astro and TypeScript configs, package.json, the lockfile and the lockfile npm wrote for node_modules/, .env files),
// the as-of date, the content directory's path, the output options and the Node version. A file's hash is cached by
// path, size, inode, mtime and ctime, so an unchanged tree is checked by stat() alone. Output: the path, size and mtime
// of every file in the output directory, so a deleted, added or edited file there makes the next build run.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DistFiles } from './dist-files.ts';

/** In the output directory: the fingerprint of the build that wrote it (a dot-file, so never served or published). */
export const BUILD_INPUTS_FILE = '.build-inputs.json';
/** Bump when what is fingerprinted changes, so an old record never matches. */
const FORMAT = 1;

/** What the site's code is, below the project root. Folders are read whole; missing entries are skipped. */
export const CODE_PATHS = [
  'src',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  // Rewritten by npm whenever it changes an installed package, even without a lockfile change.
  'node_modules/.package-lock.json',
] as const;

/** Entries never fingerprinted: a content repository's own git data (which changes with every commit). */
const SKIP_NAMES = new Set(['.git']);

export interface BuildInputs {
  /** One digest per part, so a rebuild can say what changed. */
  content: string;
  code: string;
  asOf: string;
  settings: string;
}

export interface BuildRecord {
  format: number;
  inputs: BuildInputs;
  /** Digest of the output directory's listing (every file's path, size and mtime) when the build finished. */
  output: string;
}

export interface FingerprintOptions {
  root: string;
  contentDir: string;
  asOf: string;
  outDir: string;
  /** Output options and anything else that changes what is built (site URL, base path, command-line flags …). */
  settings: Record<string, string>;
  /** A JSON file caching each file's hash by its stat; written back when given. */
  hashCacheFile?: string;
}

interface CachedHash {
  /** `${size}:${ino}:${mtimeNs}:${ctimeNs}` */
  stat: string;
  hash: string;
}

/** Hashes files, reusing the hash of any file whose stat is unchanged since it was cached. */
class FileHasher {
  private readonly cache: Map<string, CachedHash>;
  private readonly fresh = new Map<string, CachedHash>();
  /** Files modified this close to now are hashed every time: they could change again within the clock's resolution. */
  private readonly racyAfterNs: bigint;
  private readonly cacheFile: string | undefined;

  constructor(cacheFile: string | undefined) {
    this.cacheFile = cacheFile;
    this.cache = new Map();
    if (cacheFile) {
      try {
        const saved = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as {
          format: number;
          files: Record<string, CachedHash>;
        };
        if (saved.format === FORMAT)
          for (const [file, entry] of Object.entries(saved.files)) this.cache.set(file, entry);
      } catch {
        // no cache yet, or an unreadable one: every file is hashed
      }
    }
    this.racyAfterNs = BigInt(Date.now() - 2000) * 1_000_000n;
  }

  hash(file: string, stat: fs.BigIntStats): string {
    const key = `${stat.size}:${stat.ino}:${stat.mtimeNs}:${stat.ctimeNs}`;
    const cached = this.cache.get(file);
    if (cached && cached.stat === key) {
      this.fresh.set(file, cached);
      return cached.hash;
    }
    const hash = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    if (stat.mtimeNs < this.racyAfterNs && stat.ctimeNs < this.racyAfterNs) this.fresh.set(file, { stat: key, hash });
    return hash;
  }

  /** Saves the hashes of the files seen this time (and only those: deleted files leave the cache). */
  save(): void {
    if (!this.cacheFile) return;
    try {
      fs.mkdirSync(path.dirname(this.cacheFile), { recursive: true });
      const temp = `${this.cacheFile}.tmp-${process.pid}`;
      fs.writeFileSync(temp, JSON.stringify({ format: FORMAT, files: Object.fromEntries(this.fresh) }));
      fs.renameSync(temp, this.cacheFile);
    } catch {
      // a cache that cannot be written only costs time next build
    }
  }
}

/** Adds every file under `target` (a file or a folder) to the digest: its path relative to `base`, and its hash. */
function addTree(digest: crypto.Hash, hasher: FileHasher, base: string, target: string): void {
  const stat = fs.lstatSync(target, { bigint: true, throwIfNoEntry: false });
  if (!stat) return;
  const rel = path.relative(base, target).split(path.sep).join('/');
  if (stat.isSymbolicLink()) {
    digest.update(`link\0${rel}\0${fs.readlinkSync(target)}\n`);
  } else if (stat.isDirectory()) {
    digest.update(`dir\0${rel}\n`);
    for (const name of fs.readdirSync(target).sort()) {
      if (!SKIP_NAMES.has(name)) addTree(digest, hasher, base, path.join(target, name));
    }
  } else if (stat.isFile()) {
    digest.update(`file\0${rel}\0${hasher.hash(target, stat)}\n`);
  }
}

const sha = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** The digests of a build's inputs. */
export function fingerprintInputs(options: FingerprintOptions): BuildInputs {
  const hasher = new FileHasher(options.hashCacheFile);
  const content = crypto.createHash('sha256');
  // The content directory may itself be a link (CONTENT_DIR may name one); what it holds is what counts.
  const contentDir = fs.realpathSync(options.contentDir);
  addTree(content, hasher, contentDir, contentDir);
  const code = crypto.createHash('sha256');
  for (const entry of CODE_PATHS) addTree(code, hasher, options.root, path.join(options.root, entry));
  // Vite reads .env files from the project root into import.meta.env.
  for (const name of fs
    .readdirSync(options.root)
    .filter((n) => n === '.env' || n.startsWith('.env.'))
    .sort()) {
    addTree(code, hasher, options.root, path.join(options.root, name));
  }
  code.update(`node\0${process.version}\n`);
  hasher.save();
  const settings = {
    ...options.settings,
    contentDir: path.resolve(options.contentDir),
    outDir: path.resolve(options.outDir),
  };
  return {
    content: content.digest('hex'),
    code: code.digest('hex'),
    asOf: options.asOf,
    settings: sha(JSON.stringify(Object.entries(settings).sort(([a], [b]) => a.localeCompare(b)))),
  };
}

/**
 * Digest of the output directory: every file's path, size and mtime (not the record itself, nor .git), from `files`
 * (its listing, kept up to date by the build's steps: read now if not given).
 */
export function fingerprintOutput(outDir: string, files: DistFiles = DistFiles.read(outDir)): string {
  const digest = crypto.createHash('sha256');
  files.fingerprint((line) => digest.update(line), new Set([BUILD_INPUTS_FILE, ...SKIP_NAMES]));
  return digest.digest('hex');
}

export function readRecord(outDir: string): BuildRecord | undefined {
  try {
    const record = JSON.parse(fs.readFileSync(path.join(outDir, BUILD_INPUTS_FILE), 'utf8')) as Partial<BuildRecord>;
    const { format, inputs, output } = record;
    if (format !== FORMAT || typeof output !== 'string' || typeof inputs !== 'object' || inputs === null)
      return undefined;
    return { format, inputs, output };
  } catch {
    return undefined;
  }
}

/** Written last, once the output directory is complete; its listing digest is taken then (from `files`, if given). */
export function writeRecord(outDir: string, inputs: BuildInputs, files?: DistFiles): void {
  const record: BuildRecord = { format: FORMAT, inputs, output: fingerprintOutput(outDir, files) };
  const file = path.join(outDir, BUILD_INPUTS_FILE);
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
  fs.renameSync(`${file}.tmp`, file);
}

export function removeRecord(outDir: string): void {
  fs.rmSync(path.join(outDir, BUILD_INPUTS_FILE), { force: true });
}

/**
 * Whether a build as of `built` still serves as of `now`: the same month, not earlier. Pages work out 逾期 and the day
 * counts in the reader's browser from the due dates they carry (src/scripts/live-status.ts), so a new day alone
 * changes nothing a reader with JavaScript sees; the statuses written into the HTML (the no-JS fallback, the open
 * data, the county summary) say the date they are as of, and a new month (or an earlier date) builds them again.
 */
export function sameStatusEpoch(built: string, now: string): boolean {
  return built === now || (built.slice(0, 7) === now.slice(0, 7) && built < now);
}

/** Why a build must run (no record, or which part changed); undefined when the output is current. */
export type StaleReason = 'none' | 'content' | 'code' | 'asOf' | 'settings' | 'output';

/** Compares the inputs with the last successful build's record and the output directory with its listing then. */
export function whyStale(outDir: string, inputs: BuildInputs, record = readRecord(outDir)): StaleReason | undefined {
  if (!record) return 'none';
  if (!sameStatusEpoch(record.inputs.asOf, inputs.asOf)) return 'asOf';
  if (record.inputs.content !== inputs.content) return 'content';
  if (record.inputs.code !== inputs.code) return 'code';
  if (record.inputs.settings !== inputs.settings) return 'settings';
  if (record.output !== fingerprintOutput(outDir)) return 'output';
  return undefined;
}
