// Shared by the hostile-input catalogue (issue 13 item 9): the hostile values, one demo database per
// file, and the two things every case asserts: a refusal named on its field with a message in both
// languages, or text stored as given; and, when refused, the stored data left exactly as they were.
import type { ValidationCode } from '@/domain/validation'
import type { LocalBackend } from '../local/localBackend'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { realMessages } from '@/locales/testing'
import { isBackendError } from '../backend'
import { ConsoleDatabase } from '../local/db'
import { createLocalBackend } from '../local/localBackend'
import { NOW } from '../local/testing'

/** One hostile value: where it goes, and the refusal (field and code) it must meet, or `inert` storage. */
export interface HostileCase {
  readonly name: string
  /** Where the value goes in the door's input (`address.city`, `lines.0.seats`); `''` for the whole input. */
  readonly path: string
  readonly value: unknown
  /** The field the refusal names (the form's own); for an inert case, unused. */
  readonly field: string
  readonly code: ValidationCode | 'inert'
}

type Row = readonly [path: string, name: string, value: unknown, code: ValidationCode | 'inert', field?: string]

/** `[path, name, value, code, field]` rows as cases (the field is the path unless given), so tables read as tables. */
export function table(rows: readonly Row[]): HostileCase[] {
  return rows.map(([path, name, value, code, field]) => ({
    name: `${path}: ${name}`,
    path,
    value,
    field: field ?? path,
    code,
  }))
}

/** A copy of `base` with `value` at `path`, set as an own member even for `__proto__`. */
export function withValue<T>(base: T, path: string, value: unknown): T {
  if (path === '') return value as T
  const copy = structuredClone(base) as Record<string, unknown>
  const keys = path.split('.')
  let at: Record<string, unknown> = copy
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>
  Object.defineProperty(at, keys.at(-1)!, { value, enumerable: true, writable: true, configurable: true })
  return copy as T
}

/** Text a name must not hold, each refused with `hiddenCharacters`. */
export const HIDDEN_TEXT: readonly (readonly [string, string])[] = [
  ['a NUL', 'Acme\u0000Corp'],
  ['a tab', 'Acme\tCorp'],
  ['a line break', 'Acme\nCorp'],
  ['a carriage return', 'Acme\r\nCorp'],
  ['a zero-width space', 'Ac\u200Bme'],
  ['a zero-width joiner', 'Ac\u200Dme'],
  ['a byte-order mark inside', 'Ac\uFEFFme'],
  ['a right-to-left override', 'Acme \u202Egnp.exe'],
  ['a left-to-right embedding', 'Acme \u202AX'],
  ['a first-strong isolate', 'Acme \u2068X'],
  ['a Hangul filler', 'Acme\u3164'],
  ['a blank Braille pattern', 'Acme \u2800'],
  ['a line separator', 'Acme\u2028Corp'],
  ['a C1 control', 'Acme\u0085Corp'],
  ['an escape', 'Acme\u001B[31m'],
]

/** Texts that look empty once the invisible characters are seen for what they are. */
export const BLANK_LOOKING: readonly (readonly [string, string])[] = [
  ['two zero-width spaces', '\u200B\u200B'],
  ['a Hangul filler alone', '\u3164'],
  ['a blank Braille pattern alone', '\u2800'],
]

/** Hostile text that is only text: stored byte for byte, and shown as text (never run). */
export const INERT_TEXT: readonly (readonly [string, string])[] = [
  ['a script tag', '<script>alert(1)</script>'],
  ['an image with onerror', '<img src=x onerror=alert(1)>'],
  ['a formula', '=HYPERLINK("http://evil")'],
  ['a template expression', '{{ constructor.constructor("alert(1)")() }}'],
  ['an SQL fragment', "Robert'); DROP TABLE users;--"],
]

/** `n` letters, no spaces: the width a layout must survive. */
export const long = (n: number) => 'x'.repeat(n)

/**
 * The standard rows for a text field holding at most `max` characters: every hidden character
 * (line breaks allowed when `multiline`), blank-looking text (when required), one past the limit
 * and 10,000 characters, wrong types.
 */
