import { describe, expect, it } from 'vitest'
import { money, multiply, roundHalfAwayFromZero, sum } from './money'

describe('roundHalfAwayFromZero', () => {
  it.each([
    [2.5, 3],
    [-2.5, -3],
    [0.5, 1],
    [-0.5, -1],
    [1.5, 2],
    [0.49, 0],
    [0.51, 1],
    [2.4999, 2],
    [-2.4999, -2],
    [3, 3],
    [-7, -7],
    [0, 0],
  ])('rounds %d to %d', (value, expected) => {
    expect(roundHalfAwayFromZero(value)).toBe(expected)
  })

  it('never returns -0, which would format as "-$0.00"', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.49), 0)).toBe(true)
    expect(Object.is(roundHalfAwayFromZero(-0), 0)).toBe(true)
    expect(Object.is(roundHalfAwayFromZero(-0.5), -1)).toBe(true)
  })

  it('rounds a half that floating point stores a hair below .5 (45 × 0.7 = 31.499999999999996)', () => {
    expect(45 * 0.7).toBeLessThan(31.5)
    expect(roundHalfAwayFromZero(45 * 0.7)).toBe(32)
    expect(roundHalfAwayFromZero(-45 * 0.7)).toBe(-32)
    expect(roundHalfAwayFromZero(1.005 * 1000)).toBe(1005)
  })

  it('still rounds values just off the half the right way', () => {
    expect(roundHalfAwayFromZero(31.4999999)).toBe(31)
    expect(roundHalfAwayFromZero(31.5000001)).toBe(32)
  })

  it('keeps large whole numbers as they are', () => {
    expect(roundHalfAwayFromZero(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER)
    expect(roundHalfAwayFromZero(123_456_789_012.5)).toBe(123_456_789_013)
  })
})

describe('money', () => {
  it('holds whole minor units and a currency', () => {
    expect(money(45000, 'USD')).toEqual({ minor: 45000, currency: 'USD' })
    expect(money(0, 'EUR')).toEqual({ minor: 0, currency: 'EUR' })
    expect(money(-250, 'USD')).toEqual({ minor: -250, currency: 'USD' })
  })

  it('refuses fractions of a cent and non-numbers', () => {
    expect(() => money(10.5, 'USD')).toThrow(RangeError)
    expect(() => money(0.1 + 0.2, 'USD')).toThrow(/whole number of minor units/)
    expect(() => money(Number.NaN, 'USD')).toThrow(RangeError)
    expect(() => money(Number.POSITIVE_INFINITY, 'USD')).toThrow(RangeError)
    expect(() => money(2 ** 53, 'USD')).toThrow(RangeError)
  })
})

describe('multiply', () => {
  it('multiplies to the cent: 45 seats × $10.00 = $450.00', () => {
    expect(multiply(money(1000, 'USD'), 45)).toEqual(money(45000, 'USD'))
  })

  it('computes partner fees to the cent: 12 %, 6 % and 18 % of $450.00', () => {
    const sale = money(45000, 'USD')
    expect(multiply(sale, 0.12)).toEqual(money(5400, 'USD')) // $54.00
    expect(multiply(sale, 0.06)).toEqual(money(2700, 'USD')) // $27.00
    expect(multiply(sale, 0.18)).toEqual(money(8100, 'USD')) // $81.00
  })

  it('rounds half a cent away from zero', () => {
    // $7.25 × 6 % = 43.5 cents → 44 cents
    expect(multiply(money(725, 'USD'), 0.06)).toEqual(money(44, 'USD'))
    // $0.45 × 70 % = 31.5 cents → 32 cents (31.499999999999996 in floating point)
    expect(multiply(money(45, 'USD'), 0.7)).toEqual(money(32, 'USD'))
    // a refund: -$7.25 × 6 % = -43.5 cents → -44 cents
    expect(multiply(money(-725, 'USD'), 0.06)).toEqual(money(-44, 'USD'))
    // $2.50 × 3 % = 7.5 cents → 8 cents
    expect(multiply(money(250, 'USD'), 0.03)).toEqual(money(8, 'USD'))
  })

  it('rounds below half a cent down', () => {
    // 0.18 % of $2.50 = 0.45 cent → 0, and -0.45 cent → 0 (not -0)
    expect(multiply(money(250, 'USD'), 0.0018)).toEqual(money(0, 'USD'))
    expect(Object.is(multiply(money(-250, 'USD'), 0.0018).minor, 0)).toBe(true)
  })

  it('keeps the currency', () => {
    expect(multiply(money(300, 'EUR'), 2).currency).toBe('EUR')
  })
})

describe('sum', () => {
  it('adds amounts of one currency', () => {
    expect(sum([money(45000, 'USD'), money(1500, 'USD'), money(725, 'USD')], 'USD')).toEqual(money(47225, 'USD'))
  })

  it('is exact where floating-point dollars are not: 10 × $0.10 = $1.00', () => {
    expect(
      sum(
        Array.from({ length: 10 }, () => money(10, 'USD')),
        'USD',
      ),
    ).toEqual(money(100, 'USD'))
  })

  it('is zero in the asked currency for no amounts', () => {
    expect(sum([], 'EUR')).toEqual(money(0, 'EUR'))
  })

  it('refuses mixed currencies', () => {
    expect(() => sum([money(100, 'USD'), money(100, 'EUR')], 'USD')).toThrow('Cannot add EUR to USD')
  })

  it('refuses amounts in another currency than the one asked, even all alike', () => {
    expect(() => sum([money(100, 'EUR')], 'USD')).toThrow('Cannot add EUR to USD')
  })
})
