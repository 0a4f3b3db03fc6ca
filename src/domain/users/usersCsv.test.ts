import type { Subscription } from '../tenant/tenant'
import type { UserValidationContext } from './userValidation'
import { describe, expect, it } from 'vitest'
import enUsers from '../../locales/en/users.json'
import frUsers from '../../locales/fr/users.json'
import {
  checkUsersCsv,
  decodeCsv,
  parseUsersCsv,
  USER_CSV_COLUMNS,
  USER_CSV_HEADERS,
  userCsvTemplate,
} from './usersCsv'

const today = '2025-03-10'

function subscription(
  id: string,
  offerId: Subscription['offerId'],
  seats: number,
  assignedSeats: number,
  overrides: Partial<Subscription> = {},
): Subscription {
  return {
    id,
    tenantId: 't',
    offerId,
    seats,
    assignedSeats,
    state: 'active',
    startedOn: '2024-01-01',
    trialEndsOn: null,
    cancelledOn: null,
    ...overrides,
  }
}

const context: UserValidationContext = {
  tenant: { domains: [{ name: 'lemoine.fr', isInitial: false, isDefault: true, verified: true }] },
  subscriptions: [
    subscription('sub-std', 'standard-suite', 25, 24),
    subscription('sub-dsk', 'deskless-suite', 140, 131),
    subscription('sub-lm', 'live-meeting', 10, 0, { state: 'cancelled', cancelledOn: '2025-01-01' }),
  ],
  users: [{ id: 'u1', alias: 'sebastien.lemoine', domain: 'lemoine.fr', subscriptionId: 'sub-std' }],
  today,
}

const HEADER = 'firstName,lastName,alias,domain,usageLocation,licence'

function csv(...lines: string[]): string {
  return [HEADER, ...lines].join('\r\n')
}

describe('userCsvTemplate', () => {
  it('is the header line, read back as a file with no users', () => {
    expect(userCsvTemplate()).toBe(`${HEADER}\r\n`)
    expect(checkUsersCsv(userCsvTemplate(), context).issues).toEqual([{ field: 'file', code: 'required' }])
  })
})

describe('what the screens show', () => {
  const licences = [
    ['Standard Suite', 'standard-suite'],
    ['Deskless Worker Suite', 'deskless-suite'],
    ['Aucune licence', null],
  ] as const

  it('reads headers as the user form labels them, in English or French', () => {
    for (const form of [enUsers.form, frUsers.form])
      for (const column of USER_CSV_COLUMNS) {
        const label = form[column === 'alias' ? 'alias' : column]
        expect(USER_CSV_HEADERS[column], `${column}: ${label}`).toContain(label)
      }
  })

  it('takes a French Excel file with country names and offer names', () => {
    const text = [
      'Prénom;Nom;Nom d’utilisateur;Domaine;Pays d’utilisation;Licence',
      'Anne;Roux;anne.roux;lemoine.fr;France;Standard Suite',
      'Paul;Petit;paul.petit;lemoine.fr;royaume-uni;deskless worker suite',
      'Léa;Morel;lea.morel;lemoine.fr;Allemagne;Aucune licence',
      'Jan;Vos;jan.vos;lemoine.fr;Netherlands;',
      'Zoé;Blanc;zoe.blanc;lemoine.fr;be;deskless-suite',
    ].join('\r\n')
    const checked = checkUsersCsv(text, context, { licences })
    expect(checked.issues).toEqual([])
    expect(checked.inputs.map(input => [input.usageLocation, input.subscriptionId])).toEqual([
      ['FR', 'sub-std'],
      ['GB', 'sub-dsk'],
      ['DE', null],
      ['NL', null],
      ['BE', 'sub-dsk'],
    ])
  })

  it('still refuses a country or an offer it can’t place, quoting the cell', () => {
    const checked = checkUsersCsv(csv('Anne,Roux,anne.roux,lemoine.fr,Atlantis,Premium Suite'), context, { licences })
    expect(checked.issues).toEqual([
      { field: 'rows[0].usageLocation', code: 'unknown', params: { value: 'ATLANTIS' } },
      { field: 'rows[0].licence', code: 'unknown', params: { value: 'Premium Suite' } },
    ])
  })

  it('writes a template with an example row that imports as it stands', () => {
    const template = userCsvTemplate(
      ['Prénom', 'Nom', "Nom d'utilisateur", 'Domaine', "Pays d'utilisation", 'Licence'],
      ['Camille', 'Martin', 'camille.martin', 'lemoine.fr', 'France', 'Standard Suite'],
      ';',
    )
    expect(template).toBe(
      "Prénom;Nom;Nom d'utilisateur;Domaine;Pays d'utilisation;Licence\r\nCamille;Martin;camille.martin;lemoine.fr;France;Standard Suite\r\n",
    )
    const checked = checkUsersCsv(template, context, { licences })
    expect(checked.issues).toEqual([])
    expect(checked.inputs).toHaveLength(1)
  })
})

