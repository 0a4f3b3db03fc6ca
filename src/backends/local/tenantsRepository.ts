import type { TenantRepository } from '../backend'
import type { LocalContext } from './context'
import { workstationsWrite } from '../records/workstations'
import { toRecord, withSubscriptions } from './records'

export async function domainPrefixes(context: LocalContext): Promise<Set<string>> {
  return new Set((await context.db.tenants.orderBy('initialPrefix').keys()).map(String))
}

export function createTenantRepository(context: LocalContext): TenantRepository {
  const { db, run } = context

  // In company-name index order (code points); the tenant list sorts for display itself.
  const list = () =>
    run('read the tenants', () =>
      db.transaction('r', db.tenants, db.subscriptions, async () => {
        const records = await db.tenants.orderBy('companyName').toArray()
        return withSubscriptions(records, await db.subscriptions.toArray())
      }),
    )

  // Every tenant in this browser is readable: nobody signs in to demo data.
  const listing = async () => ({ tenants: await list(), unreadable: [] })

  return {
    listing,
    // Reading them all is as cheap as naming them here: every one comes read.
    directory: async () => {
      const known = await listing()
      return {
        names: known.tenants.map(({ tenant }) => ({ tenantId: tenant.id, companyName: tenant.companyName })),
        known,
      }
    },
    read: tenantIds =>
      run('read the tenants', () =>
        db.transaction('r', db.tenants, db.subscriptions, async () => {
          const records = (await db.tenants.bulkGet([...tenantIds])).filter(record => record !== undefined)
          const subscriptions = await db.subscriptions
            .where('tenantId')
            .anyOf(records.map(record => record.id))
            .toArray()
          return { tenants: withSubscriptions(records, subscriptions), unreadable: [] }
        }),
      ),

    get: tenantId =>
      run('read the tenant', () =>
        db.transaction('r', db.tenants, db.subscriptions, async () => {
          const record = await db.tenants.get(tenantId)
          if (!record) return undefined
          return withSubscriptions([record], await db.subscriptions.where('tenantId').equals(tenantId).toArray())[0]
        }),
      ),

    domainPrefixes: () => run('read the domain prefixes', () => domainPrefixes(context)),

    // The provisioning rules load with the first tenant provisioned: the tenant list needs none of them.
    provision: request =>
      run('save the new tenant', async () => {
        const { provisionTables, provisionTenant } = await import('./provisionTenant')
        return db.transaction('rw', provisionTables(db), () => provisionTenant(context, request))
      }),

    updateWorkstations: (tenantId, count) =>
      run('save the workstation count', () =>
        db.transaction('rw', [db.tenants, db.subscriptions, db.activity, db.meta], async () => {
          const loaded = await context.loadTenant(tenantId)
          const write = workstationsWrite(loaded.tenant, count)
          if (!write) return loaded
          const tenant = { ...loaded.tenant, workstations: write.record }
          await db.tenants.put(toRecord(tenant))
          await context.log(write.activity, context.now())
          return { tenant, subscriptions: loaded.subscriptions }
        }),
      ),
  }
}
