import { describe, expect, it } from 'vitest'
import { quoteTotals } from '@/domain/quotes/quoteTotals'
import { validateQuoteInput } from '@/domain/quotes/quotes'
import { demoQuotes } from './seedQuotes'
import { NOW, TODAY } from '../testing'

describe('demo quotes', () => {
  const { quotes, counter } = demoQuotes(TODAY, NOW)

  it('keep every rule a saved quote keeps', () => {
    for (const quote of quotes)
      expect(
        validateQuoteInput({ ...quote, status: quote.status === 'converted' ? 'accepted' : quote.status }),
        quote.id,
      ).toEqual([])
  })

  it('tour a 45-employee prospect, and a draft, a sent and an accepted quote', () => {
    const morel = quotes.find(quote => quote.prospect.employees === 45)
    expect(morel?.lines).toEqual([{ offerId: 'standard-suite', seats: 45, unitPriceMinor: 1_000 }])
    expect(quoteTotals(morel!).monthly.minor).toBe(45_000)
    expect(quotes.map(quote => quote.status)).toEqual(['accepted', 'sent', 'draft'])
  })

  it('are numbered oldest first, and numbering goes on after the last', () => {
    const year = TODAY.slice(0, 4)
    expect(quotes.map(quote => quote.number)).toEqual([`${year}-0001`, `${year}-0002`, `${year}-0003`])
    expect(counter).toEqual({ lastByYear: { [year]: 3 } })
  })
})
