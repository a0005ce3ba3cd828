// scripts/gen-corpus.ts: a small generated corpus is valid content with the expected counts, and generation is deterministic.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  corpusCounts,
  generateCorpus,
  MARKER_FILE,
  writeCorpus,
  type CorpusSummary,
} from '../../scripts/gen-corpus.ts';
import { loadContent, type LoadResult } from '../../src/lib/load-content.ts';
import { PARTY_CHECKED_TYPES, scanPartyDetails, scanPersonalData } from '../../src/lib/personal-data.ts';
import { deriveItemStatus } from '../../src/lib/status.ts';

const SCALE = 0.01;
const AS_OF = '2026-11-21';
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-corpus-'));
  dirs.push(dir);
  return dir;
};

/** Every file under dir, relative path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(path.relative(dir, full), fs.readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

let dir: string;
let summary: CorpusSummary;
let loaded: LoadResult;

beforeAll(async () => {
  dir = path.join(tempDir(), 'content');
  summary = writeCorpus(dir, { scale: SCALE });
  loaded = await loadContent(dir);
});
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('gen:corpus at scale 0.01', () => {
  test('writes content that loads with zero issues', () => {
    expect(loaded.issues).toEqual([]);
  });

  test('has the counts of its scale, at least one of each', () => {
    const expected = corpusCounts(SCALE);
    const { content } = loaded;
    expect(expected).toMatchObject({ cases: 100, lists: 1, people: 30, commitments: 4, batches: 3, indicators: 1 });
    expect(content.cases).toHaveLength(expected.cases);
    expect(content.lists).toHaveLength(expected.lists);
    expect(content.people).toHaveLength(expected.people);
    expect(content.commitments).toHaveLength(expected.commitments);
    expect(content.rectification).toHaveLength(expected.batches);
    for (const batch of content.rectification) expect(batch.items).toHaveLength(expected.itemsPerBatch);
    expect(content.indicators).toHaveLength(expected.indicators);
    for (const indicator of content.indicators) expect(indicator.series).toHaveLength(expected.quarters);
    expect(content.pages.map((p) => p.id)).toContain('about');
    expect(content.units.length).toBeGreaterThanOrEqual(20);
    expect(new Set(content.units.map((u) => u.kind))).toEqual(new Set(['政法机关', '乡镇', '部门', '其他']));
    expect(summary.counts).toMatchObject({
      cases: expected.cases,
      people: expected.people,
      commitments: expected.commitments,
      rectificationBatches: expected.batches,
    });
  });

  test('covers every case type, every good-people category, .md and .mdx, CSV ledgers and overdue items', () => {
    const { content } = loaded;
    expect(new Set(content.cases.map((c) => c.data.type))).toEqual(
      new Set(['警示案例', '反面典型', '正面典型', '不文明行为曝光']),
    );
    expect(new Set(content.cases.map((c) => c.data.category)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(content.people.map((p) => p.data.category))).toEqual(
      new Set(['助人为乐', '见义勇为', '诚实守信', '敬业奉献', '孝老爱亲']),
    );
    expect(content.cases.some((c) => c.format === 'mdx')).toBe(true);
    expect(content.cases.filter((c) => c.format === 'md').length).toBeGreaterThan(content.cases.length * 0.8);
    expect(content.rectification.some((b) => b.ledger)).toBe(true);
    const ledger = fs.readFileSync(
      path.join(dir, 'rectification', content.rectification.find((b) => b.ledger)!.ledger!),
    );
    expect(ledger.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const items = content.rectification.flatMap((b) => b.items);
    expect(items.some((item) => deriveItemStatus(item, AS_OF).overdue)).toBe(true);
  });

  test('case ids are YYYY-NNN, unique, at most 999 a year, with the required sections and no personal data', () => {
    const ids = loaded.content.cases.map((c) => c.data.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^\d{4}-\d{3}$/);
    for (const c of loaded.content.cases) {
      const text = fs.readFileSync(path.join(dir, c.file), 'utf8');
      expect(scanPersonalData(text)).toEqual([]);
      if (PARTY_CHECKED_TYPES.includes(c.data.type)) expect(scanPartyDetails(text)).toEqual([]);
      expect(c.body.indexOf('## 基本案情')).toBeLessThan(c.body.indexOf('## 处理结果'));
      expect(c.body.indexOf('## 处理结果')).toBeLessThan(c.body.indexOf('## 典型意义'));
    }
  });

  test('generating twice gives byte-identical files; another seed gives other text', () => {
    const again = path.join(tempDir(), 'content');
    writeCorpus(again, { scale: SCALE });
    const a = snapshot(dir);
    const b = snapshot(again);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [file, bytes] of a) expect(b.get(file)!.equals(bytes), file).toBe(true);
    expect(a.has(MARKER_FILE)).toBe(true);
    const other = generateCorpus({ scale: SCALE, seed: 7 }).files.find((f) => f.path.startsWith('cases/'))!;
    expect(other.content).not.toBe(a.get(other.path)?.toString('utf8'));
  });

  test('two generated cases differ in their body text', () => {
    const [first, second] = loaded.content.cases;
    expect(first!.body).not.toBe(second!.body);
    const bodies = new Set(loaded.content.cases.map((c) => c.body));
    expect(bodies.size).toBe(loaded.content.cases.length);
  });

  test('refuses to overwrite a directory it did not generate', () => {
    const foreign = tempDir();
    fs.writeFileSync(path.join(foreign, 'site.yaml'), 'name: x\n');
    expect(() => writeCorpus(foreign, { scale: SCALE })).toThrow(/refusing to overwrite/);
    expect(fs.readFileSync(path.join(foreign, 'site.yaml'), 'utf8')).toBe('name: x\n');
  });
});
