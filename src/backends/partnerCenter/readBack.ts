import type { GraphContext } from '../graph/graphContext'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import { BackendError, isBackendError } from '../backend'
import { signInNeededIn } from '../graph/tokens'

export interface ReadBackPolicy {
  /** How many times Graph is asked for the new tenant before saying it will show later. */
  readonly attempts: number
  readonly delayMs: number
}

/**
 * About 15 seconds: a new customer shows among the partner's GDAP customers, and its tenant
 * reads, only some time after Partner Center created it (Microsoft gives no figure; see
 * test-world/graph/propagation.ts). Longer would hold the form; the list shows it once it's there.
 */
export const DEFAULT_READ_BACK: ReadBackPolicy = { attempts: 8, delayMs: 2000 }

/**
 * The tenant Partner Center just created, once Graph lists it and lets it be read; `pending` when it still doesn't
 * after the policy's attempts: created, not failed, so it must not be created again, and the list shows it later.
 */
export async function readBackTenant(
  context: GraphContext,
  tenantId: string,
  companyName: string,
  policy: ReadBackPolicy,
): Promise<TenantWithSubscriptions> {
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    const found = await readBackOnce(context, tenantId)
    if (found) return found
    if (attempt < policy.attempts) await new Promise(resolve => setTimeout(resolve, policy.delayMs))
  }
  throw new BackendError(
    'pending',
    `${companyName} was created in Partner Center (tenant ${tenantId}), but Microsoft Graph doesn't show it among the partner's GDAP customers yet: it will appear in the tenant list once it does`,
  )
}

/** The tenant, or not yet: a refusal included, since the access comes with it. */
async function readBackOnce(context: GraphContext, tenantId: string): Promise<TenantWithSubscriptions | undefined> {
  try {
    const found = await context.find(tenantId)
    return found && { tenant: found.tenant, subscriptions: found.subscriptions }
  } catch (error) {
    if (isBackendError(error, 'unauthorized') && !signInNeededIn(error)) return undefined
    throw error
  }
}
