import type { PriceList } from '../pricing/pricing'
import type { SubscriptionHistory } from './feeHistory'
import { describe, expect, it } from 'vitest'
import { money } from '../money'
import { cataloguePriceList } from '../pricing/pricing'
import { quarterKey } from './feeCalendar'
import { feeDashboard, feesByQuarter, nextStatementQuarter, nextStatements, quarterlyStatements } from './feeStatements'
import { feesForPeriod } from './fees'

const USD = cataloguePriceList()
const usd = (minor: number) => money(minor, 'USD')

const worked: SubscriptionHistory = {
  subscriptionId: 'sub-a1',
  tenantId: 'tenant-a',
  offerId: 'standard-suite',
  events: [{ on: '2026-01-15', kind: 'sold', seats: 45 }],
}
const sharePoint: SubscriptionHistory = {
  subscriptionId: 'sub-a2',
  tenantId: 'tenant-a',
  offerId: 'sharepoint-online',
  events: [{ on: '2026-02-01', kind: 'sold', seats: 5 }],
}
const deskless: SubscriptionHistory = {
  subscriptionId: 'sub-b1',
  tenantId: 'tenant-b',
  offerId: 'deskless-suite',
  events: [
    { on: '2026-03-20', kind: 'sold', seats: 10 },
    { on: '2026-08-05', kind: 'cancelled' },
  ],
}
const trial: SubscriptionHistory = {
  subscriptionId: 'sub-c1',
  tenantId: 'tenant-c',
  offerId: 'standard-suite',
  events: [],
}
const partner = [deskless, trial, sharePoint, worked]

describe('quarterlyStatements', () => {
  it('gives one statement per tenant and fee type, dated 14 days after the quarter, lines in date order', () => {
    const statements = quarterlyStatements(partner, USD, { year: 2026, quarter: 1 }, { year: 2026, quarter: 1 })
    expect(statements.map(s => [s.id, s.issuedOn, s.periodStart, s.periodEnd, s.total.minor])).toEqual([
      ['2026-Q1:tenant-a:sale', '2026-04-14', '2026-01-01', '2026-03-31', 16_200 + 1_305],
      ['2026-Q1:tenant-a:recurring', '2026-04-14', '2026-01-01', '2026-03-31', 2 * 2_700 + 2 * 218],
      // tenant-b's first billed month is April; tenant-c is on trial
      ['2026-Q1:tenant-b:sale', '2026-04-14', '2026-01-01', '2026-03-31', 1_080],
    ])
    expect(statements[1]!.lines.map(line => [line.earnedOn, line.subscriptionId, line.amount.minor])).toEqual([
      ['2026-02-01', 'sub-a1', 2_700],
      ['2026-02-01', 'sub-a2', 218],
      ['2026-03-01', 'sub-a1', 2_700],
      ['2026-03-01', 'sub-a2', 218],
    ])
  })

  it('totals each statement from its rounded lines: $2.175 a month is $2.18, $6.54 a quarter', () => {
    const [statement] = quarterlyStatements(
      [sharePoint],
      USD,
      { year: 2026, quarter: 2 },
      { year: 2026, quarter: 2 },
    ).filter(s => s.kind === 'recurring')
    expect(statement!.lines.map(line => line.amount.minor)).toEqual([218, 218, 218])
    expect(statement!.total).toEqual(usd(654))
  })

  it('dates Q4’s statements 14 January of the next year, and leaves out a cancelled tenant', () => {
    const statements = quarterlyStatements(partner, USD, { year: 2026, quarter: 4 }, { year: 2026, quarter: 4 })
    expect(statements.map(s => [s.id, s.issuedOn, s.total.minor])).toEqual([
      ['2026-Q4:tenant-a:sale', '2027-01-14', 16_200 + 1_305], // 15 October and 1 November
      ['2026-Q4:tenant-a:recurring', '2027-01-14', 3 * 2_700 + 3 * 218],
    ])
  })

  it('covers several quarters in order, and adds up to the fees of the period', () => {
    const statements = quarterlyStatements(partner, USD, { year: 2026, quarter: 1 }, { year: 2026, quarter: 4 })
    expect([...new Set(statements.map(s => quarterKey(s.quarter)))]).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ])
    const total = statements.reduce((sum, s) => sum + s.total.minor, 0)
    expect(total).toBe(feesForPeriod(partner, USD, '2026-01-01', '2027-01-01').total.minor)
    expect(quarterlyStatements(partner, USD, { year: 2026, quarter: 4 }, { year: 2026, quarter: 1 })).toEqual([])
  })

  it('follows the price list’s currency', () => {
    const eur: PriceList = { currency: 'EUR', prices: { ...USD.prices, 'standard-suite': 899 } }
    const statements = quarterlyStatements([worked], eur, { year: 2026, quarter: 1 }, { year: 2026, quarter: 1 })
    expect(statements.map(s => s.total)).toEqual([money(14_564, 'EUR'), money(2 * 2_427, 'EUR')])
  })
})

