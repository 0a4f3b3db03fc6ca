// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { useErrorVoice } from './errorVoice'
import { inDataLayer } from './testing'
import { useSharePointStorage, useSiteCollections } from './sharePoint'
import { makeLocal } from '@/backends/local/testing'

describe("a tenant's SharePoint", () => {
  it("reads the sites and the storage; a new site's quota is reserved in the storage read again", async () => {
    const { sites, storage } = inDataLayer(makeLocal(), () => ({
      sites: useSiteCollections('tenant-dupre'),
      storage: useSharePointStorage('tenant-dupre'),
    }))
    await Promise.all([sites.list.refresh(), storage.refresh()])
    expect(sites.list.data.value).toHaveLength(3)
    const reserved = storage.data.value?.reservedMb ?? 0
    await sites.add.mutateAsync({ title: 'Commandes', path: 'commandes', template: 'team', quotaMb: 2048 })
    expect(sites.list.data.value).toHaveLength(4)
    expect(storage.data.value?.reservedMb).toBe(reserved + 2048)
  })

  it('refuses a quota larger than what is left, by its field, and reads nothing new', async () => {
    const { sites, voice } = inDataLayer(makeLocal(), () => ({
      sites: useSiteCollections('tenant-dupre'),
      voice: useErrorVoice(),
    }))
    await sites.list.refresh()
    await expect(
      sites.add.mutateAsync({ title: 'Commandes', path: 'commandes', template: 'team', quotaMb: 9000 }),
    ).rejects.toThrow()
    expect(voice.byField(sites.add.error.value).siteQuota).toBe(
      "Only 8,048 MB is left in the tenant's storage: choose a smaller quota.",
    )
    expect(sites.list.data.value).toHaveLength(3)
  })
})
