// The release folders of a published site: their names, which one a rollback returns to, and which ones to prune.
// Pure logic shared by the local publish (node:fs) and the remote one (commands over SSH), so both keep the same rules.

/** A release folder's name: its publish time in Asia/Shanghai, `YYYYMMDD-HHMMSS`, with `-n` when that second is taken. */
export const RELEASE_NAME = /^(\d{8}-\d{6})(?:-(\d+))?$/;
/** A release being copied is named `.partial-<name>` and renamed to `<name>` once complete; leftovers are removed. */
export const PARTIAL_PREFIX = '.partial-';
export const RELEASES_DIR = 'releases';
export const CURRENT_LINK = 'current';
export const DEFAULT_KEEP = 5;

/** `YYYYMMDD-HHMMSS` of a moment in Asia/Shanghai: the time the county's staff read. */
export function releaseStamp(now: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return `${parts['year']}${parts['month']}${parts['day']}-${parts['hour']}${parts['minute']}${parts['second']}`;
}

/** The stamp itself, or `<stamp>-2`, `-3`, … when a release of that second already exists (on any server). */
export function nextReleaseName(stamp: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(stamp)) return stamp;
  for (let n = 2; ; n++) if (!names.has(`${stamp}-${n}`)) return `${stamp}-${n}`;
}

/** Release folder names in publish order, oldest first; anything else in the folder is left out. */
export function sortReleases(names: Iterable<string>): string[] {
  const order = (name: string): [string, number] => {
    const match = RELEASE_NAME.exec(name)!;
    return [match[1]!, Number(match[2] ?? 1)];
  };
  return [...names]
    .filter((name) => RELEASE_NAME.test(name))
    .sort((a, b) => {
      const [stampA, nA] = order(a);
      const [stampB, nB] = order(b);
      return stampA.localeCompare(stampB) || nA - nB;
    });
}

/** The release published just before `current`: where a rollback goes. */
export function previousRelease(names: Iterable<string>, current: string | undefined): string | undefined {
  const sorted = sortReleases(names);
  const index = current ? sorted.indexOf(current) : -1;
  return index > 0 ? sorted[index - 1] : undefined;
}

/** The releases to delete: all but the newest `keep`, and never the current one or the one before it. */
export function releasesToPrune(names: Iterable<string>, current: string | undefined, keep: number): string[] {
  const sorted = sortReleases(names);
  const kept = new Set(sorted.slice(Math.max(0, sorted.length - keep)));
  if (current) kept.add(current);
  const before = previousRelease(sorted, current);
  if (before) kept.add(before);
  return sorted.filter((name) => !kept.has(name));
}

/** The release a `current` symlink points to (`releases/<name>`), or nothing when it points elsewhere. */
export function releaseOfLink(target: string | undefined): string | undefined {
  if (!target) return undefined;
  const name = target.replace(/\/+$/, '').split('/').pop() ?? '';
  return RELEASE_NAME.test(name) ? name : undefined;
}

/** `--keep`: a whole number of at least 1. */
export function parseKeep(value: string | undefined): number {
  if (value === undefined) return DEFAULT_KEEP;
  const keep = Number(value);
  if (!Number.isInteger(keep) || keep < 1)
    throw new Error(`--keep 应为不小于 1 的整数（保留最近几个版本），现在写的是“${value}”。`);
  return keep;
}
