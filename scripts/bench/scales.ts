// `npm run bench -- --scales 1,2,5 [--corpus-dir <dir>] [bench options]`: generates a corpus of each scale (or reuses
// one generated before with the same scale), runs the whole bench on each in turn, one process at a time, and prints
// a table per scale with time and memory per 1,000 cases, so whether the build stays linear is visible at a glance.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, MARKER_FILE, writeCorpus } from '../gen-corpus.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The corpus of one scale in `dir`, generated unless the one there already has that scale and the default seed. */
export function corpusFor(dir: string, scale: number, say: (line: string) => void): string {
  const out = path.join(dir, `fzwm-corpus-${scale}`);
  const marker = path.join(out, MARKER_FILE);
  if (fs.existsSync(marker)) {
    const summary = JSON.parse(fs.readFileSync(marker, 'utf8')) as { scale?: number; seed?: number };
    if (summary.scale === scale && summary.seed === DEFAULT_SEED) {
      say(`bench: scale ${scale}: reusing ${out}`);
      return out;
    }
  }
  say(`bench: scale ${scale}: generating ${out} …`);
  writeCorpus(out, { scale });
  return out;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- reads result files of any version of scripts/bench.ts */
/**
 * One column per run (smallest scale first): time and memory, raw and per 1,000 cases, and the increase of memory per
 * 1,000 more cases from the run before (a build that stays linear keeps the per-1k figures about the same).
 */
export function scaleMarkdown(reports: any[]): string {
  const runs = [...reports].sort(
    (a, b) => (a.content.generated?.counts?.cases ?? 0) - (b.content.generated?.counts?.cases ?? 0),
  );
  const cases = (r: any): number | null => r.content.generated?.counts?.cases ?? null;
  const per1k = (r: any, v: number | null | undefined) => {
    const n = cases(r);
    return v === null || v === undefined || !n ? null : (v * 1000) / n;
  };
  const sec = (v: number | null | undefined) => (v === null || v === undefined ? null : `${v.toFixed(1)} s`);
  const mib = (v: number | null | undefined) => (v === null || v === undefined ? null : `${Math.round(v)} MiB`);
  const ok = (r: any) => r?.exitCode === 0;
  const largest = (r: any) => r.coldBuild.memory?.processes?.[0];
  const row = (label: string, cell: (r: any, i: number) => unknown) =>
    `| ${label} | ${runs
      .map((r, i) => {
        const v = cell(r, i);
        return v === null || v === undefined || v === false ? '—' : String(v);
      })
      .join(' | ')} |`;
  const slope = (i: number, value: (r: any) => number | null | undefined) => {
    if (i === 0) return null;
    const a = runs[i - 1];
    const b = runs[i];
    const va = value(a);
    const vb = value(b);
    const ca = cases(a);
    const cb = cases(b);
    return va == null || vb == null || ca == null || cb == null || cb === ca ? null : ((vb - va) * 1000) / (cb - ca);
  };
  const out = [
    '#### Scales: time and memory against the number of cases',
    '',
    `| measure | ${runs.map((r) => `scale ${r.content.generated?.scale ?? '?'}`).join(' | ')} |`,
    `|---|${runs.map(() => '---:').join('|')}|`,
    row('cases / pages built', (r) => `${cases(r) ?? '?'} / ${r.coldBuild.pagesBuilt ?? '?'}`),
    row(
      'started (UTC); load at cold start (1 min)',
      (r) => `${String(r.date).slice(0, 16).replace('T', ' ')}; ${r.coldBuild.loadAverageAtStart?.[0]}`,
    ),
    row('`check:content`', (r) => sec(r.checkContent?.seconds)),
    row('**cold build**', (r) => ok(r.coldBuild) && sec(r.coldBuild.seconds)),
    row('cold build per 1k cases', (r) => ok(r.coldBuild) && sec(per1k(r, r.coldBuild.seconds))),
    row('cold: content load and validation / rendering / search index', (r) =>
      ['contentLoadAndValidation', 'pageRendering', 'searchIndexing']
        .map((k) => sec(r.coldBuild.phases?.[k]) ?? '—')
        .join(' / '),
    ),
    row(
      'cold: largest process, peak RSS',
      (r) => largest(r) && `${mib(largest(r).peakRssMiB)} (\`${largest(r).label}\`)`,
    ),
    row('cold: every process ≤ 4 GiB', (r) => (largest(r) ? (largest(r).peakRssMiB <= 4096 ? 'yes' : '**no**') : null)),
    row('cold: whole tree, peak RSS', (r) => mib(r.coldBuild.memory?.treePeakRssMiB)),
    row('cold: largest process, MiB more per 1k more cases', (_r, i) => {
      const v = slope(i, (r) => largest(r)?.peakRssMiB);
      return v === null ? null : `${v.toFixed(0)} MiB`;
    }),
    row('nothing changed', (r) => ok(r.noChangeRebuild) && sec(r.noChangeRebuild.seconds)),
    row('next day (nightly)', (r) => ok(r.nextDayRebuild) && sec(r.nextDayRebuild.seconds)),
    row('next day per 1k cases', (r) => ok(r.nextDayRebuild) && sec(per1k(r, r.nextDayRebuild.seconds))),
    row('one case changed', (r) => ok(r.rebuild) && sec(r.rebuild.seconds)),
    row('rebuilds: largest peak RSS of the tree', (r) =>
      mib(
        Math.max(...[r.noChangeRebuild, r.nextDayRebuild, r.rebuild].map((x: any) => x?.memory?.treePeakRssMiB ?? 0)) ||
          null,
      ),
    ),
    row('first search, Pagefind gz', (r) =>
      r.firstSearch?.pagefindGzBytes !== undefined ? `${(r.firstSearch.pagefindGzBytes / 1024).toFixed(1)} KiB` : null,
    ),
  ];
  if (runs.some((r) => r.peer?.cold))
    out.push(
      row('peer: cold hugo + pagefind', (r) => r.peer?.cold && sec(r.peer.cold.seconds)),
      row('peer: cold per 1k cases', (r) => r.peer?.cold && sec(per1k(r, r.peer.cold.seconds))),
      row(
        'peer: peak RSS hugo / pagefind',
        (r) => r.peer?.cold && `${mib(r.peer.cold.hugo.peakRssMiB)} / ${mib(r.peer.cold.pagefind.peakRssMiB)}`,
      ),
      row('peer: one case', (r) => r.peer?.oneCase?.seconds !== undefined && sec(r.peer.oneCase.seconds)),
      row('ours / peer: cold (≤ 1.5×) · one case (≤ 0.5×)', (r) =>
        r.peerRatios ? `${r.peerRatios.coldToPeer ?? '—'}× · ${r.peerRatios.oneCaseToPeer ?? '—'}×` : null,
      ),
    );
  return out.join('\n') + '\n';
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The options of `--scales` itself, and every other option (--peer hugo, --skip-search, …) to pass to each run. */
export function scaleOptions(argv: string[]) {
  const { values, tokens } = parseArgs({
    args: argv,
    strict: false,
    tokens: true,
    options: {
      scales: { type: 'string' },
      'corpus-dir': { type: 'string' },
      out: { type: 'string' },
      timeout: { type: 'string' },
      content: { type: 'string' },
      // scripts/bench.ts's options that take a value, so that the value passes through with its name.
      peer: { type: 'string' },
      query: { type: 'string' },
    },
  });
  const own = new Set(['scales', 'corpus-dir', 'out', 'timeout', 'content']);
  const pass: string[] = [];
  for (const t of tokens ?? []) {
    if (t.kind !== 'option' || own.has(t.name)) continue;
    pass.push(t.rawName, ...(t.value !== undefined ? [t.value] : []));
  }
  return { values, pass };
}

/** `--scales 1,2,5`: the bench (scripts/bench.ts, `benchScript`) on each scale in turn; the other options pass through. */
export async function runScales(argv: string[], benchScript: string): Promise<void> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const { values, pass } = scaleOptions(argv);
  const scales = String(values.scales ?? '')
    .split(',')
    .map((x) => Number(x.trim()))
    .filter((x) => x > 0);
  if (!scales.length || values.content !== undefined)
    throw new Error(
      'usage: npm run bench -- --scales 1,2,5 [--corpus-dir <dir>] [--out <results-dir>] [bench options, not --content]',
    );
  const corpusDir = path.resolve(PROJECT, String(values['corpus-dir'] ?? os.tmpdir()));
  const outDir = path.resolve(PROJECT, String(values.out ?? path.join(corpusDir, 'fzwm-bench-results')));
  const reports: unknown[] = [];
  for (const scale of scales) {
    const content = corpusFor(corpusDir, scale, say);
    // A build's time limit grows with the corpus: 12 minutes per scale unit unless --timeout says otherwise.
    const timeout =
      values.timeout !== undefined ? String(values.timeout) : String(Math.round(720 * Math.max(1, scale)));
    say(`bench: scale ${scale} …`);
    const json = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [benchScript, '--content', content, '--out', outDir, '--timeout', timeout, ...pass],
        { cwd: PROJECT, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve(out) : reject(new Error(`bench at scale ${scale} failed (exit ${code})`)),
      );
    });
    reports.push(JSON.parse(json));
  }
  say('');
  say(scaleMarkdown(reports));
  process.stdout.write(JSON.stringify({ scales, reports }, null, 2) + '\n');
}
