import { describe, expect, it } from 'vitest'
import { money } from '../money'
import { rateFraction, vatRate, withVat } from './vatRates'

describe('VAT by the client country', () => {
  it('knows France at 20 %, Austria at 20 %, Luxembourg at 17 % and none for the United States', () => {
    expect(vatRate('FR')).toBe(2000)
    expect(vatRate('AT')).toBe(2000)
    expect(vatRate('LU')).toBe(1700)
    expect(vatRate('US')).toBeNull()
    expect(rateFraction(2000)).toBe(0.2)
  })

  it('adds 20 % to 45 seats at €10 plus €1,800 of migration, to the cent', () => {
    expect(withVat(money(225_000, 'EUR'), 2000)).toEqual({
      net: money(225_000, 'EUR'),
      vat: money(45_000, 'EUR'),
      gross: money(270_000, 'EUR'),
    })
  })

  it('rounds half a cent away from zero', () => {
    // 31 cents at 8.1 % is 2.511 cents: 3
    expect(withVat(money(31, 'CHF'), 810).vat.minor).toBe(3)
    // 25 cents at 20 % is 5 cents exactly; 12.50 at 17 % is 212.5 cents: 213
    expect(withVat(money(25, 'EUR'), 2000).vat.minor).toBe(5)
    expect(withVat(money(1_250, 'EUR'), 1700).vat.minor).toBe(213)
  })
})
