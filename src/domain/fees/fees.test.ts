import type { PriceList } from '../pricing/pricing'
import type { SubscriptionEvent } from '../tenant/tenant'
import type { SubscriptionHistory } from './feeHistory'
import type { FeeLine } from './fees'
import { describe, expect, it } from 'vitest'
import { money } from '../money'
import { cataloguePriceList } from '../pricing/pricing'
import { historyFromSubscription } from './feeHistory'
import {
  divideRoundingHalfAwayFromZero,
  feeLines,
  feesForPeriod,
  feeTotals,
  lapsedInstalments,
  yearOneAndTwo,
} from './fees'

const USD = cataloguePriceList()

/** A partner's euro list (prices adjusted in Settings), as in pricing.test.ts. */
const EUR: PriceList = {
  currency: 'EUR',
  prices: {
    'standard-suite': 899,
    'deskless-suite': 249,
    'exchange-online': 799,
    'sharepoint-online': 599,
    'communications-online': 199,
    'live-meeting': 399,
    'exchange-deskless': 149,
    'sharepoint-deskless': 149,
  },
}

const usd = (minor: number) => money(minor, 'USD')

function history(events: SubscriptionEvent[], extra: Partial<SubscriptionHistory> = {}): SubscriptionHistory {
  return { subscriptionId: 'sub-1', tenantId: 'tenant-1', offerId: 'standard-suite', events, ...extra }
}

/** The interview's client: 45 seats of Standard Suite at $10.00 a month, $5,400 a year. */
const worked = (on = '2026-01-01') => history([{ on, kind: 'sold', seats: 45 }])

const FOREVER = ['2000-01-01', '2100-01-01'] as const

const brief = (lines: FeeLine[]) => lines.map(line => [line.earnedOn, line.kind, line.seats, line.amount.minor])

describe('the worked example: 45 seats × $10.00 = $5,400 a year', () => {
  it('earns $972 in year one (18 %) = sale $648 (4 × $162) + recurring $324 (12 × $27), and $324 in year two (6 %)', () => {
    const years = yearOneAndTwo(worked(), USD)!
    expect(years.soldOn).toBe('2026-01-01')
    expect(years.yearOne).toEqual({
      from: '2026-01-01',
      to: '2027-01-01',
      sale: usd(64_800),
      recurring: usd(32_400),
      total: usd(97_200),
    })
    expect(years.yearTwo).toEqual({
      from: '2027-01-01',
      to: '2028-01-01',
      sale: usd(0),
      recurring: usd(32_400),
      total: usd(32_400),
    })
    // 18 % and 6 % of the $5,400 first-year value, exactly
    expect(years.yearOne.total.minor).toBe((540_000 * 18) / 100)
    expect(years.yearTwo.total.minor).toBe((540_000 * 6) / 100)
  })

  it('pays the sale fee on the sale date, then every three months', () => {
    const sale = feeLines(worked(), USD, ...FOREVER).filter(line => line.kind === 'sale')
    expect(
      sale.map(line => [line.earnedOn, line.instalment, line.base.minor, line.rateBasisPoints, line.amount.minor]),
    ).toEqual([
      ['2026-01-01', 1, 540_000, 300, 16_200],
      ['2026-04-01', 2, 540_000, 300, 16_200],
      ['2026-07-01', 3, 540_000, 300, 16_200],
      ['2026-10-01', 4, 540_000, 300, 16_200],
    ])
  })

  it('earns 6 % of each month’s $450 billing, on the month’s first day, with no end', () => {
    const lines = feeLines(worked(), USD, '2035-01-01', '2035-04-01')
    expect(
      lines.map(line => [
        line.earnedOn,
        line.kind,
        line.kind === 'recurring' && line.month,
        line.base.minor,
        line.amount.minor,
      ]),
    ).toEqual([
      ['2035-01-01', 'recurring', '2035-01', 45_000, 2_700],
      ['2035-02-01', 'recurring', '2035-02', 45_000, 2_700],
      ['2035-03-01', 'recurring', '2035-03', 45_000, 2_700],
    ])
  })

  it('gives the same years for a sale mid-month: billing starts on the next month’s first day', () => {
    const years = yearOneAndTwo(worked('2026-01-15'), USD)!
    expect(years.yearOne).toMatchObject({
      from: '2026-01-15',
      to: '2027-01-15',
      sale: usd(64_800),
      recurring: usd(32_400),
      total: usd(97_200),
    })
    expect(years.yearTwo).toMatchObject({ sale: usd(0), recurring: usd(32_400), total: usd(32_400) })
    const lines = feeLines(worked('2026-01-15'), USD, '2026-01-01', '2026-03-01')
    expect(brief(lines)).toEqual([
      ['2026-01-15', 'sale', 45, 16_200],
      ['2026-02-01', 'recurring', 45, 2_700],
    ])
  })

  it('adds up by calendar year too', () => {
    expect(feesForPeriod([worked()], USD, '2026-01-01', '2027-01-01')).toEqual({
      sale: usd(64_800),
      recurring: usd(32_400),
      total: usd(97_200),
    })
    expect(feesForPeriod([worked()], USD, '2027-01-01', '2028-01-01')).toEqual({
      sale: usd(0),
      recurring: usd(32_400),
      total: usd(32_400),
    })
  })

  it('reads periods as `from` included, `to` excluded', () => {
    expect(brief(feeLines(worked(), USD, '2026-04-01', '2026-05-01'))).toEqual([
      ['2026-04-01', 'sale', 45, 16_200],
      ['2026-04-01', 'recurring', 45, 2_700],
    ])
    expect(feeLines(worked(), USD, '2026-03-02', '2026-04-01')).toEqual([])
    expect(feeLines(worked(), USD, '2026-05-01', '2026-04-01')).toEqual([])
    expect(feeLines(worked(), USD, '2020-01-01', '2026-01-01')).toEqual([])
  })
})