describe('decodeCsv', () => {
  it('reads UTF-16 with its BOM, as Excel saves "Unicode text"', () => {
    const text = 'Prénom\tNom\r\nLéa\tMorel'
    const le = new Uint8Array(2 + text.length * 2)
    le.set([0xff, 0xfe])
    const be = new Uint8Array(2 + text.length * 2)
    be.set([0xfe, 0xff])
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      le[2 + i * 2] = code & 0xff
      le[3 + i * 2] = code >> 8
      be[2 + i * 2] = code >> 8
      be[3 + i * 2] = code & 0xff
    }
    expect(decodeCsv(le).replace(/^\uFEFF/, '')).toBe(text)
    expect(decodeCsv(be).replace(/^\uFEFF/, '')).toBe(text)
  })

  it('leaves UTF-16 without its BOM to be refused as a file, never as garbled rows', () => {
    const bytes = new Uint8Array([...'firstName,lastName\r\nA,B'].flatMap(c => [c.charCodeAt(0), 0]))
    expect(parseUsersCsv(decodeCsv(bytes), context.subscriptions, today).issues).toEqual([
      { field: 'file', code: 'invalidCharacters' },
    ])
  })

  it('reads UTF-8 (dropping its BOM) and falls back to the Windows code page Excel uses for plain CSV', () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0xc3, 0xa9]))).toBe('Hé')
    expect(decodeCsv(new Uint8Array([0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65]))).toBe('Hélène')
  })
})

describe('parseUsersCsv', () => {
  it("reads rows, resolving a licence's offer to the tenant's live subscription, an empty one to none", () => {
    const parsed = parseUsersCsv(
      csv('Anne,Roux,anne.roux,lemoine.fr,FR,standard-suite', 'Paul,Petit,paul.petit,lemoine.fr,FR,'),
      context.subscriptions,
      today,
    )
    expect(parsed.issues).toEqual([])
    expect(parsed.rowNumbers).toEqual([2, 3])
    expect(parsed.inputs.map(input => input.subscriptionId)).toEqual(['sub-std', null])
    expect(parsed.inputs[0]).toMatchObject({
      firstName: 'Anne',
      lastName: 'Roux',
      alias: 'anne.roux',
      domain: 'lemoine.fr',
      usageLocation: 'FR',
    })
  })

  it("reads Excel's French export: BOM, semicolons, quoted cells with the separator and a line break inside", () => {
    const text =
      '\uFEFFfirstName;lastName;alias;domain;usageLocation;licence\r\n"Marie-Hélène";"Le Goff; née Tanguy";mh.legoff;lemoine.fr;FR;deskless-suite\r\n"Jean\r\nPierre";"O""Neil";jp.oneil;lemoine.fr;IE;\r\n'
    const parsed = parseUsersCsv(text, context.subscriptions, today)
    expect(parsed.issues).toEqual([])
    expect(parsed.inputs.map(input => [input.firstName, input.lastName, input.subscriptionId])).toEqual([
      ['Marie-Hélène', 'Le Goff; née Tanguy', 'sub-dsk'],
      ['Jean\r\nPierre', 'O"Neil', null],
    ])
    expect(parsed.rowNumbers).toEqual([2, 3])
  })

  it('matches columns by name in any order and case, and numbers rows as Excel does, blank rows included', () => {
    const text =
      'Alias,Domain,FirstName,LastName,UsageLocation\n\nanne.roux,lemoine.fr,Anne,Roux,FR\n,,,,\npaul.petit,lemoine.fr,Paul,Petit,BE\n'
    const parsed = parseUsersCsv(text, context.subscriptions, today)
    expect(parsed.issues).toEqual([])
    expect(parsed.rowNumbers).toEqual([3, 5])
    expect(parsed.inputs.map(input => input.alias)).toEqual(['anne.roux', 'paul.petit'])
  })

  it('names the columns a file lacks', () => {
    expect(parseUsersCsv('prenom,nom,alias\nAnne,Roux,anne', context.subscriptions, today).issues).toEqual([
      { field: 'columns', code: 'required', params: { columns: 'domain, usageLocation' } },
    ])
  })

  it("refuses a licence for an unknown offer or one the tenant doesn't run", () => {
    const parsed = parseUsersCsv(
      csv('A,B,a,lemoine.fr,FR,premium', 'C,D,c,lemoine.fr,FR,live-meeting'),
      context.subscriptions,
      today,
    )
    expect(parsed.issues).toEqual([
      { field: 'rows[0].licence', code: 'unknown', params: { value: 'premium' } },
      { field: 'rows[1].licence', code: 'notAvailable', params: { offer: 'live-meeting' } },
    ])
  })

  it('flags a row with more cells than the header (an unquoted separator)', () => {
    expect(
      parseUsersCsv(csv('Anne,Roux,Dupont,anne.roux,lemoine.fr,FR,'), context.subscriptions, today).issues,
    ).toEqual([{ field: 'rows[0].columns', code: 'aboveMaximum', params: { max: 6 } }])
  })

  it('flags a quote opened and never closed', () => {
    const parsed = parseUsersCsv(
      csv('Anne,Roux,anne.roux,lemoine.fr,FR,', '"Paul,Petit,paul.petit,lemoine.fr,FR,'),
      context.subscriptions,
      today,
    )
    expect(parsed.issues).toEqual([{ field: 'rows[1].quotes', code: 'invalidCharacters' }])
  })
})

