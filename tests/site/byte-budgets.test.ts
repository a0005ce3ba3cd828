// Byte budgets of every reading template on the built sample site: HTML, CSS and the JavaScript loaded up front, gzipped.
// Budgets sit a little above today's largest page of each template, so growth is a decision, not an accident; what
// other features add (CSP, 朗读, display modes, feeds' <link>s) must fit in them. The same measure is printed by
// `npm run bench` (scripts/bench/page-bytes.ts), one page per template.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  isRedirect,
  pageBytes,
  READING_TEMPLATES,
  urlOfFile,
  type ReadingTemplate,
} from '../../scripts/bench/page-bytes.ts';
import { listFiles } from './dist.ts';

const distDir = inject('distDir');
const KB = 1024;
// The pages with statuses (home, commitments, ledgers, units) carry 3 KB more JavaScript than the others since
// 2026-11-30: the script that works 逾期 and the day counts out for the reader's today (src/scripts/live-status.ts,
// 2.5 KB + 1.3 KB of shared words, gzipped), which lets a nightly build with unchanged content do nothing.

/** Per template, in bytes gzipped. JS: the site script, 朗读 and what the page needs; on-demand chunks (Chart.js, Pagefind) apart. */
const BUDGETS: Record<ReadingTemplate, { html: number; css: number; js: number }> = {
  home: { html: 9 * KB, css: 8 * KB, js: 10 * KB },
  'case list': { html: 12 * KB, css: 8 * KB, js: 7 * KB },
  case: { html: 15 * KB, css: 8 * KB, js: 7 * KB },
  person: { html: 7 * KB, css: 8 * KB, js: 7 * KB },
  'honour list': { html: 7 * KB, css: 8 * KB, js: 7 * KB },
  'commitments period': { html: 8 * KB, css: 8 * KB, js: 10 * KB },
  'commitments unit': { html: 9 * KB, css: 8 * KB, js: 10 * KB },
  ledger: { html: 12 * KB, css: 8 * KB, js: 10.5 * KB },
  data: { html: 8 * KB, css: 8 * KB, js: 9.5 * KB },
  units: { html: 7 * KB, css: 8 * KB, js: 10 * KB },
  unit: { html: 9 * KB, css: 8 * KB, js: 10 * KB },
  search: { html: 7 * KB, css: 8 * KB, js: 11 * KB },
  'open data': { html: 13 * KB, css: 8 * KB, js: 7 * KB },
  'free page': { html: 6 * KB, css: 8 * KB, js: 7 * KB },
};

const pages = listFiles(distDir)
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => file.endsWith('index.html'))
  .map((file) => ({ file, url: urlOfFile(file) }));

describe('byte budgets per reading template', () => {
  for (const { template, pattern } of READING_TEMPLATES) {
    it(`${template}: every page within ${BUDGETS[template].html / KB} KB HTML, ${BUDGETS[template].css / KB} KB CSS, ${BUDGETS[template].js / KB} KB JS`, () => {
      const measured = pages
        .filter((p) => pattern.test(p.url))
        .map((p) => ({ url: p.url, html: fs.readFileSync(path.join(distDir, p.file), 'utf8') }))
        .filter((p) => !isRedirect(p.html))
        .map((p) => ({ url: p.url, ...pageBytes(p.html, distDir) }));
      expect(measured.length, `no page of ${template}`).toBeGreaterThan(0);
      const budget = BUDGETS[template];
      const over = measured
        .filter((p) => p.htmlGz > budget.html || p.cssGz > budget.css || p.jsGz > budget.js)
        .map((p) => `${p.url}: HTML ${p.htmlGz}, CSS ${p.cssGz}, JS ${p.jsGz}`);
      expect(over).toEqual([]);
      // Every page loads the site stylesheet and some script (the site script at least).
      for (const p of measured) {
        expect(p.cssFiles.length, p.url).toBeGreaterThan(0);
        expect(p.jsGz, p.url).toBeGreaterThan(0);
      }
    });
  }
});