describe('seat changes', () => {
  const changed = history([
    { on: '2026-01-01', kind: 'sold', seats: 45 },
    { on: '2026-05-20', kind: 'seatsChanged', seats: 55 },
    { on: '2026-09-10', kind: 'seatsChanged', seats: 40 },
  ])

  it('sells added seats anew: their own 12 % in four instalments from the day they are added', () => {
    const added = feeLines(changed, USD, ...FOREVER).filter(
      line => line.kind === 'sale' && line.soldOn === '2026-05-20',
    )
    expect(added.map(line => [line.earnedOn, line.seats, line.base.minor, line.amount.minor])).toEqual([
      ['2026-05-20', 10, 120_000, 3_600],
      ['2026-08-20', 10, 120_000, 3_600],
      ['2026-11-20', 10, 120_000, 3_600],
      ['2027-02-20', 10, 120_000, 3_600],
    ])
  })

  it('bills the new seat total from the next month’s first day, up or down; removing seats keeps the instalments', () => {
    const recurring = feeLines(changed, USD, '2026-01-01', '2027-01-01').filter(line => line.kind === 'recurring')
    expect(recurring.map(line => [line.month, line.seats, line.amount.minor])).toEqual([
      ['2026-01', 45, 2_700],
      ['2026-02', 45, 2_700],
      ['2026-03', 45, 2_700],
      ['2026-04', 45, 2_700],
      ['2026-05', 45, 2_700], // 55 seats from 20 May: still 45 on 1 May
      ['2026-06', 55, 3_300],
      ['2026-07', 55, 3_300],
      ['2026-08', 55, 3_300],
      ['2026-09', 55, 3_300], // 40 seats from 10 September: still 55 on 1 September
      ['2026-10', 40, 2_400],
      ['2026-11', 40, 2_400],
      ['2026-12', 40, 2_400],
    ])
    expect(feesForPeriod([changed], USD, '2026-01-01', '2027-01-01')).toEqual({
      sale: usd(4 * 16_200 + 3 * 3_600),
      recurring: usd(5 * 2_700 + 4 * 3_300 + 3 * 2_400),
      total: usd(75_600 + 33_900),
    })
    expect(lapsedInstalments(changed, USD)).toEqual([])
  })

  it('applies a change made on a month’s first day to that month', () => {
    const onTheFirst = history([
      { on: '2026-01-01', kind: 'sold', seats: 45 },
      { on: '2026-03-01', kind: 'seatsChanged', seats: 30 },
    ])
    const lines = feeLines(onTheFirst, USD, '2026-02-01', '2026-04-01').filter(line => line.kind === 'recurring')
    expect(lines.map(line => [line.month, line.seats, line.amount.minor])).toEqual([
      ['2026-02', 45, 2_700],
      ['2026-03', 30, 1_800],
    ])
  })

  it('does not sell the seats already held again when the total stays the same', () => {
    const same = history([
      { on: '2026-01-01', kind: 'sold', seats: 45 },
      { on: '2026-02-10', kind: 'seatsChanged', seats: 45 },
    ])
    expect(feesForPeriod([same], USD, '2026-01-01', '2027-01-01')).toEqual(
      feesForPeriod([worked()], USD, '2026-01-01', '2027-01-01'),
    )
  })
})

