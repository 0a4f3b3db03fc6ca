import type { MaybeRefOrGetter } from 'vue'
import type { SharePointStorage } from '@/backends/backend'
import type { SiteInput } from '@/domain/console/sharePoint'
import { shallowRef, toValue, watch } from 'vue'
import { useBackend } from '@/backends/current'
import { useBackendCapability } from '@/composables/useBackendCapability'
import { useTenantRecords } from './useTenantRecords'

/** A tenant's site collections and its storage, read again whenever the sites change. */
export function useSiteCollections(tenantId: MaybeRefOrGetter<string>) {
  const { sharePoint } = useBackend()
  const { can } = useBackendCapability()
  const sites = useTenantRecords(tenantId, 'sharepoint', {
    listAction: 'sharePoint.listSites',
    repository: {
      list: id => sharePoint.listSites(id),
      add: (id, input: SiteInput) => sharePoint.createSite(id, input),
      remove: (id, siteId) => sharePoint.removeSite(id, siteId),
    },
  })
  const storage = shallowRef<SharePointStorage | null>(null)

  watch(sites.records, async () => {
    if (!can('sharePoint.storage')) return
    try {
      storage.value = await sharePoint.storage(toValue(tenantId))
    } catch {
      // The sites' own state says the data couldn't be read; the meter just stays away.
      storage.value = null
    }
  })

  return { ...sites, storage }
}
