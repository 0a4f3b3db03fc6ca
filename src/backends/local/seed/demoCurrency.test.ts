import { describe, expect, it } from 'vitest'
import { createLocalBackend } from '../localBackend'
import { freshDb } from '../testing'

describe("the demo partner's currency", () => {
  it('is the euro when the demo is seeded in French: price list, ledger and quotes alike', async () => {
    const backend = createLocalBackend({ db: freshDb(), seedLanguage: () => 'fr' })
    const priceList = await backend.pricing.get()
    expect(priceList).toMatchObject({ currency: 'EUR', prices: { 'standard-suite': 1_000 } })
    expect(new Set((await backend.services.list()).map(service => service.currency))).toEqual(new Set(['EUR']))
    expect(new Set((await backend.quotes.list()).map(quote => quote.currency))).toEqual(new Set(['EUR']))
  })

  it("keeps the catalogue's dollars when seeded in English", async () => {
    const backend = createLocalBackend({ db: freshDb() })
    expect((await backend.pricing.get()).currency).toBe('USD')
  })

  it('is seeded in the language the console opened in, even if the person switches before the first read', async () => {
    let language: 'en' | 'fr' = 'en'
    const backend = createLocalBackend({ db: freshDb(), seedLanguage: () => language })
    language = 'fr'
    expect((await backend.pricing.get()).currency).toBe('USD')
  })
})
