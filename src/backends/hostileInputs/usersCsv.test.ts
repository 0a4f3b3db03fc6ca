import type { ValidationCode } from '@/domain/validation'
import type { UserValidationContext } from '@/domain/users/userValidation'
import { describe, expect, it } from 'vitest'
import { checkUsersCsv, MAX_IMPORT_ROWS } from '@/domain/users/usersCsv'
import { USER_NAME_MAX } from '@/domain/users/userValidation'
import { BLANK_LOOKING, HIDDEN_TEXT, expectMessages, long } from './testing'

/** The tenant a file is checked against: Transports Lemoine, with one user and free Standard seats. */
const CONTEXT: UserValidationContext = {
  tenant: { domains: [{ name: 'lemoine.fr', isInitial: false, isDefault: true, verified: true }] },
  subscriptions: [
    {
      id: 'sub-std',
      tenantId: 't',
      offerId: 'standard-suite',
      seats: 25,
      assignedSeats: 1,
      state: 'active',
      startedOn: '2024-01-01',
      trialEndsOn: null,
      cancelledOn: null,
    },
  ],
  users: [{ id: 'u1', alias: 'sebastien.lemoine', domain: 'lemoine.fr', subscriptionId: 'sub-std' }],
  today: '2025-03-10',
}

const HEADER = 'firstName,lastName,alias,domain,usageLocation,licence'
/** A cell as Excel quotes it. */
const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`
/** One row with `cell` in `column`, the others valid. */
function row(column: string, cell: string, alias = 'marie.curie'): string {
  const cells: Record<string, string> = {
    firstName: 'Marie',
    lastName: 'Curie',
    alias,
    domain: 'lemoine.fr',
    usageLocation: 'FR',
    licence: 'standard-suite',
    [column]: cell,
  }
  return ['firstName', 'lastName', 'alias', 'domain', 'usageLocation', 'licence'].map(c => quoted(cells[c]!)).join(',')
}
const file = (...rows: string[]) => [HEADER, ...rows].join('\r\n')

type CsvCase = readonly [name: string, text: string, field: string, code: ValidationCode | 'inert']

export const USERS_CSV_CASES: readonly CsvCase[] = [
  ...HIDDEN_TEXT.filter(([, value]) => !value.includes('\0')).map(([name, value]): CsvCase => [
    `firstName: ${name}`,
    file(row('firstName', value)),
    'rows[0].firstName',
    'hiddenCharacters',
  ]),
  ...BLANK_LOOKING.map(([name, value]): CsvCase => [
    `lastName: ${name}`,
    file(row('lastName', value)),
    'rows[0].lastName',
    'hiddenCharacters',
  ]),
  ['a NUL anywhere', file(row('firstName', 'Ma\0rie')), 'file', 'invalidCharacters'],
  [
    `firstName: ${USER_NAME_MAX + 1} characters`,
    file(row('firstName', long(USER_NAME_MAX + 1))),
    'rows[0].firstName',
    'tooLong',
  ],
  ['firstName: 10,000 characters', file(row('firstName', long(10_000))), 'rows[0].firstName', 'tooLong'],
  ['firstName: a formula', file(row('firstName', '=HYPERLINK("http://evil")')), '', 'inert'],
  ['firstName: a script tag', file(row('firstName', '<script>alert(1)</script>')), '', 'inert'],
  ['alias: markup', file(row('alias', '<img>')), 'rows[0].alias', 'invalidCharacters'],
  ['alias: a zero-width space', file(row('alias', 'marie\u200B')), 'rows[0].alias', 'invalidCharacters'],
  ['alias: two dots', file(row('alias', 'marie..curie')), 'rows[0].alias', 'misplacedDot'],
  ['alias: taken', file(row('alias', 'sebastien.lemoine')), 'rows[0].alias', 'taken'],
  [
    'alias: twice in the file',
    file(row('alias', 'marie.curie'), row('alias', 'MARIE.CURIE')),
    'rows[1].alias',
    'duplicate',
  ],
  ['domain: markup', file(row('domain', '<img src=x>')), 'rows[0].domain', 'unknown'],
  ["domain: another tenant's", file(row('domain', 'dupre-boulangerie.fr')), 'rows[0].domain', 'unknown'],
  ['usageLocation: unknown', file(row('usageLocation', 'ZZ')), 'rows[0].usageLocation', 'unknown'],
  ['usageLocation: __proto__', file(row('usageLocation', '__proto__')), 'rows[0].usageLocation', 'unknown'],
  ['licence: unknown', file(row('licence', 'free-suite')), 'rows[0].licence', 'unknown'],
  ['licence: constructor', file(row('licence', 'constructor')), 'rows[0].licence', 'unknown'],
  [
    'an unbalanced quote',
    `${HEADER}\r\n"Marie,Curie,marie.curie,lemoine.fr,FR,`,
    'rows[0].quotes',
    'invalidCharacters',
  ],
  ['an extra column', file(`${row('firstName', 'Marie')},extra`), 'rows[0].columns', 'aboveMaximum'],
  ['no header', row('firstName', 'Marie'), 'columns', 'required'],
  ['an empty file', '', 'columns', 'required'],
  ['a header and nothing else', HEADER, 'file', 'required'],
  [
    `${MAX_IMPORT_ROWS + 1} rows`,
    file(...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => row('alias', `user${i}`))),
    'file',
    'aboveMaximum',
  ],
]

describe('hostile inputs: the users CSV import (the domain check the dialog and the backend run)', () => {
  it.each(USERS_CSV_CASES)('%s', (_name, text, field, code) => {
    const { issues, inputs } = checkUsersCsv(text, CONTEXT)
    if (code === 'inert') {
      expect(issues).toEqual([])
      // The cell is kept as text, byte for byte: the export neutralises it, the import doesn't rewrite it.
      expect(text).toContain(inputs[0]!.firstName.replaceAll('"', '""'))
      return
    }
    expect(issues.map(issue => `${issue.field}:${issue.code}`)).toContain(`${field}:${code}`)
    expectMessages(field, code)
  })
})
