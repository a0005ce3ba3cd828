// Tests on the built sample site: every count on the accountability pages, downloads and open data equals the
// content read directly (loadContent), and 逾期 follows SITE_AS_OF.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseCsv, csvCell } from '../../src/lib/csv.ts';
import { LEDGER_COLUMNS, readLedger } from '../../src/lib/ledger.ts';
import { loadContent, type SiteContent } from '../../src/lib/load-content.ts';
import { comparePeriodsDesc, periodLabel, periodRange, periodSlug } from '../../src/lib/periods.ts';
import { siteRoutes } from '../../src/lib/routes.ts';
import { deriveItemStatus } from '../../src/lib/status.ts';
import type { RectificationItem } from '../../src/schemas/rectification.ts';

const distDir = inject('distDir');
const baseUrl = inject('baseUrl');
const asOf = inject('asOf');
const HEADERS = LEDGER_COLUMNS.map((c) => c.header);

let content: SiteContent;
beforeAll(async () => {
  const loaded = await loadContent(path.resolve(import.meta.dirname, '../../content'));
  expect(loaded.issues).toEqual([]);
  content = loaded.content;
});

// ---- A light HTML reader: the built pages are Astro's own, well-formed output. ----

interface Element {
  tag: string;
  attrs: Record<string, string>;
  html: string;
}

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

function parseAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([^\s=/>]+)(?:="([^"]*)")?/g)) attrs[m[1]!] = decode(m[2] ?? '');
  return attrs;
}

/** Every element carrying the attribute (optionally with that value), with its outer HTML. */
function elements(html: string, attr: string, value?: string): Element[] {
  const found: Element[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g)) {
    const attrs = parseAttrs(m[2] ?? '');
    if (!(attr in attrs) || (value !== undefined && attrs[attr] !== value)) continue;
    const tag = m[1]!.toLowerCase();
    const start = m.index;
    let end = start + m[0].length;
    if (!VOID.has(tag)) {
      const re = new RegExp(`<(/?)${tag}(?:\\s[^>]*)?>`, 'gi');
      re.lastIndex = end;
      let depth = 1;
      for (let t = re.exec(html); t && depth; t = re.exec(html)) {
        depth += t[1] ? -1 : 1;
        if (!depth) end = t.index + t[0].length;
      }
    }
    found.push({ tag, attrs, html: html.slice(start, end) });
  }
  return found;
}

function one(html: string, attr: string, value?: string): Element {
  const list = elements(html, attr, value);
  if (list.length !== 1)
    throw new Error(
      `expected one element with ${attr}${value === undefined ? '' : `="${value}"`}, found ${list.length}`,
    );
  return list[0]!;
}

