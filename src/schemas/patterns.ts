// Text patterns the schemas check and browser code also needs, kept apart from Zod so a client script that imports
// one (the search page, through src/lib/routes.ts → periods.ts) does not pull the whole of Zod into its bundle.

/** A reporting period: a year, a half-year or a quarter (2024, 2024-H2, 2024-Q3). */
export const PERIOD_PATTERN = /^\d{4}(-(H[12]|Q[1-4]))?$/;
