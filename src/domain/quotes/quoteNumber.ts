/**
 * Quote numbers: sequential per partner, restarting each calendar year, as `2026-0001`. French
 * practice numbers quotes without gaps in a chronological series; the year prefix keeps each
 * year's series apart. Each backend keeps the counter and takes a number inside the quote's save.
 */
export interface QuoteCounter {
  readonly year: number
  /** The last number given that year; 0 before the first. */
  readonly last: number
}

/** The counter after giving the next number in `year`, and that number. */
export function nextQuoteNumber(
  counter: QuoteCounter | undefined,
  year: number,
): { counter: QuoteCounter; number: string } {
  const last = counter && counter.year === year ? counter.last : 0
  const next = { year, last: last + 1 }
  return { counter: next, number: formatQuoteNumber(next) }
}

/** `2026-0001`: four digits at least, more once a year passes 9,999 quotes. */
export function formatQuoteNumber({ year, last }: QuoteCounter): string {
  return `${year}-${String(last).padStart(4, '0')}`
}
