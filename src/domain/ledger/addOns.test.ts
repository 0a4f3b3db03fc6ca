import type { AddOn, AddOnInput } from './addOns'
import { describe, expect, it } from 'vitest'
import {
  addOnAmount,
  addOnTotals,
  addOnTotalsBy,
  canMove,
  decimalAmount,
  endOnCancel,
  filterAddOns,
  parseUnitPrice,
  suggestedUnit,
  validateAddOnEnd,
  validateAddOnInput,
  validateTransition,
} from './addOns'

const input: AddOnInput = {
  kind: 'installation',
  description: 'Installation des postes',
  quantity: 2,
  unit: 'days',
  unitPriceMinor: 65_000,
  billing: 'oneOff',
  mailSource: null,
  quotedOn: '2025-03-01',
  startOn: '2025-03-12',
  deliveredOn: null,
  technician: 'Julien Marchand',
  notes: '',
}

function record(overrides: Partial<AddOn> = {}): AddOn {
  return {
    ...input,
    id: 's1',
    tenantId: 'tenant-dupre',
    currency: 'EUR',
    status: 'quoted',
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    ...overrides,
  }
}

describe('service status', () => {
  it('moves forward one step at a time, from quote to invoice', () => {
    expect(canMove('quoted', 'accepted')).toBe(true)
    expect(canMove('accepted', 'scheduled')).toBe(true)
    expect(canMove('scheduled', 'inProgress')).toBe(true)
    expect(canMove('inProgress', 'delivered')).toBe(true)
    expect(canMove('delivered', 'invoiced')).toBe(true)
  })

  it('may be cancelled from any state before it is invoiced, never after', () => {
    for (const from of ['quoted', 'accepted', 'scheduled', 'inProgress', 'delivered'] as const)
      expect(canMove(from, 'cancelled')).toBe(true)
    expect(canMove('invoiced', 'cancelled')).toBe(false)
    expect(canMove('cancelled', 'quoted')).toBe(false)
  })

  it('refuses a skipped or backward step with the states it was between', () => {
    expect(validateTransition('quoted', 'delivered')).toEqual([
      { field: 'status', code: 'transitionNotAllowed', params: { from: 'quoted', to: 'delivered' } },
    ])
    expect(validateTransition('delivered', 'inProgress')).toEqual([
      { field: 'status', code: 'transitionNotAllowed', params: { from: 'delivered', to: 'inProgress' } },
    ])
  })
})

describe("a contract's end", () => {
  const monthly = { billing: 'monthly', startOn: '2025-03-12' } as const

  it('ends a booked monthly contract on the day it is cancelled once it has started', () => {
    expect(endOnCancel(record({ ...monthly, status: 'inProgress' }), '2025-06-30')).toBe('2025-06-30')
    expect(endOnCancel(record({ ...monthly, status: 'accepted' }), '2025-03-12')).toBe('2025-03-12')
  })

  it('gives no end to a quote, a contract not yet started or a one-off service', () => {
    expect(endOnCancel(record({ ...monthly, status: 'quoted' }), '2025-06-30')).toBeNull()
    expect(endOnCancel(record({ ...monthly, status: 'accepted' }), '2025-03-11')).toBeNull()
    expect(endOnCancel(record({ status: 'delivered' }), '2025-06-30')).toBeNull()
  })

  it('takes a stored end only on a cancelled monthly contract, as a date not before its start', () => {
    expect(validateAddOnEnd(record({ ...monthly, status: 'cancelled', endedOn: '2025-06-30' }))).toEqual([])
    expect(validateAddOnEnd(record({ ...monthly, status: 'inProgress' }))).toEqual([])
    expect(validateAddOnEnd(record({ ...monthly, status: 'inProgress', endedOn: '2025-06-30' }))).toEqual([
      { field: 'endedOn', code: 'notEnded' },
    ])
    expect(validateAddOnEnd(record({ status: 'cancelled', endedOn: '2025-06-30' }))).toEqual([
      { field: 'endedOn', code: 'notEnded' },
    ])
    expect(validateAddOnEnd(record({ ...monthly, status: 'cancelled', endedOn: '30/06/2025' }))).toEqual([
      { field: 'endedOn', code: 'invalidDate' },
    ])
    expect(validateAddOnEnd(record({ ...monthly, status: 'cancelled', endedOn: '2025-03-01' }))).toEqual([
      { field: 'endedOn', code: 'beforeStart', params: { start: '2025-03-12' } },
    ])
  })
})