const text = (html: string) =>
  decode(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();


function page(urlPath: string): string {
  const file = path.join(distDir, urlPath, 'index.html');
  expect(fs.existsSync(file), `${urlPath} was not built`).toBe(true);
  return fs.readFileSync(file, 'utf8');
}

/** The numbers a TallyBar shows: total, done, overdue and the per-status counts. */
function tallyOf(html: string) {
  const bar = elements(html, 'data-tally')[0];
  if (!bar) throw new Error('no tally in this block');
  const counts: Record<string, number> = {};
  for (const li of elements(bar.html, 'data-count-status'))
    counts[li.attrs['data-count-status']!] = Number(li.attrs['data-count']);
  return {
    total: Number(bar.attrs['data-total']),
    done: Number(bar.attrs['data-done']),
    overdue: Number(bar.attrs['data-overdue']),
    counts,
    text: text(bar.html),
  };
}

// ---- What the content says, computed here straight from deriveItemStatus. ----

function expected(items: ReadonlyArray<{ status: string; due: string }>, doneStatuses: readonly string[]) {
  const counts: Record<string, number> = {};
  let overdue = 0;
  let done = 0;
  for (const item of items) {
    const d = deriveItemStatus(item as Parameters<typeof deriveItemStatus>[0], asOf);
    counts[d.label] = (counts[d.label] ?? 0) + 1;
    if (d.overdue) overdue++;
    if (doneStatuses.includes(item.status)) done++;
  }
  return { total: items.length, done, overdue, counts };
}
const expectedCommitments = (items: ReadonlyArray<{ status: string; due: string }>) => expected(items, ['已兑现']);
const expectedRectification = (items: ReadonlyArray<{ status: string; due: string }>) =>
  expected(items, ['已完成', '已销号']);
const pct = (part: number, total: number) => `${Math.round((part / total) * 100)}%`;

function expectTally(html: string, want: ReturnType<typeof expected>, rateWord: string) {
  const got = tallyOf(html);
  expect({ total: got.total, done: got.done, overdue: got.overdue, counts: got.counts }).toEqual(want);
  expect(Object.values(got.counts).reduce((a, b) => a + b, 0)).toBe(got.total);
  expect(got.text).toContain(`${rateWord} ${pct(want.done, want.total)}`);
}

/** Every page with a derived status says the date it is as of (AsOfNote). */
function expectAsOf(html: string) {
  expect(text(html).includes(`状态截至 ${asOf}`), 'the page must say 状态截至 <as-of date>').toBe(true);
}

describe('as-of date', () => {
  it('is the fixed sample date', () => {
    expect(asOf).toBe('2026-11-21');
  });
});

describe('/commitments/', () => {
  it('lists every period newest first, and every unit’s commitment with counts equal to the content', () => {
    const html = page('/commitments/');
    expectAsOf(html);
    const periods = [...new Set(content.commitments.map((c) => c.period))].sort(comparePeriodsDesc);
    expect(elements(html, 'data-period').map((e) => e.attrs['data-period'])).toEqual(periods.map(periodSlug));
    expect(
      elements(html, 'data-commitment')
        .map((e) => e.attrs['data-commitment'])
        .sort(),
    ).toEqual(content.commitments.map((c) => c.id).sort());
    for (const c of content.commitments)
      expectTally(one(html, 'data-commitment', c.id).html, expectedCommitments(c.items), '兑现率');
    for (const period of periods) {
      const section = one(html, 'data-period', periodSlug(period)).html;
      const items = content.commitments.filter((c) => c.period === period).flatMap((c) => c.items);
      expectTally(one(section, 'data-period-total').html, expectedCommitments(items), '兑现率');
      expect(text(section)).toContain(periodLabel(period));
    }
    expect(text(html)).toContain('“部分兑现”计入总数，但不算已兑现');
  });

  it('has a page per period with each unit’s commitment summarized and its overdue items listed', () => {
    for (const period of new Set(content.commitments.map((c) => c.period))) {
      const html = page(`/commitments/${periodSlug(period)}/`);
      expectAsOf(html);
      const own = content.commitments.filter((c) => c.period === period);
      expect(
        elements(html, 'data-commitment')
          .map((e) => e.attrs['data-commitment'])
          .sort(),
      ).toEqual(own.map((c) => c.id).sort());
      expectTally(one(html, 'data-period-total').html, expectedCommitments(own.flatMap((c) => c.items)), '兑现率');
      for (const c of own) {
        const block = one(html, 'data-commitment', c.id).html;
        expectTally(block, expectedCommitments(c.items), '兑现率');
        expect(elements(block, 'data-overdue-item')).toHaveLength(
          c.items.filter((i) => deriveItemStatus(i, asOf).overdue).length,
        );
        expect(text(block)).toContain(c.leader);
      }
    }
  });

  it('has a page per commitment: who, when, and every item with its derived status and days overdue', () => {
    for (const c of content.commitments) {
      const html = page(`/commitments/${c.id}/`);
      expectAsOf(html);
      const body = { html };
      const unitName = content.units.find((u) => u.id === c.unit)!.name;
      const page_ = text(body.html);
      for (const field of [c.title, c.leader, c.supervisor ?? '', unitName]) expect(page_).toContain(field);
      expectTally(one(body.html, 'data-commitment', c.id).html, expectedCommitments(c.items), '兑现率');
      const items = elements(body.html, 'data-item-label');
      expect(items).toHaveLength(c.items.length);
      c.items.forEach((item, i) => {
        const d = deriveItemStatus(item, asOf);
        const el = items[i]!;
        expect(el.attrs['id']).toBe(`item-${i + 1}`);
        expect(el.attrs['data-item-label']).toBe(d.label);
        expect(el.attrs['data-overdue']).toBe(String(d.overdue));
        const itemText = text(el.html);
        expect(itemText).toContain(item.text);
        if (d.overdue) expect(itemText).toContain(`逾期 ${d.daysOverdue} 天`);
        else expect(itemText).not.toContain('逾期');
        for (const p of item.progress ?? []) expect(itemText).toContain(p.note);
        for (const p of item.progress ?? []) if (p.source) expect(el.html).toContain(`href="${p.source}"`);
        if (item.evidence) expect(el.html).toContain(`href="${item.evidence}"`);
      });
    }
  });
});

describe('/rectification/', () => {
  it('lists batches newest first with done/total and overdue equal to the content', () => {
    const html = page('/rectification/');
    expectAsOf(html);
    const order = [...content.rectification]
      .sort((a, b) => b.foundAt.localeCompare(a.foundAt) || a.id.localeCompare(b.id))
      .map((b) => b.id);
    expect(elements(html, 'data-batch').map((e) => e.attrs['data-batch'])).toEqual(order);
    for (const b of content.rectification)
      expectTally(one(html, 'data-batch', b.id).html, expectedRectification(b.items), '完成率');
    expectTally(
      one(html, 'data-rectification-total').html,
      expectedRectification(content.rectification.flatMap((b) => b.items)),
      '完成率',
    );
    expect(text(html)).toContain('“长期坚持”是需要持续开展的工作，计入总数但不算已完成');
  });

  it('shows a ledger’s 备注 column (the sample CSV has one)', () => {
    const table = one(page('/rectification/2026-pingan-ducha/'), 'data-ledger').html;
    expect(text(one(one(table, 'id', 'item-3').html, 'data-label', '备注').html)).toBe(
      '31个故障点位中有9个需更换立杆，已列入2027年预算',
    );
  });

  it('shows each batch’s ledger as a table, one anchored row per item, 逾期 as of SITE_AS_OF', () => {
    for (const b of content.rectification) {
      const html = page(`/rectification/${b.id}/`);
      expectAsOf(html);
      const body = { html };
      expect(text(body.html)).toContain(b.source);
      if (b.description) expect(text(body.html)).toContain(b.description);
      expectTally(one(body.html, 'data-batch', b.id).html, expectedRectification(b.items), '完成率');
      const table = one(body.html, 'data-ledger').html;
      // 备注 is a column only in a ledger where some item has one (the sample's 2026-pingan-ducha.csv does).
      const hasRemarks = b.items.some((i) => i.remark);
      expect(elements(table, 'scope', 'col').map((th) => text(th.html))).toEqual([
        '序号',
        '问题',
        '责任单位',
        '整改措施',
        '整改时限',
        '整改状态',
        '完成时间',
        '最新进展',
        ...(hasRemarks ? ['备注'] : []),
      ]);
      const rows = elements(table, 'data-status-label');
      expect(rows.map((r) => r.attrs['id'])).toEqual(
        [...b.items].sort((x, y) => x.number - y.number).map((i) => `item-${i.number}`),
      );
      for (const item of b.items) {
        const row = one(table, 'id', `item-${item.number}`);
        const d = deriveItemStatus(item, asOf);
        expect(row.tag).toBe('tr');
        expect(row.attrs['data-status-label']).toBe(d.label);
        expect(row.attrs['data-overdue']).toBe(String(d.overdue));
        expect(row.attrs['data-unit']).toBe(item.unit);
        expect(text(row.html)).toContain(item.problem);
        if (item.remark) expect(text(one(row.html, 'data-label', '备注').html)).toBe(item.remark);
        if (d.overdue) expect(text(row.html)).toContain(`逾期 ${d.daysOverdue} 天`);
      }
      const overdueInHtml = rows.filter((r) => r.attrs['data-overdue'] === 'true').map((r) => r.attrs['id']);
      expect(overdueInHtml).toEqual(
        b.items
          .filter((i) => deriveItemStatus(i, asOf).overdue)
          .sort((x, y) => x.number - y.number)
          .map((i) => `item-${i.number}`),
      );
      expect(html).toContain(`href="/rectification/${b.id}.csv"`);
    }
  });
});

// ---- CSV downloads ----

/** What a ledger row holds of an item: the latest progress entry only (latest date, or the last one if any is undated). */
function exported(item: RectificationItem): RectificationItem {
  const { progress, coUnits, ...rest } = item;
  let latest = progress?.[progress.length - 1];
  if (progress?.every((p) => p.date)) latest = [...progress].sort((a, b) => a.date!.localeCompare(b.date!)).at(-1);
  return {
    ...rest,
    ...(coUnits?.length ? { coUnits } : {}),
    ...(latest ? { progress: [latest.date ? { date: latest.date, note: latest.note } : { note: latest.note }] } : {}),
  };
}

const resolver = () => (name: string) =>
  content.units.find((u) => u.id === name || u.name === name || (u.aliases ?? []).includes(name))?.id;

/** Cells a spreadsheet would run as a formula (OWASP's first characters, numbers aside): the site guards them all. */
const formulaCells = (cells: string[]) => cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !Number.isFinite(Number(cell)));

