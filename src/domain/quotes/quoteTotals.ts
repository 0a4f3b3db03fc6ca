import type { OfferId } from '../catalogue'
import type { IsoDate } from '../dates'
import type { SubscriptionHistory } from '../fees/feeHistory'
import type { FeeTotals } from '../fees/fees'
import type { CurrencyCode, Money } from '../money'
import type { PriceList } from '../pricing/pricing'
import type { QuoteAddOnLine, QuoteOfferLine } from './quotes'
import { catalogue } from '../catalogue'
import { addMonths } from '../fees/feeCalendar'
import { feeLines, feeTotals } from '../fees/fees'
import { money, multiply, sum } from '../money'

// What a quote costs the client and what it earns the partner, to the cent. Fees come from the
// fee engine itself (fees.ts), run on the subscriptions the quote would create: one rule, one place.

/** The part of a quote its prices are worked out from. */
export interface PricedQuote {
  readonly currency: CurrencyCode
  readonly lines: readonly QuoteOfferLine[]
  readonly services: readonly QuoteAddOnLine[]
}

export interface QuoteTotals {
  /** The offers alone: seats × price per user, each month. */
  readonly offersMonthly: Money
  /** Services billed every month (a maintenance contract…). */
  readonly servicesMonthly: Money
  /** What the client pays each month: offers and monthly services. */
  readonly monthly: Money
  /** Twelve months of it. */
  readonly yearly: Money
  /** One-off services (installation, migration, training…), paid once, apart from the monthly price. */
  readonly oneOff: Money
}

/** A service line's amount: quantity × unit price, rounded half away from zero, as the ledger rounds it. */
export function quoteAddOnAmount(
  line: Pick<QuoteAddOnLine, 'quantity' | 'unitPriceMinor'>,
  currency: CurrencyCode,
): Money {
  return multiply(money(line.unitPriceMinor, currency), line.quantity)
}

export function quoteOfferAmount(line: QuoteOfferLine, currency: CurrencyCode): Money {
  return money(line.unitPriceMinor * line.seats, currency)
}

function servicesBilled(quote: PricedQuote, billing: QuoteAddOnLine['billing']): Money {
  return sum(
    quote.services.filter(line => line.billing === billing).map(line => quoteAddOnAmount(line, quote.currency)),
    quote.currency,
  )
}

export function quoteTotals(quote: PricedQuote): QuoteTotals {
  const offersMonthly = sum(
    quote.lines.map(line => quoteOfferAmount(line, quote.currency)),
    quote.currency,
  )
  const servicesMonthly = servicesBilled(quote, 'monthly')
  const monthly = money(offersMonthly.minor + servicesMonthly.minor, quote.currency)
  return {
    offersMonthly,
    servicesMonthly,
    monthly,
    yearly: multiply(monthly, 12),
    oneOff: servicesBilled(quote, 'oneOff'),
  }
}

/** Offer lines priced at the partner's price list of the day (what the builder shows, and what a save stores). */
export function priceQuoteLines(
  lines: readonly { offerId: OfferId; seats: number }[],
  priceList: PriceList,
): QuoteOfferLine[] {
  return lines.map(({ offerId, seats }) => ({ offerId, seats, unitPriceMinor: priceList.prices[offerId] }))
}

/** The quote's own prices as a price list, for the fee engine (offers it doesn't hold are never read). */
function quotePriceList(quote: PricedQuote): PriceList {
  const prices = Object.fromEntries(catalogue.offers.map(offer => [offer.id, 0])) as Record<OfferId, number>
  for (const line of quote.lines) prices[line.offerId] = line.unitPriceMinor
  return { currency: quote.currency, prices }
}

/** The subscriptions the quote would create, sold on `soldOn` and never changed. */
export function quoteHistories(quote: PricedQuote, soldOn: IsoDate): SubscriptionHistory[] {
  return quote.lines.map((line, index) => ({
    subscriptionId: `quote-line-${index + 1}`,
    tenantId: 'quote',
    offerId: line.offerId,
    events: [{ on: soldOn, kind: 'sold', seats: line.seats }],
  }))
}

export interface QuoteEarningsYear extends FeeTotals {
  /** 1, 2 or 3: twelve months from the sale date, then the next twelve… */
  readonly year: number
  readonly from: IsoDate
  /** The first day after the year (excluded). */
  readonly to: IsoDate
  /** The partner's services: one-off ones in year one, monthly ones twelve times a year. */
  readonly services: Money
  /** Fees and services. */
  readonly earnings: Money
}

export interface QuoteEarnings {
  readonly years: readonly QuoteEarningsYear[]
  readonly fees: FeeTotals
  readonly services: Money
  readonly total: Money
}

export const EARNINGS_YEARS = 3

/**
 * What the partner earns over three years if the quote is signed on `soldOn`: the programme's sale
 * fee and recurring fee on the quoted subscriptions (from the fee engine), plus its own services.
 * 45 seats × $10: fees $972 in year one, $324 in each of the next two, $1,620 in all.
 */
export function quoteEarnings(quote: PricedQuote, soldOn: IsoDate): QuoteEarnings {
  const { currency } = quote
  const histories = quoteHistories(quote, soldOn)
  const priceList = quotePriceList(quote)
  const monthlyServices = servicesBilled(quote, 'monthly')
  const oneOff = servicesBilled(quote, 'oneOff')
  const years = Array.from({ length: EARNINGS_YEARS }, (_, index): QuoteEarningsYear => {
    const from = addMonths(soldOn, 12 * index)
    const to = addMonths(soldOn, 12 * (index + 1))
    const fees = feeTotals(
      histories.flatMap(history => feeLines(history, priceList, from, to)),
      currency,
    )
    const services = money(monthlyServices.minor * 12 + (index === 0 ? oneOff.minor : 0), currency)
    return {
      year: index + 1,
      from,
      to,
      ...fees,
      services,
      earnings: money(fees.total.minor + services.minor, currency),
    }
  })
  const add = (pick: (year: QuoteEarningsYear) => Money) => sum(years.map(pick), currency)
  return {
    years,
    fees: { sale: add(year => year.sale), recurring: add(year => year.recurring), total: add(year => year.total) },
    services: add(year => year.services),
    total: add(year => year.earnings),
  }
}