describe('checkUsersCsv', () => {
  it('accepts a good file whole', () => {
    expect(checkUsersCsv(csv('Anne,Roux,anne.roux,lemoine.fr,FR,standard-suite'), context).issues).toEqual([])
  })

  it('reports a malformed row by its shape only, not by what its shifted cells hold', () => {
    expect(checkUsersCsv(csv('Anne,Roux,Dupont,anne.roux,lemoine.fr,FR,'), context).issues).toEqual([
      { field: 'rows[0].columns', code: 'aboveMaximum', params: { max: 6 } },
    ])
  })

  it('reports every bad row with its reason, in row then column order', () => {
    const { issues, rowNumbers } = checkUsersCsv(
      csv(
        'Anne,Roux,anne.roux,lemoine.fr,FR,',
        ',Petit,paul petit,lemoine.fr,FR,',
        'Luc,Martin,Sebastien.Lemoine,lemoine.fr,FR,',
        'Léa,Blanc,anne.roux,lemoine.fr,FR,',
        'Hugo,Faure,hugo.faure,lemoine.com,XX,',
      ),
      context,
    )
    expect(rowNumbers).toEqual([2, 3, 4, 5, 6])
    expect(issues).toEqual([
      { field: 'rows[1].firstName', code: 'required' },
      { field: 'rows[1].alias', code: 'invalidCharacters' },
      { field: 'rows[2].alias', code: 'taken', params: { address: 'sebastien.lemoine@lemoine.fr' } },
      { field: 'rows[3].alias', code: 'duplicate', params: { address: 'anne.roux@lemoine.fr' } },
      { field: 'rows[4].domain', code: 'unknown', params: { value: 'lemoine.com' } },
      { field: 'rows[4].usageLocation', code: 'unknown', params: { value: 'XX' } },
    ])
  })

  it('counts seats across all rows: one Standard Suite licence left, two asked for', () => {
    const { issues } = checkUsersCsv(
      csv(
        'Anne,Roux,anne.roux,lemoine.fr,FR,standard-suite',
        'Paul,Petit,paul.petit,lemoine.fr,FR,deskless-suite',
        'Luc,Martin,luc.martin,lemoine.fr,FR,standard-suite',
      ),
      context,
    )
    expect(issues).toEqual([
      { field: 'rows[2].subscriptionId', code: 'noSeatsLeft', params: { left: 1, seats: 25, offer: 'standard-suite' } },
    ])
  })
})