describe('feesByQuarter', () => {
  it('stacks the worked example: $162 + $81 a quarter in year one, $81 after', () => {
    const bars = feesByQuarter([worked], USD, { year: 2026, quarter: 1 }, 6)
    expect(
      bars.map(bar => [quarterKey(bar.quarter), bar.issuedOn, bar.sale.minor, bar.recurring.minor, bar.total.minor]),
    ).toEqual([
      ['2026-Q1', '2026-04-14', 16_200, 2 * 2_700, 21_600], // sold 15 January: billed from February
      ['2026-Q2', '2026-07-14', 16_200, 8_100, 24_300],
      ['2026-Q3', '2026-10-14', 16_200, 8_100, 24_300],
      ['2026-Q4', '2027-01-14', 16_200, 8_100, 24_300],
      ['2027-Q1', '2027-04-14', 0, 8_100, 8_100],
      ['2027-Q2', '2027-07-14', 0, 8_100, 8_100],
    ])
    expect(feesByQuarter([worked], USD, { year: 2026, quarter: 1 }, 0)).toEqual([])
  })
})

describe('next statements', () => {
  it.each([
    ['2026-04-14', '2026-Q1'], // Q1's statements come out that day
    ['2026-04-15', '2026-Q2'],
    ['2026-03-31', '2026-Q1'],
    ['2026-01-14', '2025-Q4'],
    ['2026-01-15', '2026-Q1'],
    ['2026-12-31', '2026-Q4'],
  ])('on %s are those of %s', (today, quarter) => {
    expect(quarterKey(nextStatementQuarter(today))).toBe(quarter)
  })

  it('hold every tenant’s statements for that quarter and their totals', () => {
    const next = nextStatements(partner, USD, '2026-04-02')
    expect(quarterKey(next.quarter)).toBe('2026-Q1')
    expect(next.issuedOn).toBe('2026-04-14')
    expect(next.statements).toHaveLength(3)
    expect(next).toMatchObject({
      sale: usd(16_200 + 1_305 + 1_080),
      recurring: usd(2 * 2_700 + 2 * 218),
      total: usd(18_585 + 5_836),
    })
  })
})

describe('feeDashboard', () => {
  const dashboard = feeDashboard(partner, USD, '2026-04-05')

  it('shows this quarter, this year and the next statements', () => {
    expect(dashboard.currency).toBe('USD')
    expect(quarterKey(dashboard.thisQuarter.quarter)).toBe('2026-Q2')
    expect(dashboard.thisQuarter).toMatchObject(feesForPeriod(partner, USD, '2026-04-01', '2026-07-01'))
    expect(dashboard.thisYear).toEqual({ year: 2026, ...feesForPeriod(partner, USD, '2026-01-01', '2027-01-01') })
    expect(dashboard.nextStatements).toEqual(nextStatements(partner, USD, '2026-04-05'))
  })

  it('charts the four quarters before this one, this one, and the four after', () => {
    expect(dashboard.byQuarter.map(bar => [quarterKey(bar.quarter), bar.position])).toEqual([
      ['2025-Q2', 'past'],
      ['2025-Q3', 'past'],
      ['2025-Q4', 'past'],
      ['2026-Q1', 'past'],
      ['2026-Q2', 'current'],
      ['2026-Q3', 'future'],
      ['2026-Q4', 'future'],
      ['2027-Q1', 'future'],
      ['2027-Q2', 'future'],
    ])
    expect(dashboard.byQuarter.map(bar => bar.total.minor)).toEqual(
      feesByQuarter(partner, USD, { year: 2025, quarter: 2 }, 9).map(bar => bar.total.minor),
    )
    expect(dashboard.byQuarter.slice(0, 3).every(bar => bar.total.minor === 0)).toBe(true)
  })

  it('finds last quarter’s statements in early January', () => {
    const january = feeDashboard(partner, USD, '2027-01-10')
    expect(quarterKey(january.nextStatements.quarter)).toBe('2026-Q4')
    expect(january.nextStatements.issuedOn).toBe('2027-01-14')
    expect(january.nextStatements.total).toEqual(feesForPeriod(partner, USD, '2026-10-01', '2027-01-01').total)
    expect(january.thisYear.year).toBe(2027)
  })

  it('shows zeros in the list’s currency when nothing is sold yet', () => {
    const eur: PriceList = { currency: 'EUR', prices: USD.prices }
    const empty = feeDashboard([trial], eur, '2026-04-05')
    expect(empty.thisYear).toEqual({
      year: 2026,
      sale: money(0, 'EUR'),
      recurring: money(0, 'EUR'),
      total: money(0, 'EUR'),
    })
    expect(empty.nextStatements.statements).toEqual([])
    expect(empty.byQuarter.every(bar => bar.total.minor === 0 && bar.total.currency === 'EUR')).toBe(true)
  })
})
