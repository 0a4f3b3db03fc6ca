/**
 * One import is at most one subscription's worth of users. Apart from the CSV reader so the
 * backend's door checks (on the first page) don't bring the CSV parser with them.
 */
export const MAX_IMPORT_ROWS = 10_000
