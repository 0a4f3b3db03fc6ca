import type { IsoDate } from './dates'

/**
 * Dates as a person types and reads them in the console's language, not the browser's: a native
 * `<input type="date">` shows the browser's locale (mm/dd/yyyy in a French console on an English
 * browser). The order and separators come from Intl, so every language gets its own.
 */
export type DatePart = 'day' | 'month' | 'year'

const SAMPLE = Date.UTC(2026, 11, 31)

function numericFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
}

/** The order the language writes day, month and year in: day-month-year in French, month-day-year in US English. */
export function datePartOrder(locale: string): DatePart[] {
  return numericFormat(locale)
    .formatToParts(SAMPLE)
    .map(part => part.type)
    .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year')
}

/** An ISO date in the language's figures: 2026-12-07 → "07/12/2026" in French, "12/07/2026" in US English. */
export function formatDateText(date: IsoDate, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return date
  return numericFormat(locale).format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

/** The pattern a person types, with the language's letters: "jj/mm/aaaa", "mm/dd/yyyy". */
export function datePattern(locale: string, letters: Readonly<Record<DatePart, string>>): string {
  return numericFormat(locale)
    .formatToParts(SAMPLE)
    .map(part =>
      part.type === 'day' || part.type === 'month' || part.type === 'year'
        ? letters[part.type].repeat(part.type === 'year' ? 4 : 2)
        : part.value,
    )
    .join('')
}

function calendarDate(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1) return null
  return date.toISOString().slice(0, 10)
}

/**
 * What a person typed, as an ISO date: figures in the language's order with any separators
 * ("7/12/2026", "07.12.26", "7 12 2026"), two-digit years in this century, or an ISO date
 * (year first, unambiguous in every language). Null when it is no real date ("31/02/2026").
 */
export function parseDateText(text: string, locale: string): IsoDate | null {
  const trimmed = text.trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed)
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const figures = trimmed.split(/[^\d]+/).filter(Boolean)
  if (figures.length !== 3 || figures.some(figure => figure.length > 4)) return null
  const parts: Partial<Record<DatePart, number>> = {}
  datePartOrder(locale).forEach((part, index) => (parts[part] = Number(figures[index])))
  const yearText = figures[datePartOrder(locale).indexOf('year')]!
  const year = yearText.length <= 2 ? 2000 + parts.year! : parts.year!
  return calendarDate(year, parts.month!, parts.day!)
}
