// The YAML parses a build keeps for the next one (src/lib/yaml-cache.ts): the same data as parsing again, only for the
// exact same text, lines still found for a problem, and a content check with the cache gives what one without it gives.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatIssues } from '../../src/lib/issues.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { saveYamlCache, stopYamlCache, useYamlCache, yamlCacheHits } from '../../src/lib/yaml-cache.ts';
import { parseYaml } from '../../src/lib/yaml-source.ts';

const dirs: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-cache-'));
  dirs.push(dir);
  return path.join(dir, 'cache', 'fzwm-yaml.ndjson');
}
afterEach(() => {
  stopYamlCache();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Parses `text` in a "new build": the cache read from `file`, then saved again. */
function parseInNewBuild(file: string, text: string) {
  useYamlCache(file);
  const result = parseYaml(text);
  saveYamlCache();
  return { result, hits: yamlCacheHits() };
}

describe('yaml cache', () => {
  test('a text parsed by one build is read from the cache by the next, as the same data, with its lines', () => {
    const file = tempFile();
    const text = 'title: 公开承诺\nitems:\n  - text: 年底前完成\n    due: 2026-12-31\n    count: 3\n';
    const first = parseInNewBuild(file, text);
    expect(first.hits).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
    const second = parseInNewBuild(file, text);
    expect(second.hits).toBe(1);
    if (!first.result.ok || !second.result.ok) throw new Error('parse failed');
    expect(second.result.source.data).toEqual(first.result.source.data);
    expect(second.result.source.data).toEqual({ title: '公开承诺', items: [{ text: '年底前完成', due: '2026-12-31', count: 3 }] });
    // A problem in a cached file still names its line.
    expect(second.result.source.lineOf(['items', 0, 'due'])).toBe(4);
    // Each lookup hands out its own copy.
    const again = parseYaml(text);
    if (!again.ok) throw new Error('parse failed');
    expect(again.source.data).not.toBe(second.result.source.data);
  });

  test('a changed text is parsed again, and the old entry is dropped when the cache is saved', () => {
    const file = tempFile();
    parseInNewBuild(file, 'title: 旧标题\n');
    const changed = parseInNewBuild(file, 'title: 新标题\n');
    expect(changed.hits).toBe(0);
    expect(changed.result.ok && changed.result.source.data).toEqual({ title: '新标题' });
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('新标题');
  });

  test('values JSON cannot give back (NaN, infinities, -0) are never cached, and parse right every time', () => {
    const file = tempFile();
    const text = 'a: .nan\nb: -.inf\nc: -0.0\n';
    parseInNewBuild(file, text);
    const second = parseInNewBuild(file, text);
    expect(second.hits).toBe(0);
    if (!second.result.ok) throw new Error('parse failed');
    const data = second.result.source.data as { a: number; b: number; c: number };
    expect(Number.isNaN(data.a)).toBe(true);
    expect(data.b).toBe(-Infinity);
    expect(Object.is(data.c, -0)).toBe(true);
  });

  test('a broken YAML text is not cached: the next build reports the same error', () => {
    const file = tempFile();
    const text = 'title: "未闭合\n';
    const first = parseInNewBuild(file, text);
    const second = parseInNewBuild(file, text);
    expect(first.result.ok).toBe(false);
    expect(second.result).toEqual(first.result);
    expect(second.hits).toBe(0);
  });

  test('a fresh start (astro build --force) parses every text again and writes the file anew', () => {
    const file = tempFile();
    parseInNewBuild(file, 'title: 关于\n');
    useYamlCache(file, { fresh: true });
    const result = parseYaml('title: 关于\n');
    saveYamlCache();
    expect(yamlCacheHits()).toBe(0);
    expect(result.ok && result.source.data).toEqual({ title: '关于' });
    expect(parseInNewBuild(file, 'title: 关于\n').hits).toBe(1);
  });

  test('an unreadable cache file is the same as none', () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'garbage\nkey\t{not json\n');
    const { result, hits } = parseInNewBuild(file, 'title: 关于\n');
    expect(hits).toBe(0);
    expect(result.ok && result.source.data).toEqual({ title: '关于' });
  });

  test('the content check gives the same content and issues with a cache written by an earlier check', async () => {
    const without = await loadContent(path.resolve('tests/fixtures/valid'), '2026-11-21');
    const file = tempFile();
    useYamlCache(file);
    await loadContent(path.resolve('tests/fixtures/valid'), '2026-11-21');
    saveYamlCache();
    useYamlCache(file);
    const withCache = await loadContent(path.resolve('tests/fixtures/valid'), '2026-11-21');
    expect(yamlCacheHits()).toBeGreaterThan(10);
    expect(JSON.stringify(withCache.content)).toBe(JSON.stringify(without.content));
    expect(formatIssues(withCache.issues)).toBe(formatIssues(without.issues));

    // A copy with a wrong status and a unit written by name: the same report, lines included, from cached data.
    const broken = path.join(path.dirname(path.dirname(file)), 'broken');
    fs.cpSync(path.resolve('tests/fixtures/valid'), broken, { recursive: true });
    const edit = (name: string, from: string, to: string) => {
      const target = path.join(broken, name);
      fs.writeFileSync(target, fs.readFileSync(target, 'utf8').replace(from, to));
    };
    edit('commitments/2026-H2/gongan.yaml', '    status: 已兑现', '    status: 完成');
    edit('cases/2026/fraud.md', 'unit: gongan', 'unit: 县公安局');
    const brokenWithout = formatIssues((await loadContent(broken, '2026-11-21')).issues);
    useYamlCache(file);
    await loadContent(broken, '2026-11-21');
    saveYamlCache();
    useYamlCache(file);
    const brokenWith = formatIssues((await loadContent(broken, '2026-11-21')).issues);
    expect(yamlCacheHits()).toBeGreaterThan(0);
    expect(brokenWith).toBe(brokenWithout);
    expect(brokenWith).toContain('第 16 行，字段 items[2].status（状态）：“完成”不是允许的值。');
    expect(brokenWith).toContain('字段 unit（单位）：这里要写单位 id，请把“县公安局”改为“gongan”。');
  });
});