async function download(urlPath: string): Promise<string> {
  const response = await fetch(`${baseUrl}${urlPath}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/csv');
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

describe('/data/ download links', () => {
  it('links every open-data file that exists, and shows the data licence from site.yaml', () => {
    const html = page('/data/');
    const links = [...html.matchAll(/href="(\/api\/[^"]+)"/g)].map((m) => m[1]!);
    expect(links).toEqual(['/api/indicator-values.csv', '/api/indicator-values.json']);
    expect(html).toContain('href="/open-data/#indicator-values"');
    for (const link of links) expect(fs.existsSync(path.join(distDir, link)), link).toBe(true);
    expect(content.site.dataLicense).toBeTruthy();
    expect(html).toContain(`使用许可：${content.site.dataLicense}`);
  });
});

describe('CSV downloads', () => {
  it('/rectification/<batch>.csv has the contract headers, a BOM, full unit names, and parses back into the source items', async () => {
    for (const b of content.rectification) {
      const csv = await download(`/rectification/${b.id}.csv`);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.slice(1).split('\r\n')[0]).toBe(HEADERS.join(','));
      const { items, issues } = readLedger(csv, `${b.id}.csv`, resolver());
      expect(issues).toEqual([]);
      expect(items).toEqual([...b.items].sort((x, y) => x.number - y.number).map(exported));
      const parsed = parseCsv(csv);
      if (!parsed.ok) throw new Error(parsed.message);
      const unitCells = parsed.records.slice(1).map((r) => r.cells[2]);
      expect(unitCells.every((name) => content.units.some((u) => u.name === name))).toBe(true);
      expect(formulaCells(parsed.records.flatMap((r) => r.cells))).toEqual([]);
    }
  });

  it('/api/rectification.csv holds every batch behind a first column 批次', async () => {
    const csv = await download('/api/rectification.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.records;
    expect(header?.cells).toEqual(['批次', ...HEADERS]);
    expect(rows).toHaveLength(content.rectification.reduce((n, b) => n + b.items.length, 0));
    expect(formulaCells(rows.flatMap((r) => r.cells))).toEqual([]);
    for (const b of content.rectification) {
      const part = [HEADERS, ...rows.filter((r) => r.cells[0] === b.id).map((r) => r.cells.slice(1))]
        .map((cells) => cells.map(csvCell).join(','))
        .join('\n');
      const { items, issues } = readLedger(part, 'rectification.csv', resolver());
      expect(issues).toEqual([]);
      expect(items).toEqual([...b.items].sort((x, y) => x.number - y.number).map(exported));
    }
  });
});

describe('/units/', () => {
  it('has a page per unit listing exactly its commitments, its rectification items (overdue first) and its published cases', () => {
    for (const unit of content.units) {
      const html = page(`/units/${unit.id}/`);
      expectAsOf(html);
      const body = { html };

      const commitments = content.commitments.filter((c) => c.unit === unit.id);
      expect(
        elements(body.html, 'data-commitment')
          .map((e) => e.attrs['data-commitment'])
          .sort(),
      ).toEqual(commitments.map((c) => c.id).sort());
      for (const c of commitments)
        expectTally(one(body.html, 'data-commitment', c.id).html, expectedCommitments(c.items), '兑现率');

      const own = content.rectification.flatMap((b) =>
        b.items.filter((i) => i.unit === unit.id).map((item) => ({ b, item, d: deriveItemStatus(item, asOf) })),
      );
      const listed = elements(body.html, 'data-unit-item');
      expect(listed.map((e) => e.attrs['data-unit-item']).sort()).toEqual(
        own.map((x) => `${x.b.id}#${x.item.number}`).sort(),
      );
      const overdueCount = own.filter((x) => x.d.overdue).length;
      expect(listed.map((e) => e.attrs['data-overdue'])).toEqual([
        ...Array(overdueCount).fill('true'),
        ...Array(own.length - overdueCount).fill('false'),
      ]);
      for (const x of own) {
        expect(one(body.html, 'data-unit-item', `${x.b.id}#${x.item.number}`).html).toContain(
          `href="/rectification/${x.b.id}/#item-${x.item.number}"`,
        );
      }

      const cases = content.cases
        .filter((c) => c.data.unit === unit.id && !c.data.withdrawn)
        .sort((a, b) => b.data.published.localeCompare(a.data.published) || b.data.id.localeCompare(a.data.id));
      const shown = cases.slice(0, 20);
      expect(elements(body.html, 'data-unit-case').map((e) => e.attrs['data-unit-case'])).toEqual(shown.map((c) => c.data.id));
      for (const c of shown) expect(body.html).toContain(`href="/cases/${c.data.id}/"`);
      expect(elements(body.html, 'data-unit-all-cases')).toHaveLength(cases.length > 20 ? 1 : 0);
      for (const c of content.cases.filter((x) => x.data.unit === unit.id && x.data.withdrawn))
        expect(body.html).not.toContain(`/cases/${c.data.id}/`);

      if (unit.phone) expect(text(body.html)).toContain(unit.phone);
      const cooperating = content.rectification.some((b) => b.items.some((i) => (i.coUnits ?? []).includes(unit.id)));
      const nothing = !commitments.length && !own.length && !cases.length && !cooperating;
      expect(elements(body.html, 'data-unit-empty')).toHaveLength(nothing ? 1 : 0);
    }
  });

  it('indexes every unit once, grouped by kind with counts', () => {
    const html = page('/units/');
    const kinds = ['政法机关', '乡镇', '部门', '其他'];
    expect(elements(html, 'data-kind').map((e) => e.attrs['data-kind'])).toEqual(kinds);
    for (const kind of kinds) {
      const section = one(html, 'data-kind', kind);
      const units = content.units.filter((u) => u.kind === kind);
      expect(Number(section.attrs['data-kind-count'])).toBe(units.length);
      expect(elements(section.html, 'data-unit').map((e) => e.attrs['data-unit'])).toEqual(units.map((u) => u.id));
      for (const unit of units) {
        const card = one(section.html, 'data-unit', unit.id).html;
        const count = (what: string) => Number(one(card, 'data-unit-count', what).attrs['data-count']);
        expect(count('commitment-items')).toBe(
          content.commitments.filter((c) => c.unit === unit.id).reduce((n, c) => n + c.items.length, 0),
        );
        expect(count('rectification-items')).toBe(
          content.rectification.reduce((n, b) => n + b.items.filter((i) => i.unit === unit.id).length, 0),
        );
        expect(count('cases')).toBe(content.cases.filter((c) => c.data.unit === unit.id && !c.data.withdrawn).length);
      }
    }
  });
});

