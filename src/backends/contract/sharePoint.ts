import type { SiteCollection, SiteTemplate } from '@/domain/console/sharePoint'

/** Storage a tenant's SharePoint has and uses, in megabytes. */
export interface SharePointStorage {
  readonly allottedMb: number
  readonly usedMb: number
  /** What site quotas already reserve; a new site's quota must fit in the rest. */
  readonly reservedMb: number
}

export interface SharePointRepository {
  listSites: (tenantId: string) => Promise<SiteCollection[]>
  createSite: (
    tenantId: string,
    input: { title: string; path: string; template: SiteTemplate; quotaMb: number },
  ) => Promise<SiteCollection>
  removeSite: (tenantId: string, siteId: string) => Promise<void>
  storage: (tenantId: string) => Promise<SharePointStorage>
}
