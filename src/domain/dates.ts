/** A calendar day as stored: ISO 8601 `YYYY-MM-DD`. */
export type IsoDate = string
/** An instant as stored: an ISO 8601 timestamp in UTC (`2026-11-25T09:30:00.000Z`). */
export type IsoDateTime = string

/** The calendar date of `instant` in UTC, as YYYY-MM-DD. */
export function toIsoDate(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10)
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const instant = new Date(`${date}T00:00:00Z`)
  instant.setUTCDate(instant.getUTCDate() + days)
  return toIsoDate(instant)
}

/** The calendar date the person sees on their own clock (a French partner after midnight is on the new day). */
export function localIsoDate(instant: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`
}
