import type { TenantListing, TenantRepository, UnreadableTenant } from '../backend'
import type { GraphContext } from './graphContext'
import type { GraphDelegatedAdminCustomer } from './graphTypes'
import type { TenantRead } from './tenantReads'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { WorkstationCount } from '@/domain/tenant/workstations'
import { workstationsWrite } from '../records/workstations'
import { unsupported } from './capabilities'
import { initialDomainPrefix } from '@/domain/tenant/tenant'

/** What a person browsing the partner's list reads for a tenant's workstation count. */
const title = (companyName: string) => `Workstations: ${companyName}`

/**
 * Client tenants are the partner's GDAP customers; new ones come from Partner Center, not Graph.
 * Their workstation counts are the partner's own records, kept in its SharePoint list by tenant.
 */
export function createTenantRepository(context: GraphContext): TenantRepository {
  const { records } = context

  function withWorkstations(
    { tenant, subscriptions }: TenantWithSubscriptions,
    workstations: WorkstationCount | undefined,
  ): TenantWithSubscriptions {
    return { tenant: workstations ? { ...tenant, workstations } : tenant, subscriptions }
  }

  /** The reads as a list shows them, each with its workstation count (partner records, read meanwhile). */
  async function listingOf(reading: Promise<readonly TenantRead[]>): Promise<TenantListing> {
    const [reads, counts] = await Promise.all([reading, records.list<WorkstationCount>('workstations')])
    const byTenant = new Map(counts.map(record => [record.key, record.value]))
    const tenants: TenantWithSubscriptions[] = []
    const unreadable: UnreadableTenant[] = []
    for (const read of reads) {
      if ('loaded' in read) tenants.push(withWorkstations(read.loaded, byTenant.get(read.loaded.tenant.id)))
      else unreadable.push(read.unreadable)
    }
    return { tenants, unreadable }
  }

  /** The GDAP customers as last listed this session: reading a few doesn't list them all again. */
  let lastCustomers: Promise<GraphDelegatedAdminCustomer[]> | undefined
  function customers({ fresh }: { fresh: boolean }): Promise<GraphDelegatedAdminCustomer[]> {
    if (fresh || !lastCustomers) {
      lastCustomers = context.customers()
      lastCustomers.catch(() => (lastCustomers = undefined))
    }
    return lastCustomers
  }

  /**
   * Each tenant read silently: one the technician can't read yet (no GDAP role, no consent, a
   * sign-in wanted) is named with why, and the others are listed; the list never fails for one.
   */
  async function listing(): Promise<TenantListing> {
    const all = await customers({ fresh: true })
    return listingOf(Promise.all(all.map(customer => context.reads.read(customer))))
  }

  async function get(tenantId: string): Promise<TenantWithSubscriptions | undefined> {
    const [found, count] = await Promise.all([
      context.find(tenantId),
      records.find<WorkstationCount>('workstations', tenantId),
    ])
    return found && withWorkstations(found, count?.value)
  }

  return {
    listing,
    // One call names every customer; those read this session come read.
    directory: async () => {
      const all = await customers({ fresh: true })
      const known = context.reads.known()
      const read = all.map(customer => known.get(customer.tenantId)).filter(found => found !== undefined)
      const names = all.map(c => ({ tenantId: c.tenantId, companyName: c.displayName ?? c.tenantId }))
      return {
        names,
        known: read.length > 0 ? await listingOf(Promise.resolve(read)) : { tenants: [], unreadable: [] },
      }
    },
    read: async tenantIds => {
      const wanted = new Set(tenantIds)
      const chosen = (await customers({ fresh: false })).filter(customer => wanted.has(customer.tenantId))
      return listingOf(Promise.all(chosen.map(customer => context.reads.read(customer))))
    },
    get,
    domainPrefixes: async () => new Set((await listing()).tenants.map(({ tenant }) => initialDomainPrefix(tenant))),
    provision: () => unsupported('tenants.provision'),
    updateWorkstations: async (tenantId, count) => {
      const loaded = (await get(tenantId)) ?? (await context.tenant(tenantId))
      const write = workstationsWrite(loaded.tenant, count)
      if (!write) return loaded
      const stored = await records.current<WorkstationCount>('workstations', tenantId)
      if (stored) await records.update(stored, write.record, title(loaded.tenant.companyName))
      else await records.create('workstations', tenantId, tenantId, write.record, title(loaded.tenant.companyName))
      await context.log(write.activity)
      return withWorkstations(loaded, write.record)
    },
  }
}
