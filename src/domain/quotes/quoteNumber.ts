/**
 * Quote numbers: sequential per partner within each calendar year, as `2026-0001`. French practice
 * numbers quotes in an unbroken chronological series; the year prefix keeps each year's series
 * apart. Each backend keeps the counter and takes a number inside the quote's save.
 */
export interface QuoteCounter {
  /** The last number given in each year (`{ '2026': 41 }`): a quote dated in another year never reuses one. */
  readonly lastByYear: Readonly<Record<string, number>>
}

/** The counter after giving the next number in `year`, and that number. */
export function nextQuoteNumber(
  counter: QuoteCounter | undefined,
  year: number,
): { counter: QuoteCounter; number: string } {
  const last = (counter?.lastByYear[year] ?? 0) + 1
  return { counter: { lastByYear: { ...counter?.lastByYear, [year]: last } }, number: formatQuoteNumber(year, last) }
}

/** `2026-0001`: four digits at least, more once a year passes 9,999 quotes. */
export function formatQuoteNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(4, '0')}`
}

/** A counter that gives none of `numbers` again (an imported file's quotes), whatever `counter` said. */
export function counterCovering(
  counter: QuoteCounter | undefined,
  numbers: readonly (string | undefined)[],
): QuoteCounter {
  const lastByYear: Record<string, number> = { ...counter?.lastByYear }
  for (const number of numbers) {
    const match = /^(\d{4})-(\d+)$/.exec(number ?? '')
    if (match) lastByYear[match[1]!] = Math.max(lastByYear[match[1]!] ?? 0, Number(match[2]))
  }
  return { lastByYear }
}
