import type { IsoDate } from './tenant'

/** The calendar date of `instant` in UTC, as YYYY-MM-DD. */
export function toIsoDate(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10)
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const instant = new Date(`${date}T00:00:00Z`)
  instant.setUTCDate(instant.getUTCDate() + days)
  return toIsoDate(instant)
}
