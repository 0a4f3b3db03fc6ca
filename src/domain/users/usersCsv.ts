import type { IsoDate } from '../dates'
import type { Subscription } from '../tenant/tenant'
import type { ValidationIssue } from '../validation'
import type { UserValidationContext } from './userValidation'
import type { UserInput } from './users'
import Papa from 'papaparse'
import { MAX_IMPORT_ROWS } from './importLimits'
import { findOffer } from '../catalogue'
import { liveSubscriptions } from '../tenant/policy'
import { validateUserBatch } from './userValidation'
import { seatsLeft } from './users'

/** The template's columns, in order; `licence` holds an offer id such as `standard-suite`, empty for none. */
export const USER_CSV_COLUMNS = ['firstName', 'lastName', 'alias', 'domain', 'usageLocation', 'licence'] as const
export type UserCsvColumn = (typeof USER_CSV_COLUMNS)[number]
/** `licence` may be left out: every user is then unlicensed. */
const REQUIRED_COLUMNS: readonly UserCsvColumn[] = ['firstName', 'lastName', 'alias', 'domain', 'usageLocation']

export { MAX_IMPORT_ROWS }

/** The header line people fill in (with a trailing line break, so Excel starts the next row). */
export function userCsvTemplate(): string {
  return `${Papa.unparse([[...USER_CSV_COLUMNS]])}\r\n`
}

/** Excel saves "CSV UTF-8" with a BOM but plain "CSV" in the Windows code page: reads either. */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** Users read from a file, with the row number Excel shows for each (the header is row 1). */
export interface UserImport {
  readonly inputs: readonly UserInput[]
  readonly rowNumbers: readonly number[]
  /** File-level issues name `file` or `columns`; row issues `rows[<index into inputs>].<field>`. */
  readonly issues: readonly ValidationIssue[]
}

/**
 * The tenant's live subscription to the offer a row names; with two, the one with more seats
 * left. An unknown offer or one the tenant doesn't run is an issue on the row's licence.
 */
function resolveLicence(
  cell: string,
  subscriptions: readonly Subscription[],
  today: IsoDate,
): string | null | ValidationIssue {
  const offerId = cell.toLowerCase()
  if (offerId === '') return null
  const offer = findOffer(offerId)
  if (!offer) return { field: 'licence', code: 'unknown', params: { value: cell } }
  const candidates = liveSubscriptions(subscriptions, today)
    .filter(s => s.offerId === offer.id)
    .sort((a, b) => seatsLeft(b) - seatsLeft(a))
  return candidates[0]?.id ?? { field: 'licence', code: 'notAvailable', params: { offer: offer.id } }
}

/**
 * Reads a CSV as Excel writes it (UTF-8 with or without BOM, comma or semicolon, quoted cells,
 * line breaks inside quotes), matching columns by header name, skipping blank rows.
 */
export function parseUsersCsv(text: string, subscriptions: readonly Subscription[], today: IsoDate): UserImport {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  })
  const [header = [], ...records] = parsed.data
  const position = new Map(header.map((name, index) => [name.trim().toLowerCase(), index]))
  const missing = REQUIRED_COLUMNS.filter(column => !position.has(column.toLowerCase()))
  if (missing.length > 0)
    return {
      inputs: [],
      rowNumbers: [],
      issues: [{ field: 'columns', code: 'required', params: { columns: missing.join(', ') } }],
    }

  const badQuotes = new Set(
    parsed.errors.filter(error => error.type === 'Quotes' && error.row !== undefined).map(error => error.row! - 1),
  )
  const inputs: UserInput[] = []
  const rowNumbers: number[] = []
  const issues: ValidationIssue[] = []
  records.forEach((cells, recordIndex) => {
    if (cells.every(cell => cell.trim() === '')) return
    const index = inputs.length
    const cell = (column: UserCsvColumn) => (cells[position.get(column.toLowerCase()) ?? -1] ?? '').trim()
    const licence = resolveLicence(cell('licence'), subscriptions, today)
    inputs.push({
      firstName: cell('firstName'),
      lastName: cell('lastName'),
      alias: cell('alias'),
      domain: cell('domain'),
      usageLocation: cell('usageLocation'),
      subscriptionId: typeof licence === 'object' && licence !== null ? null : licence,
    })
    rowNumbers.push(recordIndex + 2)
    // A row that doesn't split into the header's columns says so, rather than what its shifted cells hold.
    if (badQuotes.has(recordIndex)) issues.push({ field: `rows[${index}].quotes`, code: 'invalidCharacters' })
    else if (cells.length > header.length)
      issues.push({ field: `rows[${index}].columns`, code: 'aboveMaximum', params: { max: header.length } })
    else if (typeof licence === 'object' && licence !== null)
      issues.push({ ...licence, field: `rows[${index}].licence` })
  })
  if (inputs.length === 0) issues.push({ field: 'file', code: 'required' })
  else if (inputs.length > MAX_IMPORT_ROWS)
    return {
      inputs: [],
      rowNumbers: [],
      issues: [{ field: 'file', code: 'aboveMaximum', params: { max: MAX_IMPORT_ROWS } }],
    }
  return { inputs, rowNumbers, issues }
}

const FIELD_ORDER = [
  'firstName',
  'lastName',
  'alias',
  'domain',
  'usageLocation',
  'licence',
  'subscriptionId',
  'columns',
  'quotes',
]

/** Row issues sort by row, then in the order of the template's columns. */
function issueOrder(issue: ValidationIssue): [number, number] {
  const match = /^rows\[(\d+)\]\.(.+)$/.exec(issue.field)
  return match ? [Number(match[1]), FIELD_ORDER.indexOf(match[2]!)] : [-1, -1]
}

/**
 * Everything wrong with an import file before anything is sent: how it reads, then every row
 * against the tenant as the backend will check it (addresses taken or repeated, seats across
 * rows). Issues come in row order; an empty list means the file can be imported whole.
 */
export function checkUsersCsv(text: string, context: UserValidationContext): UserImport {
  const parsed = parseUsersCsv(text, context.subscriptions, context.today)
  if (parsed.inputs.length === 0) return parsed
  const malformed = new Set(
    parsed.issues.filter(issue => /\.(?:columns|quotes)$/.test(issue.field)).map(issue => issueOrder(issue)[0]),
  )
  const batch = validateUserBatch(parsed.inputs, context).filter(issue => !malformed.has(issueOrder(issue)[0]))
  const issues = [...parsed.issues, ...batch]
    .map(issue => ({ issue, order: issueOrder(issue) }))
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])
    .map(({ issue }) => issue)
  return { ...parsed, issues }
}
