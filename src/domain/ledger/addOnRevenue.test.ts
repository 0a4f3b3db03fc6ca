import type { AddOn } from './addOns'
import { describe, expect, it } from 'vitest'
import { quarterRange } from '../fees/feeCalendar'
import { addOnRevenueByQuarter, addOnsInPeriod, bookedInOtherCurrencies } from './addOnRevenue'

function service(id: string, overrides: Partial<AddOn>): AddOn {
  return {
    id,
    tenantId: 'tenant-a',
    kind: 'installation',
    description: id,
    quantity: 1,
    unit: 'days',
    unitPriceMinor: 10_000,
    billing: 'oneOff',
    mailSource: null,
    quotedOn: '2026-01-10',
    startOn: null,
    deliveredOn: null,
    technician: '',
    notes: '',
    currency: 'EUR',
    status: 'accepted',
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  }
}

const ledger: AddOn[] = [
  // 2 days × €650.00, scheduled in April: Q2.
  service('install', { quantity: 2, unitPriceMinor: 65_000, startOn: '2026-04-15' }),
  // 1.5 days × €600.00 delivered on the last day of Q1.
  service('delivered', {
    quantity: 1.5,
    unitPriceMinor: 60_000,
    startOn: '2026-03-30',
    deliveredOn: '2026-03-31',
    status: 'invoiced',
  }),
  // €120.00 a month from mid-February: two months of Q1, then three a quarter.
  service('maintenance', {
    kind: 'maintenance',
    unit: 'months',
    unitPriceMinor: 12_000,
    billing: 'monthly',
    startOn: '2026-02-15',
    status: 'inProgress',
  }),
  // Half a day × €450.01 = €225.005, rounded half away from zero: €225.01.
  service('half-day', {
    quantity: 0.5,
    unitPriceMinor: 45_001,
    quotedOn: '2025-10-01',
    deliveredOn: '2025-11-03',
    status: 'delivered',
  }),
  // Not business (yet, or any more): a quote and a cancelled contract.
  service('quote', { unitPriceMinor: 99_900, startOn: '2026-05-02', status: 'quoted' }),
  service('cancelled', { billing: 'monthly', unitPriceMinor: 77_700, startOn: '2025-12-01', status: 'cancelled' }),
  // Recorded in dollars before the partner moved to euros: never added to euros.
  service('dollars', { unitPriceMinor: 50_000, quotedOn: '2026-02-01', currency: 'USD' }),
]

describe('addOnRevenueByQuarter', () => {
  it('puts a one-off service in its ledger date’s quarter and a monthly one in every month it runs, to the cent', () => {
    const quarters = addOnRevenueByQuarter(ledger, 'EUR', quarterRange({ year: 2025, quarter: 4 }, 4))
    expect(
      quarters.map(q => [q.quarter.year, q.quarter.quarter, q.oneOff.minor, q.monthly.minor, q.total.minor]),
    ).toEqual([
      [2025, 4, 22_501, 0, 22_501],
      [2026, 1, 90_000, 2 * 12_000, 114_000],
      [2026, 2, 130_000, 3 * 12_000, 166_000],
      [2026, 3, 0, 3 * 12_000, 36_000],
    ])
    expect(quarters.every(q => q.total.currency === 'EUR')).toBe(true)
  })

  it('counts a monthly service from its first month even when it starts on the quarter’s last day', () => {
    const lastDay = service('late', { billing: 'monthly', unitPriceMinor: 5_000, startOn: '2026-06-30' })
    const [q2, q3] = addOnRevenueByQuarter([lastDay], 'EUR', quarterRange({ year: 2026, quarter: 2 }, 2))
    expect([q2!.monthly.minor, q3!.monthly.minor]).toEqual([5_000, 15_000])
  })

  it('counts a contract cancelled once running up to the month it ended, and never one cancelled before it ran', () => {
    // €120.00 a month from 15 February, ended on 10 May: Feb and Mar in Q1, Apr and May in Q2, nothing after.
    const ended = service('ended', {
      billing: 'monthly',
      unitPriceMinor: 12_000,
      startOn: '2026-02-15',
      status: 'cancelled',
      endedOn: '2026-05-10',
    })
    const neverRan = service('never', {
      billing: 'monthly',
      unitPriceMinor: 99_900,
      startOn: '2026-02-15',
      status: 'cancelled',
      endedOn: null,
    })
    const quarters = addOnRevenueByQuarter([ended, neverRan], 'EUR', quarterRange({ year: 2026, quarter: 1 }, 3))
    expect(quarters.map(q => q.monthly.minor)).toEqual([24_000, 24_000, 0])
  })

  it('counts a contract per user and month as users × price for each month, to the cent', () => {
    // 45 users × €2.55 = €114.75 a month from 1 February: two months of Q1, three of Q2.
    const perUser = service('per-user', {
      kind: 'maintenance',
      billing: 'monthly',
      unit: 'users',
      quantity: 45,
      unitPriceMinor: 255,
      startOn: '2026-02-01',
    })
    const [q1, q2] = addOnRevenueByQuarter([perUser], 'EUR', quarterRange({ year: 2026, quarter: 1 }, 2))
    expect([q1!.monthly.minor, q2!.monthly.minor]).toEqual([22_950, 34_425])
    expect(q2!.oneOff.minor).toBe(0)
  })

  it('falls back on the quote date for a monthly service with no start yet', () => {
    const unscheduled = service('unscheduled', { billing: 'monthly', unitPriceMinor: 1_000, quotedOn: '2026-03-05' })
    const [q1] = addOnRevenueByQuarter([unscheduled], 'EUR', [{ year: 2026, quarter: 1 }])
    expect(q1!.monthly.minor).toBe(1_000)
  })

  it('adds up only the price list’s currency, and says how many booked services it left out', () => {
    const [q1] = addOnRevenueByQuarter(ledger, 'USD', [{ year: 2026, quarter: 1 }])
    expect(q1!.total).toEqual({ minor: 50_000, currency: 'USD' })
    expect(bookedInOtherCurrencies(ledger, 'EUR')).toBe(1)
    expect(bookedInOtherCurrencies(ledger, 'USD')).toBe(4)
  })
})

describe('addOnsInPeriod', () => {
  it('totals booked (accepted to invoiced) and delivered services dated in the period, one-off and monthly apart, per currency', () => {
    const year = addOnsInPeriod(ledger, '2026-01-01', '2026-12-31')
    expect(year.booked).toEqual([
      {
        currency: 'EUR',
        oneOff: { minor: 130_000 + 90_000, currency: 'EUR' },
        monthly: { minor: 12_000, currency: 'EUR' },
      },
      { currency: 'USD', oneOff: { minor: 50_000, currency: 'USD' }, monthly: { minor: 0, currency: 'USD' } },
    ])
    expect(year.delivered).toEqual([
      { currency: 'EUR', oneOff: { minor: 90_000, currency: 'EUR' }, monthly: { minor: 0, currency: 'EUR' } },
    ])
  })

  it('includes both ends of the period, as the Services page’s filter does', () => {
    const q4 = addOnsInPeriod(ledger, '2025-11-03', '2025-11-03')
    expect(q4.delivered.map(line => line.oneOff.minor)).toEqual([22_501])
    expect(addOnsInPeriod(ledger, '2025-11-04', '2025-12-31').delivered).toEqual([])
  })
})
