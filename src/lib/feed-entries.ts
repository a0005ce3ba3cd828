// The entries of the Atom feeds, built from the content model: cases with their corrections and withdrawals, honour
// lists, commitments, rectification batches, and one entry per dated progress note or completion of a ledger item.
import { feedsWords as w } from '../ui/feeds.ts';
import { latestDate, tagUri, xmlText, type AtomEntry } from './atom.ts';
import { periodLabel } from './periods.ts';
import type { SiteRoutes } from './routes.ts';

/** What the builders need of a case (CaseData). */
export interface FeedCase {
  id: string;
  title: string;
  type: string;
  category: string;
  unit: string;
  published: string;
  summary: string;
  changes?: ReadonlyArray<{ date: string; note: string }> | undefined;
  withdrawn?: { date: string; reason: string } | undefined;
}

export interface FeedPerson {
  id: string;
  name: string;
  list: string;
  category: string;
  headline: string;
  township: string;
  identity?: string | undefined;
}

export interface FeedList {
  id: string;
  title: string;
  issuer: string;
  published: string;
}

export interface FeedCommitment {
  period: string;
  unit: string;
  title: string;
  madeAt: string;
  leader: string;
  items: ReadonlyArray<{ progress?: ReadonlyArray<{ date: string; note: string }> | undefined }>;
}

export interface FeedBatchItem {
  number: number;
  problem: string;
  unit: string;
  due: string;
  status: string;
  completedAt?: string | undefined;
  progress?: ReadonlyArray<{ date?: string | undefined; note: string }> | undefined;
}

export interface FeedBatch {
  id: string;
  title: string;
  source: string;
  foundAt: string;
  description?: string | undefined;
  items: readonly FeedBatchItem[];
}

export interface FeedContext {
  routes: SiteRoutes;
  /** site.yaml's baseUrl: its host and path make the tag: ids of this site's events. */
  baseUrl: string;
  unitName: (id: string) => string;
}

const paragraph = (text: string): string => `<p>${xmlText(text)}</p>`;

/** The change notes, newest first: the one that made the entry's latest `updated` comes first. */
const newestFirst = <T extends { date: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => b.date.localeCompare(a.date));

/**
 * One entry per case, withdrawn ones included: a withdrawal or a correction updates the entry (its `updated` is the
 * latest of published, change and withdrawal dates) and its note opens the entry's content.
 */
export function caseEntries(cases: readonly FeedCase[], ctx: FeedContext): AtomEntry[] {
  return cases.map((c) => {
    const url = ctx.routes.absoluteUrl(ctx.routes.caseUrl(c.id));
    const changes = newestFirst(c.changes ?? []);
    const notes = [
      ...(c.withdrawn ? [w.withdrawn(c.withdrawn.date, c.withdrawn.reason)] : []),
      ...changes.map((change) => w.correction(change.date, change.note)),
    ];
    const unitName = ctx.unitName(c.unit);
    const body = c.withdrawn
      ? [paragraph(w.withdrawnBody)]
      : [paragraph(`${w.summaryLabel}：${c.summary}`), paragraph(`${c.type} · ${c.category} · ${unitName}`)];
    return {
      id: url,
      title: c.withdrawn ? w.withdrawnTitle(c.title) : c.title,
      url,
      published: c.published,
      updated: latestDate(c.published, c.withdrawn?.date, ...changes.map((change) => change.date)),
      contentHtml: [...notes.map(paragraph), ...body].join(''),
      summary: notes[0] ?? c.summary,
      categories: [w.caseCategory, c.type],
      author: unitName,
    };
  });
}

export function personEntries(people: readonly FeedPerson[], lists: readonly FeedList[], ctx: FeedContext): AtomEntry[] {
  const byId = new Map(lists.map((l) => [l.id, l]));
  return people.flatMap((p) => {
    const list = byId.get(p.list);
    if (!list) return [];
    const url = ctx.routes.absoluteUrl(ctx.routes.personUrl(p.list, p.id));
    const summary = w.personSummary(list.title, p.category, p.township, p.identity);
    return [
      {
        id: url,
        title: `${p.name}：${p.headline}`,
        url,
        published: list.published,
        updated: list.published,
        contentHtml: paragraph(summary),
        summary,
        categories: [w.personCategory, p.category],
        author: list.issuer,
      },
    ];
  });
}

