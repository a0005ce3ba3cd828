// Drives the search page as a reader does, for the search tests on the sample and on the scale-1 corpus.
import type { Page } from 'playwright-core';

/**
 * The result URLs of a query as the search page shows them (the exact lookup, then Pagefind): typed into the box of
 * the open search page, read once the result list says it answers that query.
 */
export async function resultUrls(page: Page, query: string, count = 5): Promise<string[]> {
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  await page.waitForSelector(`#search-results[data-query="${query.replace(/["\\]/g, '\\$&')}"]`, { state: 'attached' });
  const hrefs = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.slice(0, count);
}
