import type { IsoDate } from '../dates'
import type { Subscription } from '../tenant/tenant'
import type { ValidationIssue } from '../validation'
import type { UserValidationContext } from './userValidation'
import type { OfferId } from '../catalogue'
import type { UserInput } from './users'
import Papa from 'papaparse'
import { MAX_IMPORT_ROWS } from './importLimits'
import { findOffer } from '../catalogue'
import { countryFromText, foldName } from '../countries'
import { liveSubscriptions } from '../tenant/policy'
import { validateUserBatch } from './userValidation'
import { seatsLeft } from './users'

/** The template's columns, in order; `licence` holds an offer's name or id, empty for none. */
export const USER_CSV_COLUMNS = ['firstName', 'lastName', 'alias', 'domain', 'usageLocation', 'licence'] as const
export type UserCsvColumn = (typeof USER_CSV_COLUMNS)[number]

/**
 * What a header cell may say for each column: the column's id, or its label on the user form in
 * English or French (`usersCsv.test.ts` holds these to the locale files), or a usual synonym.
 */
export const USER_CSV_HEADERS: Readonly<Record<UserCsvColumn, readonly string[]>> = {
  firstName: ['firstName', 'First name', 'Prénom', 'Given name'],
  lastName: ['lastName', 'Last name', 'Nom', 'Nom de famille', 'Surname'],
  alias: ['alias', 'User name', "Nom d'utilisateur", 'Username'],
  domain: ['domain', 'Domain', 'Domaine'],
  usageLocation: ['usageLocation', 'Usage location', "Pays d'utilisation", 'Country', 'Pays'],
  licence: ['licence', 'license', 'Licence', 'License', 'Offer', 'Offre'],
}
const COLUMN_BY_HEADER = new Map(
  USER_CSV_COLUMNS.flatMap(column => USER_CSV_HEADERS[column].map(name => [foldName(name), column] as const)),
)

/**
 * Words the screens use that the file may hold: each offer's name and "No licence" as the reader's
 * language shows them (the domain keeps no screen text), mapped to the offer, or null for none.
 */
export interface UserCsvVocabulary {
  readonly licences?: Iterable<readonly [name: string, offer: OfferId | null]>
}
/** `licence` may be left out: every user is then unlicensed. */
const REQUIRED_COLUMNS: readonly UserCsvColumn[] = ['firstName', 'lastName', 'alias', 'domain', 'usageLocation']

export { MAX_IMPORT_ROWS }

/** 10,000 rows fit in 2 MB; past this size a file is refused from its size, before it is read at all. */
export const MAX_CSV_BYTES = 16_000_000

/**
 * The file people fill in: the header in their language, an example row, and a line break so
 * Excel starts the next row. Without arguments, the column ids alone. French Excel splits on
 * semicolons, so the caller picks the separator the reader's spreadsheet expects.
 */
export function userCsvTemplate(
  headers: readonly string[] = USER_CSV_COLUMNS,
  example: readonly string[] | null = null,
  delimiter: ',' | ';' = ',',
): string {
  return `${Papa.unparse(example ? [[...headers], [...example]] : [[...headers]], { delimiter, newline: '\r\n' })}\r\n`
}

/**
 * Excel saves "CSV UTF-8" with a BOM, plain "CSV" in the Windows code page and "Unicode text" as
 * UTF-16 with a BOM: reads each. UTF-16 without its BOM can't be told apart reliably: its zero
 * bytes come through as NUL characters, which `parseUsersCsv` refuses with the way out.
 */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  if (view[0] === 0xff && view[1] === 0xfe) return new TextDecoder('utf-16le').decode(view)
  if (view[0] === 0xfe && view[1] === 0xff) return new TextDecoder('utf-16be').decode(view)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(view)
  } catch {
    return new TextDecoder('windows-1252').decode(view)
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
  licences: ReadonlyMap<string, OfferId | null>,
): string | null | ValidationIssue {
  if (cell === '') return null
  const named = licences.get(foldName(cell))
  if (named === null) return null
  const offer = findOffer(named ?? cell.toLowerCase())
  if (!offer) return { field: 'licence', code: 'unknown', params: { value: cell } }
  const candidates = liveSubscriptions(subscriptions, today)
    .filter(s => s.offerId === offer.id)
    .sort((a, b) => seatsLeft(b) - seatsLeft(a))
  return candidates[0]?.id ?? { field: 'licence', code: 'notAvailable', params: { offer: offer.id } }
}

/**
 * Reads a CSV as Excel writes it (UTF-8 with or without BOM, comma, semicolon or tab, quoted
 * cells, line breaks inside quotes), matching columns by header in either language, skipping
 * blank rows. Cells may say what the screens show: a country's name, an offer's name.
 */
export function parseUsersCsv(
  text: string,
  subscriptions: readonly Subscription[],
  today: IsoDate,
  vocabulary: UserCsvVocabulary = {},
): UserImport {
  if (text.includes('\0')) return { inputs: [], rowNumbers: [], issues: [{ field: 'file', code: 'invalidCharacters' }] }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  })
  const [header = [], ...records] = parsed.data
  const position = new Map<UserCsvColumn, number>()
  header.forEach((name, index) => {
    const column = COLUMN_BY_HEADER.get(foldName(name))
    if (column && !position.has(column)) position.set(column, index)
  })
  const licences = new Map([...(vocabulary.licences ?? [])].map(([name, offer]) => [foldName(name), offer]))
  const missing = REQUIRED_COLUMNS.filter(column => !position.has(column))
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
    const cell = (column: UserCsvColumn) => (cells[position.get(column) ?? -1] ?? '').trim()
    const licence = resolveLicence(cell('licence'), subscriptions, today, licences)
    const location = cell('usageLocation')
    inputs.push({
      firstName: cell('firstName'),
      lastName: cell('lastName'),
      alias: cell('alias'),
      domain: cell('domain'),
      usageLocation: countryFromText(location) ?? location,
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
export function checkUsersCsv(
  text: string,
  context: UserValidationContext,
  vocabulary: UserCsvVocabulary = {},
): UserImport {
  const parsed = parseUsersCsv(text, context.subscriptions, context.today, vocabulary)
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
