// An offline check of an Atom document against the rules of RFC 4287 that can be checked without a network:
// well-formed XML, the required feed and entry elements, unique ids, RFC 3339 dates, absolute links, content types.
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** RFC 3339 date-time (section 5.6), as RFC 4287 §3.3 requires: upper-case T and Z, a seconds field, an offset. */
const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

type Node = Record<string, unknown>;
export interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  published: string | undefined;
  links: Array<{ rel: string; href: string; type: string | undefined }>;
  content: { type: string; text: string } | undefined;
  summary: string | undefined;
  categories: string[];
}
export interface ParsedFeed {
  id: string;
  title: string;
  updated: string;
  links: Array<{ rel: string; href: string; type: string | undefined }>;
  entries: ParsedEntry[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  isArray: (name) => ['entry', 'link', 'category', 'author'].includes(name),
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  trimValues: false,
});

const textOf = (value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && '#text' in value) return String((value as Node)['#text']);
  if (typeof value === 'object' && value !== null) return '';
  return String(value);
};
const linksOf = (node: Node) =>
  ((node['link'] as Node[] | undefined) ?? []).map((l) => ({
    rel: String(l['@rel'] ?? 'alternate'),
    href: String(l['@href'] ?? ''),
    type: l['@type'] === undefined ? undefined : String(l['@type']),
  }));
const isAbsolute = (href: string) => {
  try {
    return Boolean(new URL(href).protocol);
  } catch {
    return false;
  }
};
/** An IRI that can be an atom:id: absolute (a URL or a tag: URI), no spaces. */
const isIri = (id: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(id);

/** Parses an Atom feed and returns it with the list of rule violations found (empty when it is valid). */
export function checkAtom(xml: string): { feed: ParsedFeed | undefined; problems: string[] } {
  const problems: string[] = [];
  try {
    const wellFormed = SyntaxValidator.validate(xml);
    if (wellFormed !== true) return { feed: undefined, problems: [`not well-formed: ${JSON.stringify(wellFormed)}`] };
  } catch (error) {
    return { feed: undefined, problems: [`not well-formed: ${(error as Error).message}`] };
  }
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) problems.push('no UTF-8 XML declaration');
  const root = parser.parse(xml) as Node;
  const f = root['feed'] as Node | undefined;
  if (!f) return { feed: undefined, problems: ['root element is not atom:feed'] };
  if (f['@xmlns'] !== ATOM_NS) problems.push('feed is not in the Atom namespace');

  const single = (node: Node, name: string, where: string): string | undefined => {
    const value = node[name];
    if (value === undefined) problems.push(`${where}: missing atom:${name}`);
    else if (Array.isArray(value)) problems.push(`${where}: more than one atom:${name}`);
    return textOf(value);
  };
  const date = (value: string | undefined, where: string) => {
    if (value !== undefined && !RFC3339.test(value)) problems.push(`${where}: "${value}" is not an RFC 3339 date-time`);
  };

  const feed: ParsedFeed = {
    id: single(f, 'id', 'feed') ?? '',
    title: single(f, 'title', 'feed') ?? '',
    updated: single(f, 'updated', 'feed') ?? '',
    links: linksOf(f),
    entries: [],
  };
  date(feed.updated, 'feed updated');
  if (!isIri(feed.id)) problems.push(`feed: id "${feed.id}" is not an absolute IRI`);
  if (!feed.title.trim()) problems.push('feed: empty title');
  const self = feed.links.filter((l) => l.rel === 'self');
  if (self.length !== 1) problems.push('feed: needs exactly one link rel="self"');
  else if (self[0]!.type !== 'application/atom+xml') problems.push('feed: link rel="self" should have type application/atom+xml');
  const feedAuthor = ((f['author'] as Node[] | undefined) ?? []).length > 0;
  for (const author of (f['author'] as Node[] | undefined) ?? []) if (!textOf(author['name'])?.trim()) problems.push('feed: author without name');

  const entryNodes = (f['entry'] as Node[] | undefined) ?? [];
  const ids = new Set<string>();
  for (const [i, e] of entryNodes.entries()) {
    const where = `entry ${i + 1}`;
    const content = e['content'] as Node | string | undefined;
    const entry: ParsedEntry = {
      id: single(e, 'id', where) ?? '',
      title: single(e, 'title', where) ?? '',
      updated: single(e, 'updated', where) ?? '',
      published: textOf(e['published']),
      links: linksOf(e),
      content:
        content === undefined
          ? undefined
          : { type: typeof content === 'object' ? String(content['@type'] ?? 'text') : 'text', text: textOf(content) ?? '' },
      summary: textOf(e['summary']),
      categories: ((e['category'] as Node[] | undefined) ?? []).map((c) => String(c['@term'] ?? '')),
    };
    feed.entries.push(entry);
    if (ids.has(entry.id)) problems.push(`${where}: id "${entry.id}" is not unique`);
    ids.add(entry.id);
    if (!isIri(entry.id)) problems.push(`${where}: id "${entry.id}" is not an absolute IRI`);
    if (!entry.title.trim()) problems.push(`${where}: empty title`);
    date(entry.updated, `${where} updated`);
    date(entry.published, `${where} published`);
    if (entry.published && entry.updated && Date.parse(entry.published) > Date.parse(entry.updated))
      problems.push(`${where}: published after updated`);
    if (!feedAuthor && ((e['author'] as Node[] | undefined) ?? []).length === 0) problems.push(`${where}: no author (and the feed has none)`);
    const alternates = entry.links.filter((l) => l.rel === 'alternate');
    if (!entry.content && alternates.length === 0) problems.push(`${where}: neither content nor link rel="alternate"`);
    if (!entry.content && entry.summary === undefined) problems.push(`${where}: no content and no summary`);
    if (entry.content && !['text', 'html', 'xhtml'].includes(entry.content.type)) problems.push(`${where}: content type "${entry.content.type}"`);
    if (entry.categories.some((t) => !t)) problems.push(`${where}: category without term`);
  }
  for (const link of [...feed.links, ...feed.entries.flatMap((e) => e.links)]) {
    if (!isAbsolute(link.href)) problems.push(`link "${link.href}" is not absolute`);
  }
  return { feed, problems };
}
