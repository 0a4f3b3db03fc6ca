import type { SiteCollection } from '@/domain/console/sharePoint'
import type { SharePointRepository, SharePointStorage } from '../backend'
import type { LoadedTenant, LocalContext } from './context'
import { siteUrl, storageAllotmentMb, storageSummary, validateSite } from '@/domain/console/sharePoint'
import { initialDomainPrefix } from '@/domain/tenant/tenant'
import { byCreation, refuseInvalid } from '../records/checks'
import { requireFeature } from './consoleChecks'
import { removeTenantRecord } from './tenantRecordRemoval'

/** Site collections and the tenant's storage; each write is one transaction with its activity entry. */
export function createSharePointRepository(context: LocalContext): SharePointRepository {
  const { db, run } = context
  const writeTables = [db.tenants, db.subscriptions, db.activity, db.meta, db.sites]

  function sitesOf(tenantId: string): Promise<SiteCollection[]> {
    return db.sites.where('tenantId').equals(tenantId).toArray()
  }

  function storageOf({ subscriptions }: LoadedTenant, sites: readonly SiteCollection[]): SharePointStorage {
    const { allottedMb, usedMb, reservedMb } = storageSummary(storageAllotmentMb(subscriptions, context.today()), sites)
    return { allottedMb, usedMb, reservedMb }
  }

  return {
    listSites: tenantId =>
      run('read the site collections', () =>
        db.transaction('r', db.tenants, db.subscriptions, db.sites, async () => {
          await context.loadTenant(tenantId)
          return (await sitesOf(tenantId)).sort(byCreation)
        }),
      ),

    storage: tenantId =>
      run('read the SharePoint storage', () =>
        db.transaction('r', db.tenants, db.subscriptions, db.sites, async () =>
          storageOf(await context.loadTenant(tenantId), await sitesOf(tenantId)),
        ),
      ),

    createSite: (tenantId, input) =>
      run('create the site collection', () =>
        db.transaction('rw', writeTables, async () => {
          const loaded = await context.loadConsoleTenant(tenantId)
          requireFeature(context, loaded, 'sharepoint.sites')
          // Read inside the transaction: a site created meanwhile in another tab counts against the quota too.
          const sites = await sitesOf(tenantId)
          const { leftMb } = storageSummary(storageAllotmentMb(loaded.subscriptions, context.today()), sites)
          refuseInvalid(
            validateSite(input, { takenPaths: new Set(sites.map(site => site.path)), leftMb }),
            'The site collection breaks a rule',
          )
          const at = context.now()
          const site: SiteCollection = {
            id: crypto.randomUUID(),
            tenantId,
            title: input.title.trim(),
            path: input.path.trim(),
            template: input.template,
            quotaMb: input.quotaMb,
            usedMb: 0,
            createdAt: at.toISOString(),
          }
          const url = siteUrl(initialDomainPrefix(loaded.tenant), site.path)
          await db.sites.add(site)
          await context.log(
            {
              area: 'sharepoint',
              action: 'sharepoint.siteCreated',
              tenant: loaded.tenant,
              details: { title: site.title, url, quotaMb: site.quotaMb },
              changes: [{ field: 'sites', before: null, after: url }],
            },
            at,
          )
          return site
        }),
      ),

    removeSite: (tenantId, siteId) =>
      removeTenantRecord(
        context,
        {
          operation: 'delete the site collection',
          table: db.sites,
          feature: 'sharepoint.sites',
          noun: 'site collection',
          activity: (site, tenant) => {
            const url = siteUrl(initialDomainPrefix(tenant), site.path)
            return {
              area: 'sharepoint',
              action: 'sharepoint.siteRemoved',
              details: { title: site.title, url },
              changes: [{ field: 'sites', before: url, after: null }],
            }
          },
        },
        tenantId,
        siteId,
      ),
  }
}
