import type { PriceList } from './pricing'
import { describe, expect, it } from 'vitest'
import {
  diffPriceLists,
  isKnownCurrency,
  maxPriceMinor,
  parsePrice,
  priceInputText,
  validatePriceList,
} from './priceList'
import { cataloguePriceList } from './pricing'

const USD = cataloguePriceList()
const euros = (standard: number): PriceList => ({
  currency: 'EUR',
  prices: { ...USD.prices, 'standard-suite': standard },
  officeProDeploymentMinor: 6_000,
})

describe('price list rules', () => {
  it('accepts the catalogue list and a euro list', () => {
    expect(validatePriceList(USD)).toEqual([])
    expect(validatePriceList(euros(1250))).toEqual([])
  })

  it('knows ISO 4217 codes the way Intl does', () => {
    expect(isKnownCurrency('CHF')).toBe(true)
    expect(isKnownCurrency('XYZ')).toBe(false)
    expect(isKnownCurrency('eur')).toBe(false)
  })

  it("refuses a currency Intl doesn't know", () => {
    expect(validatePriceList({ ...USD, currency: 'ABC' })).toEqual([
      { field: 'currency', code: 'unknown', params: { value: 'ABC' } },
    ])
  })

  it('refuses fractions of a cent, negative and absurd prices, each on its offer', () => {
    const issues = validatePriceList({
      currency: 'USD',
      prices: { ...USD.prices, 'standard-suite': 10.5, 'deskless-suite': -1, 'exchange-online': 1_000_001 },
    })
    expect(issues).toEqual([
      { field: 'prices.standard-suite', code: 'notWholeNumber' },
      { field: 'prices.deskless-suite', code: 'belowMinimum', params: { min: 0 } },
      { field: 'prices.exchange-online', code: 'aboveMaximum', params: { max: 10_000 } },
    ])
  })

  it('takes an Office Pro deployment price per workstation, or none in a list saved before it existed', () => {
    const older: PriceList = { currency: USD.currency, prices: USD.prices }
    expect(validatePriceList(older)).toEqual([])
    expect(validatePriceList({ ...USD, officeProDeploymentMinor: 5_550 })).toEqual([])
    expect(validatePriceList({ ...USD, officeProDeploymentMinor: -1 })).toEqual([
      { field: 'officeProDeployment', code: 'belowMinimum', params: { min: 0 } },
    ])
    expect(validatePriceList({ ...USD, officeProDeploymentMinor: 12.5 })).toEqual([
      { field: 'officeProDeployment', code: 'notWholeNumber' },
    ])
  })

  it("refuses a missing price and an offer the catalogue doesn't have", () => {
    const prices: Record<string, number> = { ...USD.prices, 'office-pro': 100 }
    delete prices['live-meeting']
    const issues = validatePriceList({ currency: 'USD', prices: prices as PriceList['prices'] })
    expect(issues).toEqual([
      { field: 'prices.live-meeting', code: 'required' },
      { field: 'prices', code: 'unknown', params: { value: 'office-pro' } },
    ])
  })

  it("caps prices at 10,000 in the currency's own minor units", () => {
    expect(maxPriceMinor('EUR')).toBe(1_000_000)
    expect(maxPriceMinor('JPY')).toBe(10_000)
  })
})

describe('typed prices', () => {
  it('reads dots, commas and whole amounts in minor units', () => {
    expect(parsePrice('12.50', 'EUR', 'f')).toEqual({ ok: true, minor: 1250 })
    expect(parsePrice('8,9', 'EUR', 'f')).toEqual({ ok: true, minor: 890 })
    expect(parsePrice(' 12 ', 'USD', 'f')).toEqual({ ok: true, minor: 1200 })
    expect(parsePrice('0', 'USD', 'f')).toEqual({ ok: true, minor: 0 })
    expect(parsePrice('1500', 'JPY', 'f')).toEqual({ ok: true, minor: 1500 })
  })

  it('refuses more decimals than the currency has', () => {
    expect(parsePrice('8.999', 'USD', 'f')).toEqual({
      ok: false,
      issue: { field: 'f', code: 'tooManyDecimals', params: { max: 2 } },
    })
    expect(parsePrice('8.5', 'JPY', 'f')).toEqual({
      ok: false,
      issue: { field: 'f', code: 'tooManyDecimals', params: { max: 0 } },
    })
  })

  it('refuses text, signs, blanks and amounts past the maximum', () => {
    expect(parsePrice('ten', 'USD', 'f')).toEqual({ ok: false, issue: { field: 'f', code: 'invalidAmount' } })
    expect(parsePrice('-3', 'USD', 'f')).toEqual({ ok: false, issue: { field: 'f', code: 'invalidAmount' } })
    expect(parsePrice('', 'USD', 'f')).toEqual({ ok: false, issue: { field: 'f', code: 'required' } })
    expect(parsePrice('10000.01', 'USD', 'f')).toEqual({
      ok: false,
      issue: { field: 'f', code: 'aboveMaximum', params: { max: 10_000 } },
    })
  })

  it("shows a stored price with the currency's digits", () => {
    expect(priceInputText(899, 'EUR')).toBe('8.99')
    expect(priceInputText(1500, 'JPY')).toBe('1500')
  })
})

describe('price list changes', () => {
  it('names the currency and each price that moved, before → after', () => {
    // A new currency moves every price, even one whose figure stays the same.
    const changes = diffPriceLists(USD, euros(1250))
    expect(changes.slice(0, 3)).toEqual([
      { field: 'currency', before: 'USD', after: 'EUR' },
      { field: 'prices.standard-suite', before: '10.00 USD', after: '12.50 EUR' },
      { field: 'prices.deskless-suite', before: '3.00 USD', after: '3.00 EUR' },
    ])
    // Eight offers and the Office Pro deployment, whose 60.00 USD becomes 60.00 EUR.
    expect(changes).toHaveLength(10)
    expect(changes[9]).toEqual({ field: 'officeProDeployment', before: '60.00 USD', after: '60.00 EUR' })
    expect(diffPriceLists(euros(1250), { ...euros(1250), officeProDeploymentMinor: 5_500 })).toEqual([
      { field: 'officeProDeployment', before: '60.00 EUR', after: '55.00 EUR' },
    ])
    expect(diffPriceLists(euros(1250), euros(1300))).toEqual([
      { field: 'prices.standard-suite', before: '12.50 EUR', after: '13.00 EUR' },
    ])
    expect(diffPriceLists(USD, USD)).toEqual([])
  })
})