describe('cancellation', () => {
  const cancelled = history([
    { on: '2026-01-01', kind: 'sold', seats: 45 },
    { on: '2026-05-10', kind: 'cancelled' },
  ])

  it('lapses the instalments not yet due and stops the recurring fee after the month in progress', () => {
    expect(brief(feeLines(cancelled, USD, ...FOREVER))).toEqual([
      ['2026-01-01', 'sale', 45, 16_200],
      ['2026-01-01', 'recurring', 45, 2_700],
      ['2026-02-01', 'recurring', 45, 2_700],
      ['2026-03-01', 'recurring', 45, 2_700],
      ['2026-04-01', 'sale', 45, 16_200],
      ['2026-04-01', 'recurring', 45, 2_700],
      ['2026-05-01', 'recurring', 45, 2_700],
    ])
    expect(lapsedInstalments(cancelled, USD).map(line => [line.earnedOn, line.instalment, line.amount.minor])).toEqual([
      ['2026-07-01', 3, 16_200],
      ['2026-10-01', 4, 16_200],
    ])
    expect(yearOneAndTwo(cancelled, USD)).toMatchObject({
      yearOne: { sale: usd(32_400), recurring: usd(13_500), total: usd(45_900) },
      yearTwo: { sale: usd(0), recurring: usd(0), total: usd(0) },
    })
  })

  it('earns nothing that falls due on the cancellation date itself', () => {
    const onDueDate = history([
      { on: '2026-01-01', kind: 'sold', seats: 45 },
      { on: '2026-07-01', kind: 'cancelled' },
    ])
    const lines = feeLines(onDueDate, USD, '2026-06-01', '2027-01-01')
    expect(brief(lines)).toEqual([['2026-06-01', 'recurring', 45, 2_700]])
    expect(lapsedInstalments(onDueDate, USD).map(line => line.earnedOn)).toEqual(['2026-07-01', '2026-10-01'])

    const dayBefore = history([
      { on: '2026-01-01', kind: 'sold', seats: 45 },
      { on: '2026-06-30', kind: 'cancelled' },
    ])
    expect(brief(feeLines(dayBefore, USD, '2026-06-01', '2027-01-01'))).toEqual([
      ['2026-06-01', 'recurring', 45, 2_700],
    ])
  })

  it('lapses the instalments of seats added before the cancellation too', () => {
    const grown = history([
      { on: '2026-01-01', kind: 'sold', seats: 45 },
      { on: '2026-02-15', kind: 'seatsChanged', seats: 50 },
      { on: '2026-06-01', kind: 'cancelled' },
    ])
    expect(lapsedInstalments(grown, USD).map(line => [line.soldOn, line.earnedOn, line.amount.minor])).toEqual([
      ['2026-01-01', '2026-07-01', 16_200],
      ['2026-01-01', '2026-10-01', 16_200],
      ['2026-02-15', '2026-08-15', 1_800],
      ['2026-02-15', '2026-11-15', 1_800],
    ])
    expect(feesForPeriod([grown], USD, ...FOREVER)).toEqual({
      sale: usd(2 * 16_200 + 2 * 1_800),
      recurring: usd(2 * 2_700 + 3 * 3_000),
      total: usd(36_000 + 14_400),
    })
  })
})

