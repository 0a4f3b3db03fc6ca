import type { AddOn } from '../ledger/addOns'
import type { Quote } from '../quotes/quotes'
import { describe, expect, it } from 'vitest'
import {
  convertMinor,
  convertPriceList,
  convertQuote,
  convertService,
  parseRate,
  validateCurrencyChange,
} from './currencyChange'
import { cataloguePriceList } from './pricing'

const toEuros = { currency: 'EUR', rate: '0,92' }

describe('a currency change', () => {
  it('reads a rate with a dot or a comma, exactly', () => {
    expect(parseRate('0.92')).toEqual({ numerator: 92n, denominator: 100n })
    expect(parseRate('0,9215')).toEqual({ numerator: 9215n, denominator: 10000n })
    expect(parseRate('0')).toBeNull()
    expect(parseRate('-1')).toBeNull()
    expect(parseRate('1e3')).toBeNull()
  })

  it('asks for a known currency other than the current one, and a rate above zero', () => {
    expect(validateCurrencyChange(toEuros, 'USD')).toEqual([])
    expect(validateCurrencyChange({ currency: 'USD', rate: '' }, 'USD')).toEqual([
      { field: 'currency', code: 'duplicate' },
      { field: 'rate', code: 'required' },
    ])
    expect(validateCurrencyChange({ currency: 'XYZ', rate: 'abc' }, 'USD').map(i => i.code)).toEqual([
      'unknown',
      'invalidRate',
    ])
  })

  it('converts to the cent, rounding half away from zero', () => {
    expect(convertMinor(1_000, 'USD', 'EUR', '0.92')).toBe(920)
    expect(convertMinor(1_250, 'USD', 'EUR', '0.92')).toBe(1_150)
    // 7.25 × 0.93 = 6.7425 → 6.74; 4.50 × 0.93 = 4.185 → 4.19 (half away from zero).
    expect(convertMinor(725, 'USD', 'EUR', '0.93')).toBe(674)
    expect(convertMinor(450, 'USD', 'EUR', '0.93')).toBe(419)
    expect(convertMinor(-450, 'USD', 'EUR', '0.93')).toBe(-419)
    // Currencies without cents: 1,000 yen at 0.0061 is €6.10; €10 at 163.5 is ¥1,635.
    expect(convertMinor(1_000, 'JPY', 'EUR', '0.0061')).toBe(610)
    expect(convertMinor(1_000, 'EUR', 'JPY', '163.5')).toBe(1_635)
  })

  it('converts every price of the list, and the Office Pro deployment price', () => {
    const euros = convertPriceList(cataloguePriceList(), toEuros)
    expect(euros.currency).toBe('EUR')
    expect(euros.prices['standard-suite']).toBe(920)
    expect(euros.prices['deskless-suite']).toBe(276)
    expect(euros.officeProDeploymentMinor).toBe(5_520)
  })

  const quote = {
    status: 'sent',
    currency: 'USD',
    lines: [{ offerId: 'standard-suite', seats: 45, unitPriceMinor: 1_000 }],
    services: [{ unitPriceMinor: 4_000 }],
  } as unknown as Quote

  it('converts an open quote, and leaves a converted one at the prices signed', () => {
    const open = convertQuote(quote, 'USD', toEuros)
    expect(open.currency).toBe('EUR')
    expect(open.lines[0]!.unitPriceMinor).toBe(920)
    expect(open.services[0]!.unitPriceMinor).toBe(3_680)
    const signed = { ...quote, status: 'converted' } as Quote
    expect(convertQuote(signed, 'USD', toEuros)).toBe(signed)
  })

  it('converts a ledger service in the old currency only', () => {
    const service = { currency: 'USD', unitPriceMinor: 58_000 } as AddOn
    expect(convertService(service, 'USD', toEuros)).toMatchObject({ currency: 'EUR', unitPriceMinor: 53_360 })
    const francs = { currency: 'CHF', unitPriceMinor: 10_000 } as AddOn
    expect(convertService(francs, 'USD', toEuros)).toBe(francs)
  })
})
