// The vocabulary of the search index: the content types readers filter by.

/** Content types readers can filter search results by, in the order the search page offers them. */
export const SEARCH_TYPES = ['案例', '承诺', '好人', '整改', '单位', '页面'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
