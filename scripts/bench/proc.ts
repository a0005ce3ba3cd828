// Reading Linux's /proc for the benches: a file that may be gone (the process ended), and a process with all its
// descendants. Used by scripts/bench.ts (memory) and scripts/bench/thread-cpu.ts (CPU by thread).
import fs from 'node:fs';

/** The file's text, or undefined when it cannot be read (the process ended, or no such file). */
export function readProc(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** `root` and all its descendants, found through the ppid in /proc/<pid>/stat; `root` first. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(`/proc/${entry}/stat`);
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}
