// The search index, built from the content model rather than the HTML: one record per thing a reader looks for,
// holding what readers search (titles, numbers, names, places, summaries and the opening of each story), grouped
// into shards by year so a ten-year archive stays light to search and quick to rebuild.
import type { SiteContent } from './load-content.ts';
import type { Unit } from '../schemas/units.ts';
import { periodLabel } from './periods.ts';
import { siteRoutes } from './routes.ts';
import { RECENT_SHARD } from './search-query.ts';
import { deriveItemStatus } from './status.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  /** Which index the record goes into: RECENT_SHARD for the recent years, else its year (the archive). */
  shard: string;
}

/** How many characters of readable text a result carries for the line under its title (see search-snippet.ts). */
const SUMMARY_CHARS = 200;

/** How many characters of a story's body are indexed beyond its title and summary. */
export const BODY_CHARS_INDEXED = 160;
/**
 * Records dated within this many calendar years (the as-of year included) are searched by default. A query those years
 * answer only loosely searches the archive too (search-guard.ts), so an older case's words still find it.
 */
export const RECENT_YEARS = 2;

/** Markdown/MDX to the plain text a reader sees: no headings marks, emphasis, links, components or HTML. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^import .*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/[*_`>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A unit's line under a search result: its names, kind and phone, in a sentence. */
export function unitSummary(u: Unit): string {
  const aliases = u.aliases?.length ? `，又称${u.aliases.join('、')}` : '';
  const phone = u.phone ? `电话 ${u.phone}。` : '';
  return `${u.name}${aliases}（${u.kind}）。${phone}本页列出其公开承诺、整改事项和典型案例。`;
}

export function shardOf(date: string | undefined, asOf: string): string {
  if (!date) return RECENT_SHARD;
  const year = Number(date.slice(0, 4));
  return year > Number(asOf.slice(0, 4)) - RECENT_YEARS ? RECENT_SHARD : String(year);
}