describe('/data/', () => {
  it('shows each indicator as a chart block and a table with the same numbers, oldest period first', () => {
    const html = page('/data/');
    for (const ind of content.indicators) {
      const section = one(html, 'data-indicator', ind.id).html;
      const series = [...ind.series].sort((a, b) => comparePeriodsDesc(b.period, a.period));
      const block = one(section, 'data-chart-block');
      expect(block.attrs['data-pagefind-ignore']).toBe('all');
      const canvas = one(block.html, 'data-chart-canvas');
      expect(canvas.attrs['role']).toBe('img');
      const latest = series.at(-1)!;
      expect(canvas.attrs['aria-label']).toContain(
        `最新值 ${latest.value}${ind.unit}（${periodLabel(latest.period)}）`,
      );
      if (ind.target !== undefined) expect(canvas.attrs['aria-label']).toContain(`目标值 ${ind.target}${ind.unit}`);
      const json = JSON.parse(
        decode(one(block.html, 'data-chart-data').html.replace(/^<script[^>]*>|<\/script>$/g, '')),
      ) as { labels: string[]; values: number[]; target: number | null };
      expect(json).toMatchObject({
        labels: series.map((p) => periodLabel(p.period)),
        values: series.map((p) => p.value),
        target: ind.target ?? null,
      });

      const table = one(section, 'data-indicator-table', ind.id).html;
      expect(table).toContain('<caption');
      const rows = elements(table, 'data-period');
      expect(rows.map((r) => [r.attrs['data-period'], Number(r.attrs['data-value'])])).toEqual(
        series.map((p) => [p.period, p.value]),
      );
      series.forEach((p, i) => {
        const row = text(rows[i]!.html);
        expect(row).toContain(periodLabel(p.period));
        expect(row).toContain(`${p.value}${ind.unit}`);
        if (p.rank !== undefined) expect(row).toContain(`第 ${p.rank} 位`);
      });
      expect(text(section)).toContain(ind.higherIsBetter ? '数值越高越好' : '数值越低越好');
    }
  });
});