describe('trials', () => {
  const trial = {
    id: 'sub-trial',
    tenantId: 'tenant-1',
    offerId: 'standard-suite' as const,
    seats: 20,
    assignedSeats: 3,
    state: 'trial' as const,
    startedOn: '2026-02-10',
    trialEndsOn: '2026-03-11',
    cancelledOn: null,
  }

  it('earn nothing while they run', () => {
    const running = historyFromSubscription(trial)
    expect(running.events).toEqual([])
    expect(feeLines(running, USD, ...FOREVER)).toEqual([])
    expect(yearOneAndTwo(running, USD)).toBeNull()
  })

  it('are sold on their conversion date: nothing before, the first instalment that day, billing from the next first of a month', () => {
    const converted = history([{ on: '2026-03-05', kind: 'sold', seats: 20 }], { subscriptionId: 'sub-trial' })
    expect(feeLines(converted, USD, '2026-01-01', '2026-03-05')).toEqual([])
    expect(brief(feeLines(converted, USD, '2026-01-01', '2026-05-01'))).toEqual([
      ['2026-03-05', 'sale', 20, 7_200], // 3 % of 20 × $10 × 12 = $2,400
      ['2026-04-01', 'recurring', 20, 1_200], // 6 % of $200
    ])
    expect(yearOneAndTwo(converted, USD)).toMatchObject({
      soldOn: '2026-03-05',
      yearOne: { total: usd((240_000 * 18) / 100) },
    })
  })
})

describe('a year boundary', () => {
  // Sold on 30 November: instalments on 30 Nov, 28 Feb (2027 is no leap year), 30 May, 30 Aug.
  const late = worked('2026-11-30')

  it('spreads the instalments over both years, on the sale day or the month’s last day', () => {
    expect(
      feeLines(late, USD, ...FOREVER)
        .filter(line => line.kind === 'sale')
        .map(line => line.earnedOn),
    ).toEqual(['2026-11-30', '2027-02-28', '2027-05-30', '2027-08-30'])
  })

  it('counts one instalment and December in 2026, the rest in 2027', () => {
    expect(brief(feeLines(late, USD, '2026-01-01', '2027-01-01'))).toEqual([
      ['2026-11-30', 'sale', 45, 16_200],
      ['2026-12-01', 'recurring', 45, 2_700],
    ])
    expect(feesForPeriod([late], USD, '2026-01-01', '2027-01-01')).toEqual({
      sale: usd(16_200),
      recurring: usd(2_700),
      total: usd(18_900),
    })
    expect(feesForPeriod([late], USD, '2027-01-01', '2028-01-01')).toEqual({
      sale: usd(48_600),
      recurring: usd(32_400),
      total: usd(81_000),
    })
  })

  it('still gives 18 % for the contract year that straddles the boundary', () => {
    expect(yearOneAndTwo(late, USD)).toMatchObject({
      yearOne: { from: '2026-11-30', to: '2027-11-30', total: usd(97_200) },
      yearTwo: { from: '2027-11-30', to: '2028-11-30', total: usd(32_400) },
    })
  })
})

