import { describe, expect, it } from 'vitest'
import { formatQuoteNumber, nextQuoteNumber } from './quoteNumber'

describe('quote numbers', () => {
  it('starts each year at 0001', () => {
    expect(nextQuoteNumber(undefined, 2026)).toEqual({ counter: { year: 2026, last: 1 }, number: '2026-0001' })
    expect(nextQuoteNumber({ year: 2025, last: 37 }, 2026).number).toBe('2026-0001')
  })

  it('follows on within a year, with no gap', () => {
    expect(nextQuoteNumber({ year: 2026, last: 41 }, 2026)).toEqual({
      counter: { year: 2026, last: 42 },
      number: '2026-0042',
    })
  })

  it('grows past four digits rather than wrapping', () => {
    expect(formatQuoteNumber({ year: 2026, last: 12_345 })).toBe('2026-12345')
  })
})