// ---- Open data ----

async function json(urlPath: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseUrl}${urlPath}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  const body = await response.text();
  // No build timestamps: only dates, so an unchanged site republishes byte-identical files.
  expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  return JSON.parse(body) as Record<string, unknown>;
}

const keys = (value: unknown) => Object.keys(value as object).sort();

describe('open data', () => {
  it('/api/commitments.json mirrors the content with derived overdue fields', async () => {
    const data = await json('/api/commitments.json');
    expect(keys(data)).toEqual(['asOf', 'commitments', 'count', 'fulfilmentRule', 'site']);
    expect(data['asOf']).toBe(asOf);
    const list = data['commitments'] as Array<Record<string, unknown>>;
    expect(list.length).toBe(content.commitments.length);
    for (const c of content.commitments) {
      const got = list.find((x) => x['id'] === c.id)!;
      expect(keys(got)).toEqual(
        [
          'id',
          'items',
          'leader',
          'madeAt',
          'period',
          'periodLabel',
          'summary',
          'supervisor',
          'title',
          'unit',
          'unitName',
          'url',
        ].sort(),
      );
      const routes = siteRoutes(content.site.baseUrl);
      expect(got['url']).toBe(routes.absoluteUrl(routes.commitmentUrl(c.period, c.unit)));
      const want = expectedCommitments(c.items);
      expect(got['summary']).toMatchObject({
        total: want.total,
        fulfilled: want.done,
        overdue: want.overdue,
        byDisplayStatus: expect.objectContaining(want.counts),
      });
      const items = got['items'] as Array<Record<string, unknown>>;
      c.items.forEach((item, i) => {
        const d = deriveItemStatus(item, asOf);
        expect(keys(items[i])).toEqual([
          'daysLeft',
          'daysOverdue',
          'displayStatus',
          'due',
          'evidence',
          'number',
          'overdue',
          'progress',
          'status',
          'text',
          'url',
        ]);
        expect(items[i]).toMatchObject({
          number: i + 1,
          text: item.text,
          due: item.due,
          status: item.status,
          overdue: d.overdue,
          daysOverdue: d.daysOverdue,
          displayStatus: d.label,
        });
      });
    }
  });

  it('/api/rectification.json mirrors every batch and item with derived overdue fields', async () => {
    const data = await json('/api/rectification.json');
    expect(keys(data)).toEqual(['asOf', 'batches', 'completionRule', 'count', 'site']);
    expect(data['asOf']).toBe(asOf);
    const batches = data['batches'] as Array<Record<string, unknown>>;
    expect(batches.map((b) => b['id']).sort()).toEqual(content.rectification.map((b) => b.id).sort());
    for (const b of content.rectification) {
      const got = batches.find((x) => x['id'] === b.id)!;
      expect(keys(got)).toEqual([
        'csvUrl',
        'description',
        'foundAt',
        'id',
        'items',
        'source',
        'summary',
        'title',
        'url',
      ]);
      const routes = siteRoutes(content.site.baseUrl);
      expect(got['csvUrl']).toBe(routes.absoluteUrl(routes.ledgerCsvUrl(b.id)));
      const want = expectedRectification(b.items);
      expect(got['summary']).toMatchObject({ total: want.total, done: want.done, overdue: want.overdue });
      const items = got['items'] as Array<Record<string, unknown>>;
      for (const item of b.items) {
        const gotItem = items.find((x) => x['number'] === item.number)!;
        const d = deriveItemStatus(item, asOf);
        expect(keys(gotItem)).toEqual([
          'coUnitNames',
          'coUnits',
          'completedAt',
          'daysLeft',
          'daysOverdue',
          'displayStatus',
          'due',
          'measures',
          'number',
          'overdue',
          'problem',
          'progress',
          'remark',
          'status',
          'unit',
          'unitName',
          'url',
        ]);
        expect(gotItem).toMatchObject({
          remark: item.remark ?? null,
          problem: item.problem,
          unit: item.unit,
          measures: item.measures,
          due: item.due,
          status: item.status,
          overdue: d.overdue,
          daysOverdue: d.daysOverdue,
        });
        expect(gotItem['url']).toBe(routes.absoluteUrl(routes.ledgerItemUrl(b.id, item.number)));
      }
    }
  });

  it('/api/indicators.json mirrors every series with target and direction', async () => {
    const data = await json('/api/indicators.json');
    expect(keys(data)).toEqual(['asOf', 'count', 'indicators', 'site']);
    const list = data['indicators'] as Array<Record<string, unknown>>;
    expect(list.map((i) => i['id'])).toEqual(content.indicators.map((i) => i.id));
    for (const ind of content.indicators) {
      const got = list.find((x) => x['id'] === ind.id)!;
      expect(keys(got)).toEqual([
        'change',
        'higherIsBetter',
        'id',
        'latest',
        'name',
        'series',
        'source',
        'target',
        'targetMet',
        'unit',
        'url',
      ]);
      expect(got).toMatchObject({
        name: ind.name,
        unit: ind.unit,
        target: ind.target ?? null,
        higherIsBetter: ind.higherIsBetter,
        source: ind.source,
      });
      const series = [...ind.series].sort((a, b) => comparePeriodsDesc(b.period, a.period));
      expect(
        (got['series'] as Array<Record<string, unknown>>).map((p) => [p['period'], p['value'], p['rank']]),
      ).toEqual(series.map((p) => [p.period, p.value, p.rank ?? null]));
    }
  });

  it('a unit\'s old id (formerIds) is a redirect page to its page, left out of the sitemap', () => {
    const renamed = content.units.filter((u) => u.formerIds?.length);
    expect(renamed.length).toBeGreaterThan(0);
    const routes = siteRoutes(content.site.baseUrl);
    const sitemap = fs.readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8');
    for (const unit of renamed) {
      for (const old of unit.formerIds!) {
        const html = fs.readFileSync(path.join(distDir, 'units', old, 'index.html'), 'utf8');
        expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${routes.unitUrl(unit.id)}">`);
        expect(sitemap).not.toContain(`/units/${old}/`);
      }
    }
  });

  it('/api/units.json lists every unit with its counts', async () => {
    const data = await json('/api/units.json');
    expect(keys(data)).toEqual(['asOf', 'count', 'site', 'units']);
    const list = data['units'] as Array<Record<string, unknown>>;
    expect(list.map((u) => u['id'])).toEqual(content.units.map((u) => u.id));
    for (const unit of content.units) {
      const got = list.find((x) => x['id'] === unit.id)!;
      expect(keys(got)).toEqual(['aliases', 'counts', 'formerIds', 'id', 'kind', 'name', 'phone', 'url']);
      expect(got['formerIds']).toEqual(unit.formerIds ?? []);
      const own = content.rectification.flatMap((b) => b.items.filter((i) => i.unit === unit.id));
      expect(got['counts']).toMatchObject({
        commitments: content.commitments.filter((c) => c.unit === unit.id).length,
        rectificationItems: own.length,
        rectificationItemsOverdue: own.filter((i) => deriveItemStatus(i, asOf).overdue).length,
        cases: content.cases.filter((c) => c.data.unit === unit.id && !c.data.withdrawn).length,
      });
      const routes = siteRoutes(content.site.baseUrl);
      expect(got['url']).toBe(routes.absoluteUrl(routes.unitUrl(unit.id)));
    }
  });
});

