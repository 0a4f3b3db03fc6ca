import type { AddOn } from '../ledger/addOns'
import type { CurrencyCode } from '../money'
import type { Quote } from '../quotes/quotes'
import type { ValidationIssue } from '../validation'
import type { PriceList } from './pricing'
import { isKnownCurrency, minorDigits } from './priceList'

/**
 * Changing the partner's currency converts every amount at the rate the partner enters, never
 * relabels it: the price list, the quotes still open (a converted quote keeps what was signed) and
 * the services ledger, so the dashboard's totals and the quotes follow and no total drops to zero.
 */
export interface CurrencyChange {
  readonly currency: CurrencyCode
  /** How much one unit of the current currency is worth in the new one, as typed ("0.92" or "0,92"). */
  readonly rate: string
}

/** At most 6 decimals, as banks quote rates; above this a rate is a typo. */
const RATE = /^\d{1,6}(?:[.,]\d{1,6})?$/
const MAX_RATE = 100_000

/** The rate as an exact fraction: "0,9215" → 9215 / 10000. */
export function parseRate(text: string): { numerator: bigint; denominator: bigint } | null {
  const compact = text.trim()
  if (!RATE.test(compact)) return null
  const [whole, decimals = ''] = compact.split(/[.,]/)
  const numerator = BigInt(`${whole}${decimals}`)
  if (numerator === 0n || Number(compact.replace(',', '.')) > MAX_RATE) return null
  return { numerator, denominator: 10n ** BigInt(decimals.length) }
}

/** Every issue, by field; the interface is public, so a value that is not text is refused too. */
export function validateCurrencyChange(change: CurrencyChange, current: CurrencyCode): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const currency: unknown = change.currency
  const rate: unknown = change.rate
  if (currency === '' || currency === undefined) issues.push({ field: 'currency', code: 'required' })
  else if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency) || !isKnownCurrency(currency))
    issues.push({ field: 'currency', code: 'unknown', params: { value: String(currency).slice(0, 40) } })
  else if (currency === current) issues.push({ field: 'currency', code: 'duplicate' })
  if (typeof rate !== 'string' || rate.trim() === '') issues.push({ field: 'rate', code: 'required' })
  else if (!parseRate(rate)) issues.push({ field: 'rate', code: 'invalidRate' })
  return issues
}

/**
 * An amount in minor units of `from`, in minor units of `to` at `rate`, exact then rounded half
 * away from zero: 12.50 USD at 0.92 is 11.50 EUR; 1,000 JPY at 0.0061 is 6.10 EUR.
 */
export function convertMinor(minor: number, from: CurrencyCode, to: CurrencyCode, rate: string): number {
  const fraction = parseRate(rate)
  if (!fraction) throw new RangeError(`Not a rate: ${rate}`)
  const numerator = BigInt(minor) * fraction.numerator * 10n ** BigInt(minorDigits(to))
  const denominator = fraction.denominator * 10n ** BigInt(minorDigits(from))
  const magnitude = numerator < 0n ? -numerator : numerator
  const rounded = (2n * magnitude + denominator) / (2n * denominator)
  return Number(numerator < 0n ? -rounded : rounded)
}

/** The price list in the new currency, every price converted. */
export function convertPriceList(list: PriceList, change: CurrencyChange): PriceList {
  const convert = (minor: number) => convertMinor(minor, list.currency, change.currency, change.rate)
  return {
    ...list,
    currency: change.currency,
    prices: Object.fromEntries(
      Object.entries(list.prices).map(([id, minor]) => [id, convert(minor)]),
    ) as PriceList['prices'],
    ...(list.officeProDeploymentMinor === undefined
      ? {}
      : { officeProDeploymentMinor: convert(list.officeProDeploymentMinor) }),
  }
}

/** An open quote in `from`, in the new currency: its offers and services converted. Others unchanged. */
export function convertQuote(quote: Quote, from: CurrencyCode, change: CurrencyChange): Quote {
  if (quote.status === 'converted' || quote.currency !== from) return quote
  const convert = (minor: number) => convertMinor(minor, from, change.currency, change.rate)
  return {
    ...quote,
    currency: change.currency,
    lines: quote.lines.map(line => ({ ...line, unitPriceMinor: convert(line.unitPriceMinor) })),
    services: quote.services.map(line => ({ ...line, unitPriceMinor: convert(line.unitPriceMinor) })),
  }
}

/** A ledger service priced in `from`, in the new currency; one in another currency is left as it is. */
export function convertService(service: AddOn, from: CurrencyCode, change: CurrencyChange): AddOn {
  if (service.currency !== from) return service
  return {
    ...service,
    currency: change.currency,
    unitPriceMinor: convertMinor(service.unitPriceMinor, from, change.currency, change.rate),
  }
}
