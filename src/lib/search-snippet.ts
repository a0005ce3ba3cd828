// The line of text under a search result. Pagefind cuts its excerpt from the indexed text where the query words are
// densest, and for a case that is often the run of labels (number, type, category, unit). A record's own summary
// reads better, so it is shown, with the query words marked, whenever the query appears in it.

/** How many characters of a summary are shown, and how many of them before the first match. */
const LENGTH = 90;
const BEFORE = 30;

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * HTML for the summary around the first query word in it, with every query word in <mark> and the rest escaped;
 * undefined when there is no summary or no query word appears in it (the caller then shows Pagefind's excerpt).
 */
export function summarySnippet(summary: string | undefined, query: string): string | undefined {
  if (!summary) return undefined;
  const terms = [...new Set(query.split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length);
  const positions = terms.map((t) => summary.indexOf(t)).filter((i) => i >= 0);
  if (!positions.length) return undefined;
  const start = summary.length <= LENGTH ? 0 : Math.max(0, Math.min(Math.min(...positions) - BEFORE, summary.length - LENGTH));
  const end = Math.min(summary.length, start + LENGTH);
  const text = summary.slice(start, end);
  let html = '';
  let last = 0;
  for (const match of text.matchAll(new RegExp(terms.map(escapeRegExp).join('|'), 'g'))) {
    html += `${escapeHtml(text.slice(last, match.index))}<mark>${escapeHtml(match[0])}</mark>`;
    last = match.index + match[0].length;
  }
  html += escapeHtml(text.slice(last));
  return `${start > 0 ? '…' : ''}${html}${end < summary.length ? '…' : ''}`;
}

/**
 * HTML for the line under a result, never a run of labels: the summary around the query, marked; else Pagefind's
 * excerpt when it marks a match (it is cut from the readable text only, see search-records.ts); else the opening of
 * the summary; else the excerpt as it is.
 */
export function resultLine(summary: string | undefined, query: string, excerpt: string): string {
  const marked = summarySnippet(summary, query);
  if (marked) return marked;
  if (excerpt.includes('<mark>') || !summary) return excerpt;
  return escapeHtml(summary.length > LENGTH ? summary.slice(0, LENGTH) : summary) + (summary.length > LENGTH ? '…' : '');
}