describe('validateAddOnInput', () => {
  it('accepts a complete service', () => {
    expect(validateAddOnInput(input)).toEqual([])
  })

  it('counts a monthly contract per month or per user, not in days or hours', () => {
    const contract = { ...input, kind: 'maintenance' as const, billing: 'monthly' as const }
    expect(validateAddOnInput({ ...contract, unit: 'months', quantity: 1 })).toEqual([])
    expect(validateAddOnInput({ ...contract, unit: 'users', quantity: 45 })).toEqual([])
    expect(validateAddOnInput({ ...contract, unit: 'days', quantity: 1 })).toEqual([
      { field: 'unit', code: 'monthlyUnit' },
    ])
    expect(validateAddOnInput({ ...contract, unit: 'hours', quantity: 20 })).toEqual([
      { field: 'unit', code: 'monthlyUnit' },
    ])
    // Per month is the monthly fee itself: two "months" a month would bill it twice.
    expect(validateAddOnInput({ ...contract, unit: 'months', quantity: 2 })).toEqual([
      { field: 'quantity', code: 'onePerMonth' },
    ])
    expect(validateAddOnInput({ ...input, unit: 'months' })).toEqual([{ field: 'unit', code: 'oneOffUnit' }])
    expect(validateAddOnInput({ ...input, unit: 'users', quantity: 12 })).toEqual([])
    expect(suggestedUnit('maintenance', 'monthly')).toBe('months')
    expect(suggestedUnit('installation', 'oneOff')).toBe('days')
    expect(suggestedUnit('officeProDeployment', 'monthly')).toBe('workstations')
  })

  it('names each field that is wrong', () => {
    expect(validateAddOnInput({ ...input, description: '  ', quantity: 0, unitPriceMinor: -1, quotedOn: '' })).toEqual([
      { field: 'description', code: 'required' },
      { field: 'quantity', code: 'belowMinimum', params: { min: 0 } },
      { field: 'quotedOn', code: 'required' },
      { field: 'unitPrice', code: 'belowMinimum', params: { min: 0 } },
    ])
  })

  it('keeps the description to 200 characters and the quantity to 10,000', () => {
    expect(validateAddOnInput({ ...input, description: 'é'.repeat(200) })).toEqual([])
    expect(validateAddOnInput({ ...input, description: 'é'.repeat(201), quantity: 10_001 })).toEqual([
      { field: 'description', code: 'tooLong', params: { max: 200 } },
      { field: 'quantity', code: 'aboveMaximum', params: { max: 10_000 } },
    ])
  })

  it("bounds the unit price at a million in the currency, with the currency's own decimals", () => {
    expect(validateAddOnInput({ ...input, unitPriceMinor: 100_000_000 }, 'USD')).toEqual([])
    expect(validateAddOnInput({ ...input, unitPriceMinor: 100_000_001 }, 'USD')).toEqual([
      { field: 'unitPrice', code: 'aboveMaximum', params: { max: 1_000_000 } },
    ])
    expect(validateAddOnInput({ ...input, unitPriceMinor: 1_000_000 }, 'JPY')).toEqual([])
    expect(validateAddOnInput({ ...input, unitPriceMinor: 1_000_001 }, 'JPY')).toEqual([
      { field: 'unitPrice', code: 'aboveMaximum', params: { max: 1_000_000 } },
    ])
    expect(validateAddOnInput({ ...input, unitPriceMinor: 12.5 }, 'JPY')).toEqual([
      { field: 'unitPrice', code: 'tooManyDecimals', params: { max: 0 } },
    ])
  })

  it('bills half days but not half mailboxes', () => {
    expect(validateAddOnInput({ ...input, quantity: 1.5 })).toEqual([])
    expect(validateAddOnInput({ ...input, quantity: 1.255 })).toEqual([
      { field: 'quantity', code: 'tooManyDecimals', params: { max: 2 } },
    ])
    expect(
      validateAddOnInput({ ...input, kind: 'mailMigration', unit: 'mailboxes', mailSource: 'imap4', quantity: 2.5 }),
    ).toEqual([{ field: 'quantity', code: 'notWholeNumber' }])
  })

  it('counts a migration in mailboxes from a named source, and an Office Pro deployment in workstations', () => {
    expect(validateAddOnInput({ ...input, kind: 'mailMigration', unit: 'days', mailSource: null })).toEqual([
      { field: 'unit', code: 'unitMismatch', params: { unit: 'mailboxes' } },
      { field: 'mailSource', code: 'required' },
    ])
    expect(validateAddOnInput({ ...input, kind: 'officeProDeployment', unit: 'hours' })).toEqual([
      { field: 'unit', code: 'unitMismatch', params: { unit: 'workstations' } },
    ])
    expect(
      validateAddOnInput({ ...input, kind: 'officeProDeployment', unit: 'workstations', billing: 'monthly' }),
    ).toEqual([{ field: 'billing', code: 'oneOffOnly' }])
    expect(validateAddOnInput({ ...input, kind: 'officeProDeployment', unit: 'workstations', quantity: 12 })).toEqual(
      [],
    )
  })

  it('takes ISO dates only, and no delivery before the start', () => {
    expect(validateAddOnInput({ ...input, quotedOn: '2025-02-30', startOn: '12/03/2025' })).toEqual([
      { field: 'quotedOn', code: 'invalidDate' },
      { field: 'startOn', code: 'invalidDate' },
    ])
    expect(validateAddOnInput({ ...input, deliveredOn: '2025-03-11' })).toEqual([
      { field: 'deliveredOn', code: 'beforeStart', params: { start: '2025-03-12' } },
    ])
    expect(validateAddOnInput({ ...input, deliveredOn: '2025-03-12' })).toEqual([])
  })
})

