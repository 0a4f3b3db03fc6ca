import { describe, expect, it } from 'vitest'
import { counterCovering, formatQuoteNumber, nextQuoteNumber } from './quoteNumber'

describe('quote numbers', () => {
  it('starts each year at 0001', () => {
    expect(nextQuoteNumber(undefined, 2026)).toEqual({ counter: { lastByYear: { 2026: 1 } }, number: '2026-0001' })
    expect(nextQuoteNumber({ lastByYear: { 2025: 37 } }, 2026).number).toBe('2026-0001')
  })

  it('follows on within a year, with no gap', () => {
    expect(nextQuoteNumber({ lastByYear: { 2026: 41 } }, 2026)).toEqual({
      counter: { lastByYear: { 2026: 42 } },
      number: '2026-0042',
    })
  })

  it('goes on with an earlier year’s series for a backdated quote, never reusing a number', () => {
    const { counter, number } = nextQuoteNumber({ lastByYear: { 2025: 37, 2026: 3 } }, 2025)
    expect(number).toBe('2025-0038')
    expect(counter.lastByYear).toEqual({ 2025: 38, 2026: 3 })
  })

  it('grows past four digits rather than wrapping', () => {
    expect(formatQuoteNumber(2026, 12_345)).toBe('2026-12345')
  })
})

describe('a counter after an import', () => {
  it("covers every number the file's quotes hold, and the file's own counter", () => {
    expect(counterCovering({ lastByYear: { 2025: 9 } }, ['2026-0004', '2026-0002', '2025-0003', undefined])).toEqual({
      lastByYear: { 2025: 9, 2026: 4 },
    })
  })
})
