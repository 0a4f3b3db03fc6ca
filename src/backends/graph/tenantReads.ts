import type { UnreadableTenant } from '../backend'
import type { Queue } from './concurrency'
import type { LoadedTenant } from './graphContext'
import type { GraphDelegatedAdminCustomer } from './graphTypes'
import type { TenantAccess } from './tenantAccess'

/** A client tenant read silently, or named with why it couldn't be. */
export type TenantRead = { readonly loaded: LoadedTenant } | { readonly unreadable: UnreadableTenant }

/**
 * Every silent read of a client tenant (lists, dashboard, drift) goes through one queue, a few at
 * a time, and is kept for the session: the list reads what comes into view, the dashboard what is
 * left, and neither reads a tenant twice. A fresh read (opening a tenant) replaces what was kept.
 */
export interface TenantReads {
  readonly read: (customer: GraphDelegatedAdminCustomer) => Promise<TenantRead>
  /** What was read this session, by tenant id. */
  readonly known: () => ReadonlyMap<string, TenantRead>
  readonly remember: (loaded: LoadedTenant) => void
}

export function createTenantReads(
  load: (customer: GraphDelegatedAdminCustomer) => Promise<LoadedTenant>,
  access: TenantAccess,
  queue: Queue,
): TenantReads {
  const pending = new Map<string, Promise<TenantRead>>()
  const settled = new Map<string, TenantRead>()

  async function readOrExplain(customer: GraphDelegatedAdminCustomer): Promise<TenantRead> {
    try {
      return { loaded: await queue(() => load(customer)) }
    } catch (error) {
      const problem = await access.problemOf(customer, error)
      if (!problem) throw error
      // GDAP names the customer with the partner's own token: known even when its tenant can't be read.
      return {
        unreadable: { tenantId: customer.tenantId, companyName: customer.displayName ?? customer.tenantId, problem },
      }
    }
  }

  return {
    read(customer) {
      const kept = settled.get(customer.tenantId)
      if (kept) return Promise.resolve(kept)
      let reading = pending.get(customer.tenantId)
      if (!reading) {
        reading = readOrExplain(customer)
          .then(read => {
            settled.set(customer.tenantId, read)
            return read
          })
          .finally(() => pending.delete(customer.tenantId))
        pending.set(customer.tenantId, reading)
      }
      return reading
    },
    known: () => settled,
    remember: loaded => settled.set(loaded.tenant.id, { loaded }),
  }
}
