// Every word the site shows readers, in one place: each area's dictionary, re-exported here.
//
// To add words: put them in the area's file (src/ui/<area>.ts) as `export const <area>Words = { … } as const;`,
// with a function for a message that takes values (`total: (n: number) => \`共 ${n} 项\``), then re-export the
// area object below. Components, pages, layouts and client scripts import from src/ui; they hold no Chinese of
// their own (tests/unit/ui-words.test.ts fails on any). Words that are data (statuses, case types, field labels)
// live with the data model: the status vocabularies in src/schemas/shared.ts, 逾期 in src/lib/status.ts, field
// labels on the schemas (.meta({ label })), read with labelAt() from src/schemas/fields.ts. A script Astro inlines
// (one that imports nothing: site.ts, ledger-filter.ts) gets its words from data attributes the component renders
// from here, with {name} placeholders where it fills in numbers.
export { accountabilityWords } from './accountability.ts';
export { caseWords } from './cases.ts';
export { commonWords, bracketed, listJoin, punctuation, withCount } from './common.ts';
export { dateWords, facetWords, indicatorWords, ruleWords, staleWords } from './format.ts';
export { goodPeopleWords } from './good-people.ts';
export { navWords, NAV_SECTIONS, sectionHref, sectionLabels, type NavKey, type SectionKey } from './nav.ts';
export { searchWords } from './search.ts';
export { CASE_TYPE_LOOKS, STATUS_LOOKS, TALLY_COLOURS, type BadgeLook } from './status.ts';
