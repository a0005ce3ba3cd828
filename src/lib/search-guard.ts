// Whether a search's results really answer its query: Pagefind matches parts of a Chinese query (冒充公检法 finds
// pages with 冒充 and any word starting with 公), so results from the recent years may be loose matches while the page
// the reader wants is in the archive. No Node imports: the search page's script bundles this file.

/** What the guard reads of a result: the data Pagefind returns for it (its indexed text and metadata). */
export interface ResultText {
  content?: string;
  meta?: Record<string, string | undefined>;
}

/** Lower case, full-width forms folded, and without punctuation or spaces: how a query term is compared with a text. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, '');
}

/** The words a reader typed, as the guard compares them: split at spaces, quotes and punctuation dropped. */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(fold)
    .filter((term) => term.length > 0);
}

/** Whether a result holds every word of the query as typed (in its text or metadata), not only parts of one. */
export function answersQuery(terms: string[], result: ResultText): boolean {
  if (!terms.length) return true;
  const text = fold([result.content ?? '', ...Object.values(result.meta ?? {})].join('\n'));
  return terms.every((term) => text.includes(term));
}

/**
 * Whether the first results of a search answer the query: at least one of them holds every word of it. No results
 * answer nothing; an empty query (filters only) is always answered.
 */
export function resultsAnswer(query: string, top: ResultText[]): boolean {
  const terms = queryTerms(query);
  if (!terms.length) return true;
  return top.some((result) => answersQuery(terms, result));
}