describe('parseUnitPrice', () => {
  it.each([
    ['650', 65_000],
    ['650,5', 65_050],
    ['1 200.29', 120_029],
    ['0.29', 29],
    ['0', 0],
  ])('reads %s as %d minor units', (typed, minor) => {
    expect(parseUnitPrice(typed)).toEqual({ minor })
  })

  it('takes as many decimals as the currency has', () => {
    expect(parseUnitPrice('1200', 0)).toEqual({ minor: 1200 })
    expect(parseUnitPrice('1200.5', 0)).toEqual({
      issue: { field: 'unitPrice', code: 'tooManyDecimals', params: { max: 0 } },
    })
    expect(decimalAmount(120_050, 'EUR')).toBe('1200.50')
    expect(decimalAmount(1200, 'JPY')).toBe('1200')
  })

  it('refuses a third decimal, a negative price, text and nothing', () => {
    expect(parseUnitPrice('12.345')).toEqual({
      issue: { field: 'unitPrice', code: 'tooManyDecimals', params: { max: 2 } },
    })
    expect(parseUnitPrice('-5')).toEqual({ issue: { field: 'unitPrice', code: 'belowMinimum', params: { min: 0 } } })
    expect(parseUnitPrice('douze')).toEqual({ issue: { field: 'unitPrice', code: 'notNumber' } })
    expect(parseUnitPrice(' ')).toEqual({ issue: { field: 'unitPrice', code: 'required' } })
  })
})

describe('amounts and totals', () => {
  it('multiplies quantity by unit price, rounding half a cent away from zero', () => {
    // 1.5 h × 33.33 = 49.995 → 50.00; 0.25 day × 650.10 = 162.525 → 162.53
    expect(addOnAmount({ quantity: 1.5, unitPriceMinor: 3333, currency: 'EUR' })).toEqual({
      minor: 5000,
      currency: 'EUR',
    })
    expect(addOnAmount({ quantity: 0.25, unitPriceMinor: 65_010, currency: 'EUR' })).toEqual({
      minor: 16_253,
      currency: 'EUR',
    })
  })

  const ledger = [
    record({ id: 'a', quantity: 2, unitPriceMinor: 65_000, status: 'delivered', deliveredOn: '2025-03-14' }),
    record({
      id: 'b',
      kind: 'maintenance',
      billing: 'monthly',
      quantity: 1,
      unit: 'hours',
      unitPriceMinor: 9_990,
      status: 'accepted',
      startOn: '2025-04-01',
    }),
    record({
      id: 'c',
      kind: 'training',
      quantity: 1.5,
      unit: 'hours',
      unitPriceMinor: 3_333,
      status: 'quoted',
      startOn: null,
    }),
    record({ id: 'd', quantity: 3, unitPriceMinor: 10_000, status: 'cancelled', startOn: null }),
  ]

  it('keeps one-off and monthly apart and leaves cancelled services out', () => {
    expect(addOnTotals(ledger)).toEqual([
      { currency: 'EUR', oneOff: { minor: 135_000, currency: 'EUR' }, monthly: { minor: 9_990, currency: 'EUR' } },
    ])
  })

  it('totals by status, kind and month', () => {
    const byStatus = addOnTotalsBy(ledger, 'status')
    expect([...byStatus.keys()]).toEqual(['quoted', 'accepted', 'delivered', 'cancelled'])
    expect(byStatus.get('cancelled')?.[0]?.oneOff.minor).toBe(30_000)
    expect(byStatus.get('delivered')?.[0]?.oneOff.minor).toBe(130_000)
    expect(addOnTotalsBy(ledger, 'kind').get('maintenance')?.[0]?.monthly.minor).toBe(9_990)
    const byMonth = addOnTotalsBy(ledger, 'month')
    expect([...byMonth.keys()]).toEqual(['2025-03', '2025-04'])
    expect(byMonth.get('2025-03')?.[0]?.oneOff.minor).toBe(130_000 + 5_000 + 30_000)
  })

  it('gives each currency its own line', () => {
    expect(
      addOnTotals([...ledger, record({ id: 'e', currency: 'CHF', unitPriceMinor: 100 })]).map(line => line.currency),
    ).toEqual(['CHF', 'EUR'])
  })

  it("filters by tenant, kind, status and period on the service's date", () => {
    expect(filterAddOns(ledger, { status: 'quoted' }).map(s => s.id)).toEqual(['c'])
    expect(filterAddOns(ledger, { kind: 'maintenance' }).map(s => s.id)).toEqual(['b'])
    expect(filterAddOns(ledger, { from: '2025-03-13', to: '2025-04-30' }).map(s => s.id)).toEqual(['a', 'b'])
    expect(filterAddOns(ledger, { tenantId: 'tenant-sni' })).toEqual([])
  })
})
