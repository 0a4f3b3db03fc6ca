/**
 * More service lines than a quote's page can show and a prospect can read (reliability review L6).
 * Apart from the quote rules so the backend's door checks, on the first page, don't bring them.
 */
export const QUOTE_SERVICE_LINES_MAX = 50
