import type { MaybeRefOrGetter } from 'vue'
import type { SiteCollection, SiteInput } from '@/domain/console/sharePoint'
import { useQuery } from '@pinia/colada'
import { toValue } from 'vue'
import { useBackend } from '@/backends/current'
import { useRecordList } from './tenantRecords'

export type { SharePointStorage } from '@/backends/backend'

/** Cache keys of a tenant's SharePoint: its sites, and the storage their quotas take from. */
export const sharePointKeys = {
  all: ['sharePoint'] as const,
  tenant: (tenantId: string) => ['sharePoint', tenantId] as const,
  sites: (tenantId: string) => ['sharePoint', tenantId, 'sites'] as const,
  storage: (tenantId: string) => ['sharePoint', tenantId, 'storage'] as const,
}

/** A tenant's site collections; creating or deleting one reads the storage again (its quota is reserved or freed). */
export function useSiteCollections(tenantId: MaybeRefOrGetter<string>) {
  return useRecordList<SiteCollection, SiteInput>(tenantId, {
    key: sharePointKeys.sites,
    listAction: 'sharePoint.listSites',
    repository: () => {
      const { sharePoint } = useBackend()
      return {
        list: id => sharePoint.listSites(id),
        add: (id, input) => sharePoint.createSite(id, input),
        remove: (id, siteId) => sharePoint.removeSite(id, siteId),
      }
    },
    alsoChanges: id => [sharePointKeys.storage(id)],
  })
}

/** What the tenant's SharePoint has and uses; not asked for where the backend can't say. */
export function useSharePointStorage(tenantId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => sharePointKeys.storage(toValue(tenantId)),
    query: () => useBackend().sharePoint.storage(toValue(tenantId)),
    enabled: () => useBackend().capabilities.action('sharePoint.storage').available,
  })
}
