import type { TenantRepository } from '../backend'
import type { GraphContext } from '../graph/graphContext'
import type { PartnerCenterClient } from './partnerCenterClient'
import type { PartnerCenterCustomer, PartnerCenterOrder } from './partnerCenterTypes'
import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { ValidationIssue } from '@/domain/validation'
import { BackendError, isBackendError } from '../backend'
import { signInNeededIn } from '../graph/tokens'
import { customerRequest, initialDomainOf, orderRequest } from './customerMapping'
import { PartnerCenterRequestError } from './partnerCenterClient'
import { refuseInvalid } from '../records/checks'
import { partnerCenterCall } from './partnerCenterErrors'
import { validateProvisionRequest } from '@/domain/tenant/provisioning'

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
const DEFAULT_READ_BACK: ReadBackPolicy = { attempts: 8, delayMs: 2000 }

/**
 * The domain's rules first, then what Partner Center can't do from this console: trials, and a baseline on a tenant it
 * creates.
 */
function issuesOf(
  request: ProvisionRequest & { readonly baselineId?: string | null },
  takenPrefixes: ReadonlySet<string>,
): ValidationIssue[] {
  const issues = validateProvisionRequest(request, takenPrefixes)
  if (request.billing === 'trial' && !issues.some(issue => issue.field === 'billing'))
    issues.push({ field: 'billing', code: 'notAvailable' })
  if (request.baselineId) issues.push({ field: 'baselineId', code: 'notAvailable' })
  return issues
}

function domainTaken(prefix: string): ValidationIssue {
  return { field: 'domainPrefix', code: 'notAvailable', params: { prefix: prefix.trim() } }
}

/**
 * `tenants.provision` through Partner Center: the domain's rules, then the initial domain's
 * availability (so a taken one creates nothing), the customer (its Microsoft Entra tenant),
 * one order for the offers and seats, and the new tenant read back through Graph as every other.
 */
export function partnerCenterProvisioning(
  client: PartnerCenterClient,
  context: GraphContext,
  domainPrefixes: () => Promise<Set<string>>,
  readBack: ReadBackPolicy = DEFAULT_READ_BACK,
): TenantRepository['provision'] {
  /**
   * The tenant once Graph lists it and lets it be read; until then, not yet (a refusal included: the access comes with
   * it).
   */
  async function readBackOnce(tenantId: string): Promise<TenantWithSubscriptions | undefined> {
    try {
      const found = await context.find(tenantId)
      return found && { tenant: found.tenant, subscriptions: found.subscriptions }
    } catch (error) {
      if (isBackendError(error, 'unauthorized') && !signInNeededIn(error)) return undefined
      throw error
    }
  }

  async function readBackTenant(
    customer: PartnerCenterCustomer,
    companyName: string,
  ): Promise<TenantWithSubscriptions> {
    for (let attempt = 1; attempt <= readBack.attempts; attempt++) {
      const found = await readBackOnce(customer.id)
      if (found) return found
      if (attempt < readBack.attempts) await new Promise(resolve => setTimeout(resolve, readBack.delayMs))
    }
    // Created, not failed: it must not be created again, and it shows in the list once Graph has it.
    throw new BackendError(
      'pending',
      `${companyName} was created in Partner Center (tenant ${customer.id}), but Microsoft Graph doesn't show it among the partner's GDAP customers yet: it will appear in the tenant list once it does`,
    )
  }

  return async request => {
    const issues = issuesOf(request, await domainPrefixes())
    if (issues.length > 0) refuseInvalid(issues, 'The new tenant breaks a provisioning rule')
    const domain = initialDomainOf(request.domainPrefix)
    if (
      await partnerCenterCall(`check that ${domain} is free`, () =>
        client.exists(`/domains/${encodeURIComponent(domain)}`),
      )
    )
      refuseInvalid([domainTaken(request.domainPrefix)], 'The new tenant breaks a provisioning rule')

    const companyName = request.companyName.trim()
    const customer = await partnerCenterCall(`create ${companyName} in Partner Center`, async () => {
      try {
        return await client.post<PartnerCenterCustomer>('/customers', customerRequest(request))
      } catch (error) {
        // Taken between the check and the creation: Partner Center refuses with a conflict.
        if (error instanceof PartnerCenterRequestError && error.status === 409)
          refuseInvalid([domainTaken(request.domainPrefix)], 'The new tenant breaks a provisioning rule')
        throw error
      }
    })
    // Partner Center can't delete a customer: if the order fails, say plainly what exists.
    await partnerCenterCall(
      `${companyName} was created in Partner Center (tenant ${customer.id}), but its order failed; order its offers in Partner Center`,
      () =>
        client.post<PartnerCenterOrder>(
          `/customers/${encodeURIComponent(customer.id)}/orders`,
          orderRequest(customer.id, request),
        ),
    )
    const created = await readBackTenant(customer, companyName)
    await context.log({
      area: 'tenant',
      action: 'tenant.provisioned',
      tenant: created.tenant,
      details: {
        companyName,
        offers: request.lines.map(line => line.offerId).join(','),
        seats: request.lines.reduce((total, line) => total + line.seats, 0),
      },
    })
    return created
  }
}
