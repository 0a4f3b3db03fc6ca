import type { OfferId } from '../catalogue'
import type { CurrencyCode } from '../money'
import type { ValidationIssue } from '../validation'
import type { PriceList } from './pricing'
import { catalogue } from '../catalogue'

/** The currencies Settings offers; any other ISO 4217 code the browser knows is accepted too. */
export const COMMON_CURRENCIES: readonly CurrencyCode[] = ['USD', 'EUR', 'GBP', 'CHF', 'CAD']

/** A price per user per month above this (in major units: 10,000 dollars, euros…) is a typo. */
export const MAX_PRICE_MAJOR = 10_000

let knownCurrencies: ReadonlySet<string> | undefined

/** ISO 4217 codes the runtime's Intl can format (Node and Chromium know about 160). */
export function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'))
  return knownCurrencies.has(code)
}

/** How many minor units a currency has: 2 for USD and EUR, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: CurrencyCode): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
}

export function maxPriceMinor(currency: CurrencyCode): number {
  return MAX_PRICE_MAJOR * 10 ** minorDigits(currency)
}

export function priceField(offerId: OfferId): string {
  return `prices.${offerId}`
}

/**
 * Every issue in a price list: a currency Intl knows, a whole, bounded price for every offer, and
 * for an Office Pro deployment per workstation when the list has one.
 */
export function validatePriceList(priceList: PriceList): ValidationIssue[] {
  if (typeof priceList.currency !== 'string' || !isKnownCurrency(priceList.currency))
    return [{ field: 'currency', code: 'unknown', params: { value: String(priceList.currency) } }]
  const max = maxPriceMinor(priceList.currency)
  const issues: ValidationIssue[] = []
  for (const { id } of catalogue.offers) issues.push(...priceIssues(priceList.prices?.[id], priceField(id), max, false))
  const extra = Object.keys(priceList.prices ?? {}).filter(key => !catalogue.offers.some(offer => offer.id === key))
  for (const key of extra) issues.push({ field: 'prices', code: 'unknown', params: { value: key } })
  issues.push(...priceIssues(priceList.officeProDeploymentMinor, OFFICE_PRO_DEPLOYMENT_FIELD, max, true))
  return issues
}

/** The field of the Office Pro deployment's price per workstation. */
export const OFFICE_PRO_DEPLOYMENT_FIELD = 'officeProDeployment'

/** A whole price from 0 to `max`; `optional` lets it be absent (a list saved before the price existed). */
function priceIssues(price: unknown, field: string, max: number, optional: boolean): ValidationIssue[] {
  if (price === undefined && optional) return []
  if (typeof price !== 'number' || !Number.isFinite(price)) return [{ field, code: 'required' }]
  if (!Number.isInteger(price)) return [{ field, code: 'notWholeNumber' }]
  if (price < 0) return [{ field, code: 'belowMinimum', params: { min: 0 } }]
  return price > max ? [{ field, code: 'aboveMaximum', params: { max: MAX_PRICE_MAJOR } }] : []
}

export type ParsedPrice =
  { readonly ok: true; readonly minor: number } | { readonly ok: false; readonly issue: ValidationIssue }

// Digits with an optional decimal part; a comma counts as the decimal separator too (French 8,99).
const PRICE = /^(\d+)(?:[.,](\d*))?$/

/**
 * A price as the partner types it ("8.99", "8,99", "12"), in minor units of `currency`; refuses
 * more decimals than the currency has (no 8.999 dollars, no 8.5 yen) and amounts past the maximum.
 */
export function parsePrice(text: string, currency: CurrencyCode, field: string): ParsedPrice {
  const typed = text.trim().replace(/[\s\u00A0\u202F]/g, '')
  if (typed === '') return { ok: false, issue: { field, code: 'required' } }
  const match = PRICE.exec(typed)
  if (!match) return { ok: false, issue: { field, code: 'invalidAmount' } }
  const digits = minorDigits(currency)
  const fraction = match[2] ?? ''
  if (fraction.length > digits) return { ok: false, issue: { field, code: 'tooManyDecimals', params: { max: digits } } }
  const minor = Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0')
  if (minor > maxPriceMinor(currency))
    return { ok: false, issue: { field, code: 'aboveMaximum', params: { max: MAX_PRICE_MAJOR } } }
  return { ok: true, minor }
}

/** A stored price as an input shows it: "8.99" for 899 cents, "1500" for 1,500 yen. */
export function priceInputText(minor: number, currency: CurrencyCode): string {
  const digits = minorDigits(currency)
  return digits === 0 ? String(minor) : (minor / 10 ** digits).toFixed(digits)
}

/** A price as the activity log keeps it, locale-free: "8.99 EUR". */
export function priceLogText(minor: number, currency: CurrencyCode): string {
  return `${priceInputText(minor, currency)} ${currency}`
}

/** What moved between two price lists, field by field, for the activity log. */
export function diffPriceLists(
  before: PriceList,
  after: PriceList,
): { field: string; before: string; after: string }[] {
  const changes: { field: string; before: string; after: string }[] = []
  if (before.currency !== after.currency)
    changes.push({ field: 'currency', before: before.currency, after: after.currency })
  for (const { id } of catalogue.offers) {
    const was = priceLogText(before.prices[id], before.currency)
    const now = priceLogText(after.prices[id], after.currency)
    if (was !== now) changes.push({ field: priceField(id), before: was, after: now })
  }
  const deployment = (list: PriceList) =>
    list.officeProDeploymentMinor === undefined ? '' : priceLogText(list.officeProDeploymentMinor, list.currency)
  if (deployment(before) !== deployment(after))
    changes.push({ field: OFFICE_PRO_DEPLOYMENT_FIELD, before: deployment(before), after: deployment(after) })
  return changes
}
