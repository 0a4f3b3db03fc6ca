import type { QuoteAddOnLine, QuoteInput } from './quotes'
import { TEST_QUOTE_INPUT } from './quoteTesting'
import { describe, expect, it } from 'vitest'
import {
  defaultValidUntil,
  isQuoteClosed,
  normalizeQuoteInput,
  officeProOffers,
  stopsDraft,
  validateQuoteInput,
} from './quotes'

const migration: QuoteAddOnLine = TEST_QUOTE_INPUT.services[0]!

function input(overrides: Partial<QuoteInput> = {}): QuoteInput {
  return {
    prospect: {
      companyName: 'Cabinet Morel Architectes',
      employees: 45,
      contactName: 'Claire Morel',
      contactEmail: 'claire@morel-archi.fr',
      country: 'FR',
    },
    lines: [{ offerId: 'standard-suite', seats: 45 }],
    services: [migration],
    createdOn: '2026-03-02',
    validUntil: '2026-04-01',
    status: 'draft',
    ...overrides,
  }
}

const fields = (issues: ReturnType<typeof validateQuoteInput>) => issues.map(issue => `${issue.field}:${issue.code}`)

describe('validateQuoteInput', () => {
  it('accepts a 45-employee prospect with an offer and a service', () => {
    expect(validateQuoteInput(input())).toEqual([])
  })

  it('takes the contact as optional while prospecting, but checks what is typed', () => {
    const prospect = { ...input().prospect, contactName: '', contactEmail: '' }
    expect(validateQuoteInput(input({ prospect }))).toEqual([])
    expect(fields(validateQuoteInput(input({ prospect: { ...prospect, contactEmail: 'claire@' } })))).toEqual([
      'contactEmail:invalidEmail',
    ])
    expect(fields(validateQuoteInput(input({ prospect: { ...prospect, contactName: 'x'.repeat(65) } })))).toEqual([
      'contactName:tooLong',
    ])
  })

  it('refuses the prospect field by field', () => {
    const prospect = { companyName: '  ', employees: 4.5, contactName: '', contactEmail: '', country: 'EU' }
    expect(fields(validateQuoteInput(input({ prospect })))).toEqual([
      'companyName:required',
      'employees:notWholeNumber',
      'country:unknown',
    ])
    expect(
      fields(validateQuoteInput(input({ prospect: { ...prospect, companyName: 'A', employees: 0, country: '' } }))),
    ).toEqual(['employees:belowMinimum', 'country:required'])
    expect(
      fields(
        validateQuoteInput(
          input({ prospect: { ...prospect, companyName: 'A', employees: Number.NaN, country: 'CH' } }),
        ),
      ),
    ).toEqual(['employees:required'])
    expect(
      fields(
        validateQuoteInput(input({ prospect: { ...prospect, companyName: 'A', employees: 100_001, country: 'CH' } })),
      ),
    ).toEqual(['employees:aboveMaximum'])
  })

  it('holds offers to the catalogue: at least one, each once, its minimum seats and the maximum', () => {
    expect(fields(validateQuoteInput(input({ lines: [] })))).toEqual(['offers:noOffer'])
    expect(fields(validateQuoteInput(input({ lines: [{ offerId: 'standard-suite', seats: 3 }] })))).toEqual([
      'seats.standard-suite:belowMinimum',
    ])
    expect(fields(validateQuoteInput(input({ lines: [{ offerId: 'deskless-suite', seats: 10_001 }] })))).toEqual([
      'seats.deskless-suite:aboveMaximum',
    ])
    expect(
      fields(
        validateQuoteInput(
          input({
            lines: [
              { offerId: 'live-meeting', seats: 5 },
              { offerId: 'live-meeting', seats: 6 },
            ],
          }),
        ),
      ),
    ).toEqual(['offers:duplicateOffer'])
    // A quote is for a paid subscription: no trial cap of 20 seats.
    expect(validateQuoteInput(input({ lines: [{ offerId: 'standard-suite', seats: 250 }] }))).toEqual([])
  })

  it('checks each service with the ledger’s own rule, named by its line', () => {
    const services: QuoteAddOnLine[] = [
      migration,
      { ...migration, description: '', unit: 'hours', quantity: 0, mailSource: null, unitPriceMinor: -1 },
    ]
    expect(fields(validateQuoteInput(input({ services })))).toEqual([
      'services[1].description:required',
      'services[1].quantity:belowMinimum',
      'services[1].unit:unitMismatch',
      'services[1].mailSource:required',
      'services[1].unitPrice:belowMinimum',
    ])
  })

  it("checks service prices in the quote currency's own decimals", () => {
    const services: QuoteAddOnLine[] = [{ ...migration, unitPriceMinor: 4_000.5 }]
    expect(validateQuoteInput(input({ services }), 'EUR')).toEqual([
      { field: 'services[0].unitPrice', code: 'tooManyDecimals', params: { max: 2 } },
    ])
    // 1,000,001 yen is past the ledger's bound, 1,000,001 euro cents is not.
    const expensive: QuoteAddOnLine[] = [{ ...migration, unitPriceMinor: 1_000_001 }]
    expect(fields(validateQuoteInput(input({ services: expensive }), 'JPY'))).toEqual([
      'services[0].unitPrice:aboveMaximum',
    ])
    expect(validateQuoteInput(input({ services: expensive }), 'EUR')).toEqual([])
  })

  it('needs a validity on or after the quote’s date, and a status a person may set', () => {
    expect(fields(validateQuoteInput(input({ validUntil: '2026-03-01' })))).toEqual(['validUntil:beforeStart'])
    expect(fields(validateQuoteInput(input({ createdOn: '2026-02-30', validUntil: '' })))).toEqual([
      'createdOn:invalidDate',
      'validUntil:required',
    ])
    expect(fields(validateQuoteInput(input({ status: 'converted' as never })))).toEqual(['status:unknown'])
    expect(validateQuoteInput(input({ validUntil: '2026-03-02', status: 'accepted' }))).toEqual([])
  })
})