describe('rounding', () => {
  it('rounds halves away from zero, exactly', () => {
    expect(divideRoundingHalfAwayFromZero(21_750, 100)).toBe(218)
    expect(divideRoundingHalfAwayFromZero(21_749, 100)).toBe(217)
    expect(divideRoundingHalfAwayFromZero(-21_750, 100)).toBe(-218)
    expect(divideRoundingHalfAwayFromZero(5, 2)).toBe(3)
    expect(divideRoundingHalfAwayFromZero(-1, 4)).toBe(0)
    expect(Object.is(divideRoundingHalfAwayFromZero(-1, 4), -0)).toBe(false)
    expect(divideRoundingHalfAwayFromZero(1_998_000, 40_000)).toBe(50) // 49.95
    expect(() => divideRoundingHalfAwayFromZero(1.5, 2)).toThrow(RangeError)
  })

  it('rounds each line once: 6 % of 5 × $7.25 = $2.175 → $2.18 a month, $6.54 a quarter (not $6.53)', () => {
    const sharePoint = history([{ on: '2026-01-01', kind: 'sold', seats: 5 }], { offerId: 'sharepoint-online' })
    const recurring = feeLines(sharePoint, USD, '2026-01-01', '2026-04-01').filter(line => line.kind === 'recurring')
    expect(recurring.map(line => [line.base.minor, line.amount.minor])).toEqual([
      [3_625, 218],
      [3_625, 218],
      [3_625, 218],
    ])
    expect(feeTotals(recurring, 'USD').recurring).toEqual(usd(654))
  })

  it('rounds each instalment once: 3 % of 5 × $3.33 × 12 = $5.994 → $5.99, four of them $23.96 (not 12 % = $23.98)', () => {
    const cheap: PriceList = { ...USD, prices: { ...USD.prices, 'standard-suite': 333 } }
    const sale = feeLines(history([{ on: '2026-01-01', kind: 'sold', seats: 5 }]), cheap, ...FOREVER).filter(
      line => line.kind === 'sale',
    )
    expect(sale.map(line => [line.base.minor, line.amount.minor])).toEqual([
      [19_980, 599],
      [19_980, 599],
      [19_980, 599],
      [19_980, 599],
    ])
    expect(feeTotals(sale, 'USD').sale).toEqual(usd(2_396))
  })
})

describe('a euro price list', () => {
  it('prices everything in euros: 45 × €8.99 = €404.55 a month → instalments €145.64, months €24.27', () => {
    const lines = feeLines(worked(), EUR, '2026-01-01', '2027-01-01')
    expect(lines.every(line => line.amount.currency === 'EUR' && line.base.currency === 'EUR')).toBe(true)
    expect(lines.filter(line => line.kind === 'sale').map(line => line.amount.minor)).toEqual([
      14_564, 14_564, 14_564, 14_564,
    ]) // 145.638
    expect(lines.filter(line => line.kind === 'recurring').map(line => line.amount.minor)).toEqual(
      Array(12).fill(2_427),
    ) // 24.273
    expect(yearOneAndTwo(worked(), EUR)).toMatchObject({
      yearOne: { sale: money(58_256, 'EUR'), recurring: money(29_124, 'EUR'), total: money(87_380, 'EUR') },
      yearTwo: { sale: money(0, 'EUR'), recurring: money(29_124, 'EUR'), total: money(29_124, 'EUR') },
    })
  })

  it('refuses an offer the list has no price for', () => {
    const partial: PriceList = { currency: 'EUR', prices: { 'standard-suite': 899 } as PriceList['prices'] }
    expect(() =>
      feeLines(
        history([{ on: '2026-01-01', kind: 'sold', seats: 5 }], { offerId: 'live-meeting' }),
        partial,
        ...FOREVER,
      ),
    ).toThrow(/no price for live-meeting/)
  })
})

describe('lines', () => {
  it('have ids unique across sales made on the same day', () => {
    const twice = history([
      { on: '2026-01-01', kind: 'sold', seats: 45 },
      { on: '2026-03-03', kind: 'seatsChanged', seats: 50 },
      { on: '2026-03-03', kind: 'seatsChanged', seats: 55 },
    ])
    const lines = feeLines(twice, USD, '2026-01-01', '2030-01-01')
    expect(new Set(lines.map(line => line.id)).size).toBe(lines.length)
    expect(lines.filter(line => line.kind === 'sale' && line.soldOn === '2026-03-03')).toHaveLength(8)
  })

  it('refuse a period that is not two calendar dates', () => {
    expect(() => feeLines(worked(), USD, '2026-01-01', '2026-13-01')).toThrow(RangeError)
  })
})
