// Where a command's CPU goes, thread by thread: runs the command, reads /proc/<pid>/task/<tid>/stat of every process
// of its tree every half second, and prints the CPU seconds (user + system) of each kind of thread (Node's main thread,
// its worker threads, V8's helpers, the thread pool, Pagefind's threads…), then the cores used per 10 s. Linux only.
//   node scripts/bench/thread-cpu.ts [--log <file>] [--json] -- <command> [args…]
// e.g. a cold build of the scale-1 corpus:
//   rm -rf node_modules/.astro /tmp/cold && CONTENT_DIR=/tmp/corpus-1 ASTRO_OUT_DIR=/tmp/cold \
//     node scripts/bench/thread-cpu.ts --log /tmp/cold.log -- npm run build
// A thread that ends between two readings loses its last half second; a process that ends is counted up to its last
// reading.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { processTree, readProc } from './proc.ts';

const CLOCK_TICKS = 100; // USER_HZ: the unit of utime and stime in /proc/<pid>/task/<tid>/stat on Linux

interface ThreadTime {
  process: string;
  thread: string;
  user: number;
  system: number;
}

/** Reads every thread of the tree under `root` into `threads` (keyed by pid/tid, so the last reading wins). */
function sample(root: number, threads: Map<string, ThreadTime>): void {
  for (const pid of processTree(root)) {
    const name = readProc(`/proc/${pid}/comm`)?.trim();
    let tids: string[];
    try {
      tids = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const stat = readProc(`/proc/${pid}/task/${tid}/stat`);
      if (name === undefined || stat === undefined) continue; // the process or the thread ended
      const thread = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      threads.set(`${pid}/${tid}`, {
        process: name,
        // Numbered threads of one kind (libuv-worker, tokio-runtime-w…) are counted together.
        thread: thread.replace(/[-\s]?\d+$/, ''),
        user: Number(fields[11]) / CLOCK_TICKS,
        system: Number(fields[12]) / CLOCK_TICKS,
      });
    }
  }
}

const { values, positionals } = parseArgs({
  options: { log: { type: 'string' }, json: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (positionals.length === 0) {
  console.error('usage: node scripts/bench/thread-cpu.ts [--log <file>] [--json] -- <command> [args…]');
  process.exit(2);
}
const out = values.log ? fs.openSync(values.log, 'w') : 'inherit';
const started = performance.now();
const child = spawn(positionals[0]!, positionals.slice(1), { stdio: ['ignore', out, out] });
const threads = new Map<string, ThreadTime>();
const timeline: Array<[number, number]> = [];
const total = () => [...threads.values()].reduce((sum, t) => sum + t.user + t.system, 0);
const timer = setInterval(() => {
  if (child.pid === undefined) return;
  sample(child.pid, threads);
  timeline.push([(performance.now() - started) / 1000, total()]);
}, 500);

child.on('exit', (code, signal) => {
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  const byKind = new Map<string, { user: number; system: number }>();
  for (const t of threads.values()) {
    const key = `${t.process} / ${t.thread}`;
    const sum = byKind.get(key) ?? { user: 0, system: 0 };
    sum.user += t.user;
    sum.system += t.system;
    byKind.set(key, sum);
  }
  const rows = [...byKind]
    .map(([kind, t]) => ({
      kind,
      seconds: +(t.user + t.system).toFixed(2),
      user: +t.user.toFixed(2),
      system: +t.system.toFixed(2),
    }))
    .sort((a, b) => b.seconds - a.seconds);
  const cpu = rows.reduce((sum, r) => sum + r.seconds, 0);
  const cores: Array<{ from: number; to: number; cores: number }> = [];
  let last: [number, number] = [0, 0];
  for (const point of timeline) {
    if (point[0] - last[0] < 10) continue;
    cores.push({
      from: +last[0].toFixed(1),
      to: +point[0].toFixed(1),
      cores: +((point[1] - last[1]) / (point[0] - last[0])).toFixed(2),
    });
    last = point;
  }
  const result = {
    command: positionals,
    exitCode: code,
    signal,
    wallSeconds: +wall.toFixed(2),
    cpuSeconds: +cpu.toFixed(2),
    threads: rows,
    cores,
  };
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(
      `exit ${code ?? signal}, ${wall.toFixed(1)} s, CPU ${cpu.toFixed(1)} s (${(cpu / wall).toFixed(2)} cores)`,
    );
    for (const r of rows.filter((row) => row.seconds >= 0.2))
      console.log(
        `  ${r.seconds.toFixed(1).padStart(7)} s  (user ${r.user.toFixed(1)}, system ${r.system.toFixed(1)})  ${r.kind}`,
      );
    console.log(`  cores used per 10 s: ${cores.map((c) => c.cores.toFixed(2)).join(' ')}`);
  }
  process.exitCode = code ?? 1;
});