export function buildSearchRecords(content: SiteContent, asOf: string): SearchRecord[] {
  // Result links are the pages' paths, base path included (Pagefind shows them as given).
  const routes = siteRoutes(content.site.baseUrl);
  const unitName = new Map(content.units.map((u) => [u.id, u.name]));
  const name = (id: string) => unitName.get(id) ?? id;
  const records: SearchRecord[] = [];
  const add = (record: Omit<SearchRecord, 'language' | 'shard'> & { date?: string | undefined }) => {
    const { date, meta, sort, ...rest } = record;
    // Pagefind keeps every key it is given: leave out empty dates rather than index ''.
    const present = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== ''));
    records.push({ ...rest, meta: present(meta), sort: present(sort), language: 'zh-cn', shard: shardOf(date, asOf) });
  };
  const join = (...parts: Array<string | undefined | false>) => parts.filter(Boolean).join('\n');

  // The indexed text (`content`) is what a reader reads: title, summary, the opening of the story. Numbers, units,
  // categories, tags and the like go into metadata, which Pagefind searches too (since 1.5) but never cuts an excerpt
  // from, so the line under a result is never a run of labels.
  for (const c of content.cases) {
    const d = c.data;
    if (d.withdrawn) continue; // a withdrawn case is not searchable; its number finds its tombstone (search-lookup.ts)
    const unit = name(d.unit);
    add({
      url: routes.caseUrl(d.id),
      content: join(d.title, d.summary, plainText(c.body).slice(0, BODY_CHARS_INDEXED)),
      meta: {
        title: d.title,
        type: `案例 · ${d.type}`,
        date: d.published,
        unit,
        summary: d.summary,
        number: d.id,
        formerNumbers: (d.aliases ?? []).join(' '),
        category: d.category,
        tags: (d.tags ?? []).join(' '),
        legalBasis: (d.legalBasis ?? []).join(' '),
      },
      filters: { type: ['案例'], unit: [unit], year: [d.published.slice(0, 4)], category: [d.category] },
      sort: { date: d.published },
      date: d.published,
    });
  }

  const lists = new Map(content.lists.map((l) => [l.id, l]));
  for (const p of content.people) {
    const d = p.data;
    const list = lists.get(d.list);
    const published = list?.published ?? '';
    const body = plainText(p.body);
    add({
      url: routes.personUrl(d.list, d.id),
      content: join(d.name, d.headline, body.slice(0, BODY_CHARS_INDEXED)),
      meta: {
        title: `${d.name}：${d.headline}`,
        type: `好人 · ${d.category}`,
        date: published,
        unit: d.township,
        summary: body.slice(0, SUMMARY_CHARS),
        identity: d.identity ?? '',
        list: list?.title ?? '',
      },
      filters: { type: ['好人'], year: [published.slice(0, 4)] },
      sort: { date: published },
      date: published,
    });
  }
  for (const l of content.lists) {
    const people = content.people.filter((p) => p.data.list === l.id).map((p) => p.data.name);
    const summary = `${l.issuer}于 ${l.published} 发布，共 ${people.length} 人：${people.join('、')}。`;
    add({
      url: routes.honourListUrl(l.id),
      content: join(l.title, summary),
      meta: { title: l.title, type: '好人榜', date: l.published, unit: l.issuer, summary: summary.slice(0, SUMMARY_CHARS) },
      filters: { type: ['好人'], year: [l.published.slice(0, 4)] },
      sort: { date: l.published },
      date: l.published,
    });
  }

  for (const c of content.commitments) {
    const unit = name(c.unit);
    const items = c.items.map((i) => i.text).join('；');
    add({
      url: routes.commitmentUrl(c.period, c.unit),
      content: join(c.title, items),
      meta: {
        title: `${unit}：${c.title}`,
        type: `承诺 · ${periodLabel(c.period)}`,
        date: c.madeAt,
        unit,
        summary: items.slice(0, SUMMARY_CHARS),
        leader: `责任领导 ${c.leader}`,
        supervisor: c.supervisor ? `监督单位 ${c.supervisor}` : '',
      },
      filters: { type: ['承诺'], unit: [unit], year: [c.madeAt.slice(0, 4)] },
      sort: { date: c.madeAt },
      date: c.madeAt,
    });
  }

  for (const batch of content.rectification) {
    for (const item of batch.items) {
      const unit = name(item.unit);
      const status = deriveItemStatus(item, asOf);
      const coUnits = (item.coUnits ?? []).map(name).join('、');
      const measures = `整改措施：${item.measures.join('；')}`;
      add({
        url: routes.ledgerItemUrl(batch.id, item.number),
        content: join(item.problem, measures, (item.progress ?? []).map((p) => p.note).join(' ')),
        meta: {
          title: `${item.problem}（${batch.title} 第 ${item.number} 项）`,
          type: `整改事项 · ${status.label}`,
          date: batch.foundAt,
          unit,
          summary: measures.slice(0, SUMMARY_CHARS),
          coUnits: coUnits && `配合单位 ${coUnits}`,
          batch: batch.title,
        },
        filters: { type: ['整改'], unit: [unit], year: [batch.foundAt.slice(0, 4)] },
        sort: { date: batch.foundAt },
        date: batch.foundAt,
      });
    }
  }

  for (const u of content.units) {
    const summary = unitSummary(u);
    add({
      url: routes.unitUrl(u.id),
      content: join(u.name, summary),
      meta: { title: u.name, type: `单位 · ${u.kind}`, date: '', unit: u.name, summary, aliases: (u.aliases ?? []).join(' ') },
      filters: { type: ['单位'], unit: [u.name] },
      sort: { date: '' },
    });
  }

  for (const page of content.pages) {
    add({
      url: routes.pageUrl(page.id),
      content: join(page.data.title, plainText(page.body)),
      meta: { title: page.data.title, type: '页面', date: '', unit: content.site.organizer, summary: plainText(page.body).slice(0, SUMMARY_CHARS) },
      filters: { type: ['页面'] },
      sort: { date: '' },
    });
  }
  return records;
}

/** Filter values with their record counts, for the search page's option lists (built once, not fetched). */
export function filterOptions(records: SearchRecord[]): Record<string, Array<[string, number]>> {
  const counts: Record<string, Map<string, number>> = {};
  for (const record of records) {
    for (const [key, values] of Object.entries(record.filters)) {
      const map = (counts[key] ??= new Map());
      for (const value of values) if (value) map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return Object.fromEntries(Object.entries(counts).map(([key, map]) => [key, [...map]]));
}
