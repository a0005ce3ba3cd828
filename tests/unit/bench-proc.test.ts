// The benches' /proc readers: a process tree with its grandchildren, and the CPU by thread of a command.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { processTree, readProc } from '../../scripts/bench/proc.ts';

const root = path.resolve(import.meta.dirname, '../..');

it('finds a process and its descendants, and reads nothing for a process that is gone', async () => {
  // A shell that starts a sleep: the tree is the shell, then the sleep.
  const child = spawn('sh', ['-c', 'sleep 5 & wait'], { stdio: 'ignore' });
  try {
    let tree: number[] = [];
    for (let i = 0; i < 50 && tree.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      tree = processTree(child.pid!);
    }
    expect(tree[0]).toBe(child.pid);
    expect(tree).toHaveLength(2);
    expect(readProc(`/proc/${tree[1]}/comm`)?.trim()).toBe('sleep');
  } finally {
    child.kill('SIGKILL');
  }
  expect(readProc('/proc/no-such-process/comm')).toBeUndefined();
});

it('thread-cpu prints the CPU of a busy command’s main thread as JSON, and passes its exit code on', () => {
  const busy = 'const end = Date.now() + 1500; while (Date.now() < end); process.exit(3)';
  const result = spawnSync(
    process.execPath,
    ['scripts/bench/thread-cpu.ts', '--json', '--', process.execPath, '-e', busy],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  expect(result.status, result.stderr).toBe(3);
  const report = JSON.parse(result.stdout) as {
    exitCode: number;
    cpuSeconds: number;
    threads: Array<{ kind: string; seconds: number }>;
  };
  expect(report.exitCode).toBe(3);
  const main = report.threads.find((t) => t.kind.endsWith('/ MainThread'));
  // Sampled every half second: the last half second of a thread that ends may be lost.
  expect(main?.seconds).toBeGreaterThanOrEqual(0.8);
  expect(report.cpuSeconds).toBeGreaterThanOrEqual(main!.seconds);
});
