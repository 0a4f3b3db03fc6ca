import type { TenantListing, TenantNeedingSignIn, TenantRepository } from '../backend'
import type { GraphContext, LoadedTenant } from './graphContext'
import type { GraphDelegatedAdminCustomer } from './graphTypes'
import type { TenantWithSubscriptions } from '@/domain/tenant'
import type { WorkstationCount } from '@/domain/workstations'
import { workstationsWrite } from '../records/workstations'
import { BackendError } from '../backend'
import { unsupported } from './capabilities'
import { signInNeededIn } from './tokens'
import { initialDomainPrefix } from '@/domain/tenant'

/** Tenants read at once, a few at a time: each costs three Graph calls with its own token. */
const CONCURRENT_TENANTS = 4

async function mapConcurrently<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = Array.from({ length: items.length })
  let next = 0
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++
      results[index] = await map(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

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

  /** Each tenant read silently: one whose sign-in wants the technician is named, not read, and the page stays. */
  async function listing(): Promise<TenantListing> {
    const [customers, counts] = await Promise.all([context.customers(), records.list<WorkstationCount>('workstations')])
    const byTenant = new Map(counts.map(record => [record.key, record.value]))
    const read = await mapConcurrently(customers, CONCURRENT_TENANTS, async customer => readOrSignInNeeded(customer))
    const tenants: TenantWithSubscriptions[] = []
    const signInNeeded: TenantNeedingSignIn[] = []
    for (const result of read) {
      if ('loaded' in result)
        tenants.push(withWorkstations(result.loaded, byTenant.get(result.loaded.tenant.id)))
      else
        signInNeeded.push(result.signInNeeded)
    }
    return { tenants, signInNeeded }
  }

  async function readOrSignInNeeded(customer: GraphDelegatedAdminCustomer): Promise<{ loaded: LoadedTenant } | { signInNeeded: TenantNeedingSignIn }> {
    try {
      return { loaded: await context.load(customer, { silentOnly: true }) }
    }
    catch (error) {
      if (!signInNeededIn(error))
        throw error
      // GDAP names the customer with the partner's own token: known even when its tenant can't be read.
      return { signInNeeded: { tenantId: customer.tenantId, companyName: customer.displayName ?? customer.tenantId } }
    }
  }

  async function list(): Promise<TenantWithSubscriptions[]> {
    const { tenants, signInNeeded } = await listing()
    if (signInNeeded.length > 0)
      throw new BackendError('unauthorized', `Sign in to ${signInNeeded.map(t => t.companyName).join(', ')} to read every client tenant`)
    return tenants
  }

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
