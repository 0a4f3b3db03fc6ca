import type { PriceList } from '@/domain/pricing'
import { describe, expect, it } from 'vitest'
import { cataloguePriceList } from '@/domain/pricing'
import { isBackendError } from '../backend'
import { failure, makeLocal } from './testing'

const euros: PriceList = { currency: 'EUR', prices: { ...cataloguePriceList().prices, 'standard-suite': 1250 } }

describe('local backend: price list', () => {
  it('starts on the catalogue\'s dollar prices', async () => {
    expect(await makeLocal().pricing.get()).toEqual(cataloguePriceList())
  })

  it('saves a euro list and logs what moved, before → after', async () => {
    const backend = makeLocal()
    expect(await backend.pricing.update(euros)).toEqual(euros)
    expect(await backend.pricing.get()).toEqual(euros)
    const [entry] = await backend.activity.list({ limit: 1 })
    expect(entry).toMatchObject({ area: 'data', action: 'data.priceListChanged', tenantId: null, details: { currency: 'EUR' } })
    expect(entry?.changes?.slice(0, 2)).toEqual([
      { field: 'currency', before: 'USD', after: 'EUR' },
      { field: 'prices.standard-suite', before: '10.00 USD', after: '12.50 EUR' },
    ])
  })

  it('refuses a bad price field by field, and stores nothing', async () => {
    const backend = makeLocal()
    const before = await backend.activity.list()
    const error = await failure(backend.pricing.update({ currency: 'EUR', prices: { ...euros.prices, 'deskless-suite': 2.5 } }))
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as { issues: unknown[] }).issues).toEqual([{ field: 'prices.deskless-suite', code: 'notWholeNumber' }])
    expect(await backend.pricing.get()).toEqual(cataloguePriceList())
    expect(await backend.activity.list()).toEqual(before)
  })

  it('keeps only the catalogue\'s offers', async () => {
    const backend = makeLocal()
    const error = await failure(backend.pricing.update({ ...euros, prices: { ...euros.prices, 'office-pro': 1 } as PriceList['prices'] }))
    expect(isBackendError(error, 'validation')).toBe(true)
  })

  it('logs nothing when nothing changes', async () => {
    const backend = makeLocal()
    const before = await backend.activity.list()
    await backend.pricing.update(cataloguePriceList())
    expect(await backend.activity.list()).toEqual(before)
  })

  it('travels with an export and comes back with its import', async () => {
    const source = makeLocal()
    await source.pricing.update(euros)
    const exported = await source.dataAdmin.exportAll()
    expect(exported.priceList).toEqual(euros)
    const target = makeLocal()
    await target.dataAdmin.importAll(JSON.parse(JSON.stringify(exported)))
    expect(await target.pricing.get()).toEqual(euros)
  })

  it('refuses an import whose price list breaks the rules', async () => {
    const source = makeLocal()
    const exported = await source.dataAdmin.exportAll()
    const error = await failure(makeLocal().dataAdmin.importAll({ ...exported, priceList: { ...euros, currency: 'ZZZ' } }))
    expect(isBackendError(error, 'invalidImport')).toBe(true)
    expect((error as { issues: { field: string }[] }).issues).toContainEqual({ field: 'priceList.currency', code: 'unknown', params: { value: 'ZZZ' } })
  })
})