export function textRows(path: string, max: number, { required = true, field = path, multiline = false } = {}): Row[] {
  // A text area's line breaks are its own.
  const hidden = multiline ? HIDDEN_TEXT.filter(([, value]) => !/^Acme\r?\nCorp$/.test(value)) : HIDDEN_TEXT
  return [
    ...hidden.map(([name, value]): Row => [path, name, value, 'hiddenCharacters', field]),
    ...(required ? BLANK_LOOKING.map(([name, value]): Row => [path, name, value, 'hiddenCharacters', field]) : []),
    ...(required ? [[path, 'spaces only', '   ', 'required', field] as Row] : []),
    [path, `${max + 1} characters`, long(max + 1), 'tooLong', field],
    [path, '10,000 characters', long(10_000), 'tooLong', field],
    [path, 'a number', 42, 'unknown', field],
    [path, 'null', null, 'unknown', field],
    [path, 'an object', { toString: 'x' }, 'unknown', field],
  ]
}

/**
 * Whether the message the interface shows for `code` on `field` exists in English and French:
 * the field's own (`validation.companyName.tooLong`) or the generic one, as `useValidationMessages` picks.
 */
export function expectMessages(field: string, code: ValidationCode): void {
  const base = field.startsWith('seats.') ? 'seats' : field.replace(/^.*[\].]/, '')
  for (const locale of ['en', 'fr'] as const) {
    const validation = realMessages(locale).validation as Record<string, Record<string, unknown>>
    const message = validation[base]?.[code] ?? validation.generic?.[code]
    expect(typeof message, `${locale} message for ${base}.${code}`).toBe('string')
  }
}

/** Asserts `promise` is refused as `validation`, with `code` on `field`, and said in both languages. */
export async function expectRefused(promise: Promise<unknown>, field: string, code: ValidationCode): Promise<void> {
  const error = await promise.then(
    () => expect.fail(`expected ${field} to be refused with ${code}`),
    (reason: unknown) => reason,
  )
  expect(isBackendError(error, 'validation'), String(error)).toBe(true)
  const issues = (error as { issues?: readonly { field: string; code: string }[] }).issues ?? []
  expect(issues.map(issue => `${issue.field}:${issue.code}`)).toContain(`${field}:${code}`)
  expectMessages(field, code)
}

/**
 * The demo partner in a database of its own for the whole file (seeding once keeps the catalogue
 * fast); cases that are refused leave it as it was, which `unchanged` checks.
 */
export function useDemo(): { backend: () => LocalBackend; db: () => ConsoleDatabase } {
  let db: ConsoleDatabase | undefined
  let backend: LocalBackend | undefined
  beforeAll(async () => {
    db = new ConsoleDatabase(`hostile-${crypto.randomUUID()}`)
    backend = createLocalBackend({ db, now: () => NOW })
    await backend.partner.get()
  })
  afterAll(() => db?.delete())
  return { backend: () => backend!, db: () => db! }
}

/** The rows of `tables` (every table unless named), to compare before and after a refused write. */
export async function stored(db: ConsoleDatabase, tables?: readonly string[]): Promise<string> {
  const chosen = tables ? db.tables.filter(table => tables.includes(table.name)) : db.tables
  const rows = await Promise.all(chosen.map(async table => [table.name, await table.toArray()] as const))
  return JSON.stringify(rows)
}

/**
 * Runs one case: `write` sends the value; a refusal must name the case's field and code and leave
 * the tables the door writes (`tables`, every one unless named) as they were; an inert case must
 * store the text byte for byte (`read` gets it back).
 */
export async function runCase(
  db: ConsoleDatabase,
  hostile: HostileCase,
  write: (value: unknown) => Promise<unknown>,
  read?: (result: unknown) => Promise<unknown>,
  tables?: readonly string[],
): Promise<void> {
  if (hostile.code === 'inert') {
    const result = await write(hostile.value)
    if (!read) throw new Error(`${hostile.name}: an inert case needs a read`)
    expect(await read(result)).toBe(hostile.value)
    return
  }
  const before = await stored(db, tables)
  await expectRefused(write(hostile.value), hostile.field, hostile.code)
  expect(await stored(db, tables)).toBe(before)
}

/** One door's table as a Vitest suite on the demo: `write` sends one case's value, `read` gets inert text back. */
export function describeDoor(
  title: string,
  cases: readonly HostileCase[],
  door: {
    readonly write: (backend: LocalBackend, value: unknown, hostile: HostileCase) => Promise<unknown>
    readonly read?: (backend: LocalBackend, result: unknown, hostile: HostileCase) => Promise<unknown>
    readonly tables: readonly string[]
  },
): void {
  describe(`hostile inputs: ${title}`, () => {
    const demo = useDemo()
    it.each(cases)('$name', hostile =>
      runCase(
        demo.db(),
        hostile,
        value => door.write(demo.backend(), value, hostile),
        door.read && (result => door.read!(demo.backend(), result, hostile)),
        door.tables,
      ),
    )
  })
}
