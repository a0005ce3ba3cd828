// Atom 1.0 feeds (RFC 4287): pure XML building from entries with absolute URLs and dates; every value is escaped.
import { escapeXml } from './feed.ts';

export interface AtomEntry {
  /** A permanent IRI: the entry's absolute URL, or a tag: URI for an event that has no page of its own. */
  id: string;
  title: string;
  /** Absolute URL of the page the entry is about (rel="alternate"). */
  url: string;
  /** YYYY-MM-DD: first published. */
  published: string;
  /** YYYY-MM-DD: the latest change (a correction, a withdrawal, a progress note); at least `published`. */
  updated: string;
  /** HTML, escaped into <content type="html">: the change note first, then the text. */
  contentHtml: string;
  /** Plain text, at most a paragraph. */
  summary?: string | undefined;
  /** Category terms (a section, a case type). */
  categories?: readonly string[] | undefined;
  /** Who published it (a unit's name); the feed's author stands for entries without one. */
  author?: string | undefined;
}

export interface AtomFeed {
  /** Absolute URL of the feed itself: its id and its rel="self" link. */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed follows (rel="alternate"). */
  pageUrl: string;
  title: string;
  subtitle: string;
  /** The site's organiser: the feed's author. */
  author: { name: string; uri: string };
  /** YYYY-MM-DD used as the feed's <updated> when it has no entries (e.g. the as-of date). */
  emptyUpdated: string;
}

/** A date as RFC 3339 at midnight China Standard Time: `2026-03-02T00:00:00+08:00`. */
export function rfc3339(ymd: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd)) throw new Error(`不是 YYYY-MM-DD 格式的日期：${ymd}`);
  return `${ymd}T00:00:00+08:00`;
}

/** The latest of some YYYY-MM-DD dates (undefined ones skipped). */
export function latestDate(...dates: ReadonlyArray<string | undefined>): string {
  const known = dates.filter((d): d is string => Boolean(d)).sort();
  const last = known.at(-1);
  if (!last) throw new Error('没有可用的日期');
  return last;
}

/**
 * A tag: URI (RFC 4151) for an entry without a page of its own: `tag:<host>,<date>:<path>`. The host is the site's,
 * the date the event's, so the id never changes and never collides with another site's.
 */
export function tagUri(host: string, date: string, specific: string): string {
  return `tag:${host},${date}:${specific.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/g, encodeURIComponent)}`;
}

/** Newest `updated` first, then by id for a stable order; at most `limit` entries. */
export function newestEntries(entries: readonly AtomEntry[], limit = 50): AtomEntry[] {
  return [...entries]
    .sort((a, b) => b.updated.localeCompare(a.updated) || b.published.localeCompare(a.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

/** Characters XML 1.0 does not allow at all (control characters, unpaired surrogates, U+FFFE/U+FFFF): dropped, not escaped. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or an attribute value, escaped for XML (and for HTML inside <content type="html">). */
export function xmlText(value: string): string {
  return escapeXml(value.replace(NOT_XML, ''));
}

const element = (name: string, value: string, attributes = ''): string => `<${name}${attributes}>${xmlText(value)}</${name}>`;

export function renderAtom(feed: AtomFeed, entries: readonly AtomEntry[]): string {
  const updated = entries.length ? latestDate(...entries.map((e) => e.updated)) : feed.emptyUpdated;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    element('id', feed.selfUrl),
    element('title', feed.title),
    element('subtitle', feed.subtitle),
    element('updated', rfc3339(updated)),
    `<link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlText(feed.pageUrl)}"/>`,
    `<author>${element('name', feed.author.name)}${element('uri', feed.author.uri)}</author>`,
  ];
  for (const entry of entries) {
    lines.push(
      '<entry>',
      element('id', entry.id),
      element('title', entry.title),
      `<link rel="alternate" type="text/html" href="${xmlText(entry.url)}"/>`,
      element('published', rfc3339(entry.published)),
      element('updated', rfc3339(entry.updated)),
      ...(entry.author ? [`<author>${element('name', entry.author)}</author>`] : []),
      ...(entry.categories ?? []).map((term) => `<category term="${xmlText(term)}"/>`),
      ...(entry.summary ? [element('summary', entry.summary)] : []),
      element('content', entry.contentHtml, ' type="html"'),
      '</entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
