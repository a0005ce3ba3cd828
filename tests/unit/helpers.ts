// Test helpers: copies of the valid fixture in a temp dir, mutated the way a staff member would get them wrong.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent, type LoadResult } from '../../src/lib/load-content.ts';
import type { ContentIssue } from '../../src/lib/issues.ts';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../fixtures/valid');
export const REPO_DIR = path.resolve(import.meta.dirname, '../..');

/**
 * What to do with one path (relative to the content dir):
 * a string writes the file, null deletes the file or folder, a function rewrites the current text.
 */
export type Mutation = string | Buffer | null | ((current: string) => string);
export type Mutations = Record<string, Mutation>;

const created: string[] = [];

/** Copies the valid fixture to a fresh temp dir and applies the mutations; returns the dir. */
export function makeContent(mutations: Mutations = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fzwm-unit-'));
  created.push(dir);
  fs.cpSync(FIXTURE_DIR, dir, { recursive: true });
  for (const [file, mutation] of Object.entries(mutations)) {
    const target = path.join(dir, file);
    if (mutation === null) {
      if (!fs.existsSync(target)) throw new Error(`mutation deletes ${file}, which the fixture does not have`);
      fs.rmSync(target, { recursive: true });
    } else if (typeof mutation === 'function') {
      const before = fs.readFileSync(target, 'utf8');
      const after = mutation(before);
      if (after === before) throw new Error(`mutation of ${file} changed nothing`);
      fs.writeFileSync(target, after);
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, mutation);
    }
  }
  return dir;
}

/** Removes every temp dir made by makeContent (call from afterAll). */
export function cleanupContent(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** The as-of date the tests build and check with (SITE_AS_OF in the site tests). */
export const TEST_AS_OF = '2026-11-21';

/** Loads a mutated copy of the fixture, as of TEST_AS_OF. */
export function withContent(mutations: Mutations = {}, asOf = TEST_AS_OF): Promise<LoadResult> {
  return loadContent(makeContent(mutations), asOf);
}

/** A rewrite that replaces one exact piece of text, failing loudly if the fixture no longer has it. */
export function replace(find: string | RegExp, by: string): (current: string) => string {
  return (current) => {
    if (typeof find === 'string' ? !current.includes(find) : !find.test(current)) {
      throw new Error(`fixture text not found: ${String(find)}`);
    }
    return current.replace(find, by);
  };
}

/** The single issue of a load; fails with the full list if there is not exactly one. */
export function onlyIssue(result: LoadResult): ContentIssue {
  if (result.issues.length !== 1) {
    throw new Error(
      `expected exactly one issue, got ${result.issues.length}:\n${JSON.stringify(result.issues, null, 2)}`,
    );
  }
  return result.issues[0]!;
}

/** The 1-based line of the first line containing `needle` in a text. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`text not found: ${needle}`);
  return index + 1;
}

/** Reads a file of the valid fixture. */
export function fixtureText(file: string): string {
  return fs.readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
}

/** What a county's staff write in place of each `待填写：…` placeholder of new-county's site.yaml, by field name. */
export const COUNTY_SITE_VALUES: Readonly<Record<string, string>> = {
  name: '某某县法治文明公开网',
  region: '某某县',
  organizer: '中共某某县委政法委员会',
  baseUrl: 'https://fzwm.example.gov.cn/',
  siteCode: '"0000000001"',
  icp: '某ICP备00000000号-1',
  psb: '某公网安备 00000000000001号',
  phone: '0000-1234567',
  email: 'fzwm@example.gov.cn',
  address: '某某县人民路1号',
  value: '0000-12388',
};

/** new-county's site.yaml with every placeholder filled in (values override COUNTY_SITE_VALUES by field). */
export function fillCountyPlaceholders(text: string, values: Record<string, string> = {}): string {
  const all: Record<string, string> = { ...COUNTY_SITE_VALUES, ...values };
  return text.replace(/^(\s*(?:- )?(\w+): )待填写：.*$/gm, (_line, head: string, field: string) => head + (all[field] ?? ''));
}
