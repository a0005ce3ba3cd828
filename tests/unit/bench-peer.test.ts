// scripts/bench/hugo-peer.ts and scripts/bench/scales.ts: the Hugo peer site holds every entry of a generated corpus,
// the one-case change hits the same case as our rebuild, and the ratios and the scale table are computed as stated.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CASE_EDIT,
  caseToChange,
  editCaseBody,
  peerRatios,
  writeHugoSite,
  type HugoSite,
  type PeerReport,
} from '../../scripts/bench/hugo-peer.ts';
import { scaleMarkdown, scaleOptions } from '../../scripts/bench/scales.ts';
import { corpusCounts, writeCorpus, type CorpusSummary } from '../../scripts/gen-corpus.ts';

let tmp: string;
let summary: CorpusSummary;
let site: HugoSite;
const content = () => path.join(tmp, 'content');

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-peer-'));
  summary = writeCorpus(content(), { scale: 0.01 });
  site = writeHugoSite(content(), path.join(tmp, 'hugo'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const files = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')) : [];

describe('the Hugo peer site', () => {
  test('has one page per case, person, honour list, unit, commitment and rectification batch', () => {
    const c = summary.counts;
    expect(site.pages).toMatchObject({
      cases: c.cases,
      people: c.people,
      'honour lists': c.lists,
      units: c.units,
      commitments: c.commitments,
      'rectification batches': c.rectificationBatches,
    });
    const hugoContent = path.join(site.dir, 'content');
    expect(files(path.join(hugoContent, 'cases')).filter((f) => f !== '_index.md')).toHaveLength(c.cases);
    expect(fs.readFileSync(path.join(site.dir, 'hugo.toml'), 'utf8')).toMatch(/^paginate = 20$/m);
    for (const layout of ['_default/baseof.html', '_default/single.html', '_default/list.html', 'index.html'])
      expect(fs.existsSync(path.join(site.dir, 'layouts', layout))).toBe(true);
  });

  test('a case keeps its front matter and the same Markdown body', () => {
    const source = caseToChange(content())!;
    expect(site.changedCase?.source).toBe(path.relative(content(), source));
    const original = fs.readFileSync(source, 'utf8');
    const body = original.slice(original.indexOf('\n---\n', 4) + 5).trim();
    const written = fs.readFileSync(site.changedCase!.file, 'utf8');
    expect(written).toContain(body);
    const id = /^id: (.+)$/m.exec(original)![1]!;
    const title = /^title: (.+)$/m.exec(original)![1]!;
    expect(path.basename(site.changedCase!.file)).toBe(`${id}.md`);
    expect(written).toContain(`title: ${JSON.stringify(title)}`);
    expect(written).toMatch(/^date: "\d{4}-\d\d-\d\d"$/m);
    expect(written).toMatch(/^summary: ".+"$/m);
  });

  test('every rectification item is a table row, from inline items and from the CSV ledgers', () => {
    const dir = path.join(site.dir, 'content/rectification');
    const rows = files(dir)
      .filter((f) => f !== '_index.md')
      .map(
        (f) =>
          fs
            .readFileSync(path.join(dir, f), 'utf8')
            .split('\n')
            .filter((l) => /^\| \d+ \|/.test(l)).length,
      );
    expect(rows.reduce((a, b) => a + b, 0)).toBe(summary.counts.rectificationItems);
    expect(rows.every((n) => n === corpusCounts(0.01).itemsPerBatch)).toBe(true);
  });

  test('the one-case edit adds the same sentence as our rebuild, after 基本案情', () => {
    const edited = editCaseBody('---\nid: 2026-001\n---\n\n## 基本案情\n\n原文。\n');
    expect(edited).toContain(`## 基本案情\n\n${CASE_EDIT}原文。`);
    expect(editCaseBody('正文')).toBe(`正文\n${CASE_EDIT}\n`);
  });
});

describe('ratios and the scale table', () => {
  const build = (seconds: number) => ({
    seconds,
    ok: true,
    hugo: { seconds: seconds / 2, peakRssMiB: 100 },
    pagefind: { seconds: seconds / 2, peakRssMiB: 200 },
  });
  test('ours against the peer, with the targets of issue 17', () => {
    const peer = { cold: build(20), oneCase: { changedFile: 'x', ...build(20) } } as unknown as PeerReport;
    expect(peerRatios(peer, { coldSeconds: 25, oneCaseSeconds: 12 })).toEqual({
      coldToPeer: 1.25,
      coldTarget: 1.5,
      coldMet: true,
      oneCaseToPeer: 0.6,
      oneCaseTarget: 0.5,
      oneCaseMet: false,
    });
    expect(peerRatios({ skipped: '找不到 hugo' }, { coldSeconds: 25, oneCaseSeconds: 12 })).toBeNull();
    // Just over the target is not met, though it rounds to it.
    const close = { cold: build(25.5), oneCase: { changedFile: 'x', ...build(25.5) } } as unknown as PeerReport;
    expect(peerRatios(close, { coldSeconds: 38.26, oneCaseSeconds: 12.76 })).toMatchObject({
      coldToPeer: 1.5,
      coldMet: false,
      oneCaseToPeer: 0.5,
      oneCaseMet: false,
    });
  });

  test('per 1,000 cases and the memory added per 1,000 more cases', () => {
    const run = (scale: number, cases: number, seconds: number, rss: number) => ({
      date: '2026-12-01T10:00:00.000Z',
      content: { generated: { scale, counts: { cases } } },
      checkContent: { seconds: 1 },
      coldBuild: {
        exitCode: 0,
        seconds,
        pagesBuilt: cases * 2,
        loadAverageAtStart: [2],
        phases: {},
        memory: { treePeakRssMiB: rss + 500, processes: [{ label: 'node (astro build)', peakRssMiB: rss }] },
      },
    });
    const table = scaleMarkdown([run(2, 20_000, 200, 3000), run(1, 10_000, 100, 2000)]);
    const line = (label: string) => table.split('\n').find((l) => l.startsWith(`| ${label} |`));
    expect(line('cold build per 1k cases')).toBe('| cold build per 1k cases | 10.0 s | 10.0 s |');
    expect(line('cold: largest process, MiB more per 1k more cases')).toBe(
      '| cold: largest process, MiB more per 1k more cases | — | 100 MiB |',
    );
    expect(line('cold: every process ≤ 4 GiB')).toBe('| cold: every process ≤ 4 GiB | yes | yes |');
  });

  test('--scales passes the other options, with their values, to each run', () => {
    const { values, pass } = scaleOptions([
      '--scales',
      '1,2',
      '--peer',
      'hugo',
      '--skip-search',
      '--query',
      '盗窃',
      '--out',
      '/tmp/x',
    ]);
    expect(values.scales).toBe('1,2');
    expect(pass).toEqual(['--peer', 'hugo', '--skip-search', '--query', '盗窃']);
  });
});
