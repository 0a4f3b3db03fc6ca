import type { TenantRepository } from '../backend'
import type { GraphContext } from './graphContext'
import type { TenantWithSubscriptions } from '@/domain/tenant'
import { unsupported } from './capabilities'
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

/** Client tenants are the partner's GDAP customers; new ones come from Partner Center, not Graph. */
export function createTenantRepository(context: GraphContext): TenantRepository {
  const plain = ({ tenant, subscriptions }: TenantWithSubscriptions): TenantWithSubscriptions => ({ tenant, subscriptions })

  async function list(): Promise<TenantWithSubscriptions[]> {
    return mapConcurrently(await context.customers(), CONCURRENT_TENANTS, async customer => plain(await context.load(customer)))
  }
  return {
    list,
    get: async (tenantId) => {
      const found = await context.find(tenantId)
      return found && plain(found)
    },
    domainPrefixes: async () => new Set((await list()).map(({ tenant }) => initialDomainPrefix(tenant))),
    provision: () => unsupported('tenants.provision'),
    updateWorkstations: () => unsupported('tenants.updateWorkstations'),
  }
}