describe('quote helpers', () => {
  it('holds a quote 30 days by default', () => {
    expect(defaultValidUntil('2026-03-02')).toBe('2026-04-01')
    expect(defaultValidUntil('2026-12-15')).toBe('2027-01-14')
  })

  it('names the offers that need Office Pro: all but the entry level', () => {
    expect(officeProOffers([{ offerId: 'deskless-suite' }])).toEqual([])
    expect(
      officeProOffers([{ offerId: 'deskless-suite' }, { offerId: 'standard-suite' }, { offerId: 'exchange-online' }]),
    ).toEqual(['standard-suite', 'exchange-online'])
  })

  it('stores text trimmed and a mail source only on a migration', () => {
    const normalized = normalizeQuoteInput(
      input({
        prospect: { ...input().prospect, companyName: '  Morel  ', contactEmail: ' claire@morel-archi.fr ' },
        services: [{ ...migration, kind: 'training', unit: 'days', description: '  Formation  ' }],
      }),
    )
    expect(normalized.prospect.companyName).toBe('Morel')
    expect(normalized.prospect.contactEmail).toBe('claire@morel-archi.fr')
    expect(normalized.services[0]).toMatchObject({ description: 'Formation', mailSource: null })
  })

  it('closes a quote once converted', () => {
    expect(isQuoteClosed({ status: 'accepted' })).toBe(false)
    expect(isQuoteClosed({ status: 'converted' })).toBe(true)
  })
})

describe('a half-built quote kept as a draft', () => {
  it('needs its company name and numbers that are numbers; what is missing otherwise can wait', () => {
    expect(stopsDraft({ field: 'companyName', code: 'required' })).toBe(true)
    expect(stopsDraft({ field: 'employees', code: 'required' })).toBe(true)
    expect(stopsDraft({ field: 'seats.standard-suite', code: 'required' })).toBe(true)
    expect(stopsDraft({ field: 'services[2].unitPrice', code: 'required' })).toBe(true)
    expect(stopsDraft({ field: 'offers', code: 'noOffer' })).toBe(false)
    expect(stopsDraft({ field: 'contactName', code: 'required' })).toBe(false)
    expect(stopsDraft({ field: 'services[0].mailSource', code: 'required' })).toBe(false)
    // Typed wrong is wrong, even in a draft.
    expect(stopsDraft({ field: 'contactEmail', code: 'invalidEmail' })).toBe(true)
  })
})