/** A commitment's entry is updated by its items' latest progress, which then opens its content. */
export function commitmentEntries(commitments: readonly FeedCommitment[], ctx: FeedContext): AtomEntry[] {
  return commitments.map((c) => {
    const url = ctx.routes.absoluteUrl(ctx.routes.commitmentUrl(c.period, c.unit));
    const latest = newestFirst(c.items.flatMap((item) => item.progress ?? []))[0];
    const summary = w.commitmentSummary(periodLabel(c.period), c.items.length, c.leader);
    const unitName = ctx.unitName(c.unit);
    return {
      id: url,
      title: `${unitName}：${c.title}`,
      url,
      published: c.madeAt,
      updated: latestDate(c.madeAt, latest?.date),
      contentHtml: [...(latest ? [paragraph(w.commitmentLatest(latest.date, latest.note))] : []), paragraph(summary)].join(''),
      summary,
      categories: [w.commitmentCategory],
      author: unitName,
    };
  });
}

/** The dated events of a ledger item: each dated progress note, and its completion (已完成/已销号) on completedAt. */
function itemEvents(item: FeedBatchItem): Array<{ date: string; kind: 'progress' | 'status'; note: string; key: string }> {
  const events: Array<{ date: string; kind: 'progress' | 'status'; note: string; key: string }> = [];
  const perDay = new Map<string, number>();
  for (const p of item.progress ?? []) {
    if (!p.date) continue; // an undated 最新进展 from a CSV ledger has no date to put it at
    const n = (perDay.get(p.date) ?? 0) + 1;
    perDay.set(p.date, n);
    events.push({ date: p.date, kind: 'progress', note: p.note, key: `progress/${p.date}${n > 1 ? `-${n}` : ''}` });
  }
  if (item.completedAt) events.push({ date: item.completedAt, kind: 'status', note: item.status, key: `status/${item.completedAt}` });
  return events;
}

/** The tag: ids of this site's events: `tag:<host>,<date>:<base path>rectification/<batch>/item-<n>/<event>`. */
const eventId = (ctx: FeedContext, date: string, specific: string): string => {
  const base = new URL(ctx.baseUrl);
  return tagUri(base.host, date, `${ctx.routes.base.slice(1)}${specific}`);
};

/**
 * The rectification feed: one entry per dated progress note or completion of a ledger item, at the item's row
 * (`#item-<n>`). `onlyUnit` keeps the items a unit is responsible for (its own feed).
 */
export function rectificationEventEntries(batches: readonly FeedBatch[], ctx: FeedContext, onlyUnit?: string): AtomEntry[] {
  return batches.flatMap((batch) =>
    batch.items
      .filter((item) => onlyUnit === undefined || item.unit === onlyUnit)
      .flatMap((item) =>
        itemEvents(item).map((event) => {
          const unitName = ctx.unitName(item.unit);
          const lead = event.kind === 'progress' ? w.progressNote(event.date, event.note) : w.completedNote(event.date, event.note);
          const facts = `${w.itemOf(batch.title, item.number)} · ${w.responsibleUnit}：${unitName} · ${w.currentStatus}：${item.status} · ${w.due}：${item.due}`;
          return {
            id: eventId(ctx, event.date, `rectification/${batch.id}/item-${item.number}/${event.key}`),
            title: event.kind === 'progress' ? w.progressTitle(item.problem) : w.completedTitle(event.note, item.problem),
            url: ctx.routes.absoluteUrl(ctx.routes.ledgerItemUrl(batch.id, item.number)),
            published: event.date,
            updated: event.date,
            contentHtml: paragraph(lead) + paragraph(facts),
            summary: lead,
            categories: [w.rectificationCategory, batch.source],
            author: unitName,
          };
        }),
      ),
  );
}

/** One entry per batch for the site feed, updated by its latest event. */
export function batchEntries(batches: readonly FeedBatch[], ctx: FeedContext): AtomEntry[] {
  return batches.map((b) => {
    const url = ctx.routes.absoluteUrl(ctx.routes.ledgerUrl(b.id));
    const events = b.items.flatMap((item) => itemEvents(item));
    const summary = w.batchSummary(b.source, b.items.length);
    return {
      id: url,
      title: b.title,
      url,
      published: b.foundAt,
      updated: latestDate(b.foundAt, ...events.map((e) => e.date)),
      contentHtml: paragraph(summary) + (b.description ? paragraph(b.description) : ''),
      summary,
      categories: [w.rectificationCategory, b.source],
    };
  });
}
