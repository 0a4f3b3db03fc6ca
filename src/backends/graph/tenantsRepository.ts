import type { TenantListing, TenantRepository, UnreadableTenant } from '../backend'
import type { GraphContext, LoadedTenant } from './graphContext'
import type { GraphDelegatedAdminCustomer } from './graphTypes'
import type { TenantWithSubscriptions } from '@/domain/tenant'
import type { WorkstationCount } from '@/domain/workstations'
import { workstationsWrite } from '../records/workstations'
import { unsupported } from './capabilities'
import { CONCURRENT_TENANTS, mapConcurrently } from './concurrency'
import { initialDomainPrefix } from '@/domain/tenant'

/** What a person browsing the partner's list reads for a tenant's workstation count. */
const title = (companyName: string) => `Workstations: ${companyName}`

/**
 * Client tenants are the partner's GDAP customers; new ones come from Partner Center, not Graph.
 * Their workstation counts are the partner's own records, kept in its SharePoint list by tenant.
 */
export function createTenantRepository(context: GraphContext): TenantRepository {
  const { records } = context

  function withWorkstations({ tenant, subscriptions }: TenantWithSubscriptions, workstations: WorkstationCount | undefined): TenantWithSubscriptions {
    return { tenant: workstations ? { ...tenant, workstations } : tenant, subscriptions }
  }

  /**
   * Each tenant read silently: one the technician can't read yet (no GDAP role, no consent, a
   * sign-in wanted) is named with why, and the others are listed; the list never fails for one.
   */
  async function listing(): Promise<TenantListing> {
    const [customers, counts] = await Promise.all([context.customers(), records.list<WorkstationCount>('workstations')])
    const byTenant = new Map(counts.map(record => [record.key, record.value]))
    const read = await mapConcurrently(customers, CONCURRENT_TENANTS, async customer => readOrExplain(customer))
    const tenants: TenantWithSubscriptions[] = []
    const unreadable: UnreadableTenant[] = []
    for (const result of read) {
      if ('loaded' in result)
        tenants.push(withWorkstations(result.loaded, byTenant.get(result.loaded.tenant.id)))
      else
        unreadable.push(result.unreadable)
    }
    return { tenants, unreadable }
  }

  async function readOrExplain(customer: GraphDelegatedAdminCustomer): Promise<{ loaded: LoadedTenant } | { unreadable: UnreadableTenant }> {
    try {
      return { loaded: await context.load(customer, { silentOnly: true }) }
    }
    catch (error) {
      const problem = await context.access.problemOf(customer, error)
      if (!problem)
        throw error
      // GDAP names the customer with the partner's own token: known even when its tenant can't be read.
      return { unreadable: { tenantId: customer.tenantId, companyName: customer.displayName ?? customer.tenantId, problem } }
    }
  }

  const list = async (): Promise<TenantWithSubscriptions[]> => (await listing()).tenants

  async function get(tenantId: string): Promise<TenantWithSubscriptions | undefined> {
    const [found, count] = await Promise.all([context.find(tenantId), records.find<WorkstationCount>('workstations', tenantId)])
    return found && withWorkstations(found, count?.value)
  }

  return {
    list,
    listing,
    get,
    domainPrefixes: async () => new Set((await list()).map(({ tenant }) => initialDomainPrefix(tenant))),
    provision: () => unsupported('tenants.provision'),
    updateWorkstations: async (tenantId, count) => {
      const loaded = (await get(tenantId)) ?? (await context.tenant(tenantId))
      const write = workstationsWrite(loaded.tenant, count)
      if (!write)
        return loaded
      const stored = await records.current<WorkstationCount>('workstations', tenantId)
      if (stored)
        await records.update(stored, write.record, title(loaded.tenant.companyName))
      else
        await records.create('workstations', tenantId, tenantId, write.record, title(loaded.tenant.companyName))
      await context.log(write.activity)
      return withWorkstations(loaded, write.record)
    },
  }
}
