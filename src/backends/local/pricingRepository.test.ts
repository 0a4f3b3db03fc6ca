import type { PriceList } from '@/domain/pricing/pricing'
import { describe, expect, it } from 'vitest'
import { cataloguePriceList } from '@/domain/pricing/pricing'
import { isBackendError } from '../backend'
import { failure, makeLocal } from './testing'

const euros: PriceList = { currency: 'EUR', prices: { ...cataloguePriceList().prices, 'standard-suite': 1250 } }

describe('local backend: price list', () => {
  it("keeps only the catalogue's offers", async () => {
    const backend = makeLocal()
    const error = await failure(
      backend.pricing.update({ ...euros, prices: { ...euros.prices, 'office-pro': 1 } as PriceList['prices'] }),
    )
    expect(isBackendError(error, 'validation')).toBe(true)
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
    const error = await failure(
      makeLocal().dataAdmin.importAll({ ...exported, priceList: { ...euros, currency: 'ZZZ' } }),
    )
    expect(isBackendError(error, 'invalidImport')).toBe(true)
    expect((error as { issues: { field: string }[] }).issues).toContainEqual({
      field: 'priceList.currency',
      code: 'unknown',
      params: { value: 'ZZZ' },
    })
  })
})