describe('home summary', () => {
  it('matches the current period, all rectification items and the safety indicator', () => {
    const homeHtml = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
    expect(homeHtml).toContain('data-home-summary');
    const current = [...new Set(content.commitments.map((c) => c.period))]
      .filter((p) => periodRange(p).start <= asOf)
      .sort(comparePeriodsDesc)[0]!;
    const promise = one(homeHtml, 'data-home-card', 'commitments');
    expect(promise.attrs['data-period']).toBe(current);
    const want = expectedCommitments(content.commitments.filter((c) => c.period === current).flatMap((c) => c.items));
    expect(
      [promise.attrs['data-total'], promise.attrs['data-done'], promise.attrs['data-overdue']].map(Number),
    ).toEqual([want.total, want.done, want.overdue]);
    const fix = one(homeHtml, 'data-home-card', 'rectification');
    const wantFix = expectedRectification(content.rectification.flatMap((b) => b.items));
    expect([fix.attrs['data-total'], fix.attrs['data-done'], fix.attrs['data-overdue']].map(Number)).toEqual([
      wantFix.total,
      wantFix.done,
      wantFix.overdue,
    ]);
    const safety = content.indicators.find((i) => i.name === '群众安全感') ?? content.indicators[0]!;
    expect(one(homeHtml, 'data-home-card', 'indicator').attrs['data-indicator']).toBe(safety.id);
  });
});
