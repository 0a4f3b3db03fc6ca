// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { exportAll, refusedImport, useImportAll } from './dataAdmin'
import { FORM_ERROR, useErrorVoice } from './errorVoice'
import { usePriceList, usePricing, useSavePriceList } from './pricing'
import { inDataLayer, settled } from './testing'
import { makeLocal } from '@/backends/local/testing'

async function pricingPage(backend = makeLocal()) {
  const page = inDataLayer(backend, () => ({
    pricing: usePricing(),
    priceList: usePriceList(),
    save: useSavePriceList(),
    importing: useImportAll(),
    voice: useErrorVoice(),
  }))
  await settled(page.pricing.asyncStatus, page.pricing.status)
  return page
}

describe('the pricing module', () => {
  it('reads the stored price list, and shows none before it is read', async () => {
    const backend = makeLocal()
    const page = inDataLayer(backend, () => usePriceList())
    expect(page.value).toBeNull()
    const { priceList } = await pricingPage(backend)
    expect(priceList.value?.currency).toBe('USD')
  })

  it('shows the saved price list on every page at once', async () => {
    const { pricing, priceList, save } = await pricingPage()
    const euros = { ...priceList.value!, currency: 'EUR' }
    await save.mutateAsync(euros)
    expect(pricing.data.value?.currency).toBe('EUR')
    expect(priceList.value?.currency).toBe('EUR')
  })

  it('puts a refused price next to its field, in the console’s voice', async () => {
    const { priceList, save, voice } = await pricingPage()
    const refused = { ...priceList.value!, currency: 'not a currency' }
    await expect(save.mutateAsync(refused)).rejects.toThrow()
    const messages = voice.byField(save.error.value)
    expect(messages[FORM_ERROR]).toBeUndefined()
    expect(Object.values(messages)).not.toHaveLength(0)
    expect(priceList.value?.currency).toBe('USD')
  })
})

describe('the data admin module', () => {
  it('reads every page again after an import, and names what made a file unimportable', async () => {
    const backend = makeLocal()
    const { pricing, importing, save, priceList } = await pricingPage(backend)
    const exported = await exportAll()
    await save.mutateAsync({ ...priceList.value!, currency: 'EUR' })
    await importing.mutateAsync({ document: exported })
    await settled(pricing.asyncStatus)
    expect(pricing.data.value?.currency).toBe('USD')

    await expect(importing.mutateAsync({ document: { format: 'something else' } })).rejects.toThrow()
    expect(refusedImport(importing.error.value)?.length).toBeGreaterThan(0)
  })
})
