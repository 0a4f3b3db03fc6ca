import type { PriceList } from '../pricing/pricing'
import type { PricedQuote } from './quoteTotals'
import type { QuoteAddOnLine } from './quotes'
import { describe, expect, it } from 'vitest'
import { money } from '../money'
import { cataloguePriceList } from '../pricing/pricing'
import { priceQuoteLines, quoteEarnings, quoteHistories, quoteTotals } from './quoteTotals'

const usd = (minor: number) => money(minor, 'USD')
const eur = (minor: number) => money(minor, 'EUR')

const migration: QuoteAddOnLine = {
  kind: 'mailMigration',
  description: 'Migration',
  quantity: 45,
  unit: 'mailboxes',
  unitPriceMinor: 4_000,
  billing: 'oneOff',
  mailSource: 'pop3',
}
const maintenance: QuoteAddOnLine = {
  kind: 'maintenance',
  description: 'Maintenance',
  quantity: 1,
  unit: 'hours',
  unitPriceMinor: 15_000,
  billing: 'monthly',
  mailSource: null,
}

/** The interview's client: 45 seats of Standard Suite at the catalogue's $10.00. */
function worked(services: QuoteAddOnLine[] = []): PricedQuote {
  return {
    currency: 'USD',
    lines: priceQuoteLines([{ offerId: 'standard-suite', seats: 45 }], cataloguePriceList()),
    services,
  }
}

describe('quoteTotals', () => {
  it('prices 45 seats × $10 Standard Suite at $450 a month, $5,400 a year, nothing one-off', () => {
    expect(quoteTotals(worked())).toEqual({
      offersMonthly: usd(45_000),
      servicesMonthly: usd(0),
      monthly: usd(45_000),
      yearly: usd(540_000),
      oneOff: usd(0),
    })
  })

  it('adds monthly services to the monthly price and keeps one-off services apart', () => {
    expect(quoteTotals(worked([migration, maintenance]))).toEqual({
      offersMonthly: usd(45_000),
      servicesMonthly: usd(15_000),
      monthly: usd(60_000),
      yearly: usd(720_000),
      oneOff: usd(180_000),
    })
  })

  it('rounds each service line half away from zero, as the ledger does', () => {
    const halfDay: QuoteAddOnLine = {
      ...maintenance,
      kind: 'training',
      unit: 'days',
      quantity: 1.5,
      unitPriceMinor: 3_333,
      billing: 'oneOff',
    }
    // 1.5 × 33.33 = 49.995 → 50.00
    expect(quoteTotals(worked([halfDay])).oneOff).toEqual(usd(5_000))
  })

  it('adds several offers at their own prices', () => {
    const lines = priceQuoteLines(
      [
        { offerId: 'standard-suite', seats: 30 },
        { offerId: 'deskless-suite', seats: 15 },
      ],
      cataloguePriceList(),
    )
    expect(lines).toEqual([
      { offerId: 'standard-suite', seats: 30, unitPriceMinor: 1_000 },
      { offerId: 'deskless-suite', seats: 15, unitPriceMinor: 300 },
    ])
    expect(quoteTotals({ currency: 'USD', lines, services: [] }).monthly).toEqual(usd(34_500))
  })
})

describe('quoteEarnings: the fee engine on the subscriptions the quote would create', () => {
  it('earns $972 in year one and $324 in years two and three: $1,620 in fees', () => {
    const earnings = quoteEarnings(worked(), '2026-03-02')
    expect(
      earnings.years.map(year => [
        year.year,
        year.from,
        year.to,
        year.sale.minor,
        year.recurring.minor,
        year.total.minor,
      ]),
    ).toEqual([
      [1, '2026-03-02', '2027-03-02', 64_800, 32_400, 97_200],
      [2, '2027-03-02', '2028-03-02', 0, 32_400, 32_400],
      [3, '2028-03-02', '2029-03-02', 0, 32_400, 32_400],
    ])
    expect(earnings.fees).toEqual({ sale: usd(64_800), recurring: usd(97_200), total: usd(162_000) })
    expect(earnings.services).toEqual(usd(0))
    expect(earnings.total).toEqual(usd(162_000))
  })

  it('adds the partner’s services: one-off in year one, monthly ones 36 times', () => {
    const earnings = quoteEarnings(worked([migration, maintenance]), '2026-03-02')
    // Year one: $1,800 migration + 12 × $150; then 12 × $150 a year.
    expect(earnings.years.map(year => [year.services.minor, year.earnings.minor])).toEqual([
      [360_000, 97_200 + 360_000],
      [180_000, 32_400 + 180_000],
      [180_000, 32_400 + 180_000],
    ])
    expect(earnings.services).toEqual(usd(720_000))
    expect(earnings.total).toEqual(usd(162_000 + 720_000))
  })

  it('follows a euro price list: €8.99 × 45 seats', () => {
    const euros: PriceList = {
      ...cataloguePriceList(),
      currency: 'EUR',
      prices: { ...cataloguePriceList().prices, 'standard-suite': 899 },
    }
    const quote: PricedQuote = {
      currency: 'EUR',
      lines: priceQuoteLines([{ offerId: 'standard-suite', seats: 45 }], euros),
      services: [],
    }
    expect(quoteTotals(quote)).toMatchObject({ monthly: eur(40_455), yearly: eur(485_460) })
    const earnings = quoteEarnings(quote, '2026-01-15')
    // Sale: 3 % of €4,854.60 = €145.638 → €145.64, four times; recurring: 6 % of €404.55 = €24.273 → €24.27 a month.
    expect(earnings.years.map(year => [year.sale.minor, year.recurring.minor])).toEqual([
      [58_256, 29_124],
      [0, 29_124],
      [0, 29_124],
    ])
    expect(earnings.total).toEqual(eur(58_256 + 3 * 29_124))
  })

  it('counts several offers as one subscription each', () => {
    const lines = priceQuoteLines(
      [
        { offerId: 'standard-suite', seats: 30 },
        { offerId: 'deskless-suite', seats: 15 },
      ],
      cataloguePriceList(),
    )
    expect(
      quoteHistories({ currency: 'USD', lines, services: [] }, '2026-03-02').map(history => [
        history.offerId,
        history.events,
      ]),
    ).toEqual([
      ['standard-suite', [{ on: '2026-03-02', kind: 'sold', seats: 30 }]],
      ['deskless-suite', [{ on: '2026-03-02', kind: 'sold', seats: 15 }]],
    ])
    // $345 a month: 18 % of $4,140 in year one, 6 % after.
    const earnings = quoteEarnings({ currency: 'USD', lines, services: [] }, '2026-03-02')
    expect(earnings.years.map(year => year.total.minor)).toEqual([74_520, 24_840, 24_840])
  })
})
