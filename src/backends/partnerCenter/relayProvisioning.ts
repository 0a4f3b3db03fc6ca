import type { FirstAdministrator, ProvisionedTenant, TenantRepository } from '../backend'
import type { GraphContext } from '../graph/graphContext'
import type { HalfDoneStep } from '../relay/customerHalfDone'
import type { RelayConnection } from '../relay/relayClient'
import type { ReadBackPolicy } from './readBack'
import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { ValidationIssue } from '@/domain/validation'
import { isBackendError, ProvisionPending } from '../backend'
import { refuseInvalid } from '../records/checks'
import { CustomerHalfDone } from '../relay/customerHalfDone'
import { relayCall, relayRefusalIn } from '../relay/relayClient'
import { DEFAULT_READ_BACK, readBackTenant } from './readBack'
import { customerBody, initialDomainOf, provisioningField } from './relayCustomer'
import { validateProvisionRequest } from '@/domain/tenant/provisioning'

/** What the relay answers a customer it created, its agreement recorded and its cart checked out. */
interface CreatedCustomer {
  readonly customerId: string
  /** Partner Center's first administrator for a customer created now (not for one finished on a retry). */
  readonly administrator?: { readonly userName: string; readonly password: string }
}

/** Each step's outcome, as the relay gives it beside a failure. */
interface FailedCustomer {
  readonly customerId?: string
  readonly steps?: readonly { readonly step: string; readonly outcome: string }[]
}

const HALF_DONE_STEPS: readonly HalfDoneStep[] = ['agreement', 'cart', 'checkout']

/** The domain's rules, then what Partner Center can't do from this console: trials, and a baseline on a new tenant. */
function issuesOf(
  request: ProvisionRequest & { readonly baselineId?: string | null },
  takenPrefixes: ReadonlySet<string>,
  today: string,
): ValidationIssue[] {
  const issues = validateProvisionRequest(request, takenPrefixes, today)
  if (request.billing === 'trial' && !issues.some(issue => issue.field === 'billing'))
    issues.push({ field: 'billing', code: 'notAvailable' })
  if (request.baselineId) issues.push({ field: 'baselineId', code: 'notAvailable' })
  return issues
}

/**
 * New customers through the partner relay's `POST /api/customers` (the address checked, the customer created, the
 * Microsoft Customer Agreement's acceptance recorded, a cart checked out), then read back through Graph as every
 * tenant is. A customer the relay created before a later step failed is remembered for this page's session by its
 * initial domain, and the next attempt for that domain gives its id back, so the relay finishes it.
 */
export function relayCustomers(
  relay: RelayConnection,
  context: GraphContext,
  domainPrefixes: () => Promise<Set<string>>,
  readBack: ReadBackPolicy = DEFAULT_READ_BACK,
) {
  const halfDone = new Map<string, string>()
  // Each new customer's administrator, by customer id, until `provision` hands it over: kept nowhere else.
  const administrators = new Map<string, FirstAdministrator>()

  /** The request checked by the domain's rules and the partner's tenants' prefixes; refused with `validation`. */
  async function check(request: ProvisionRequest & { readonly baselineId?: string | null }): Promise<void> {
    refuseInvalid(
      issuesOf(request, await domainPrefixes(), context.today()),
      'The new tenant breaks a provisioning rule',
    )
  }

  /** Creates the customer through the relay, or says what exists and what failed. */
  async function create(request: ProvisionRequest): Promise<string> {
    const domain = initialDomainOf(request.domainPrefix)
    const companyName = request.companyName.trim()
    try {
      const { body } = await relayCall<CreatedCustomer>(relay, {
        method: 'POST',
        path: '/api/customers',
        body: customerBody(request, halfDone.get(domain)),
        what: `create ${companyName} in Partner Center`,
        field: provisioningField(request),
      })
      halfDone.delete(domain)
      if (body.administrator)
        administrators.set(body.customerId, {
          userName: body.administrator.userName,
          temporaryPassword: body.administrator.password,
        })
      return body.customerId
    } catch (error) {
      const refusal = relayRefusalIn(error)
      // Taken between the console's check and Partner Center's: nothing was created.
      if (refusal?.status === 409 && refusal.envelope.field === 'domain')
        refuseInvalid(
          [{ field: 'domainPrefix', code: 'notAvailable', params: { prefix: request.domainPrefix.trim() } }],
          'The new tenant breaks a provisioning rule',
        )
      const failed = (refusal?.body ?? {}) as FailedCustomer
      const step = failed.steps?.find(s => s.outcome === 'failed')?.step as HalfDoneStep | undefined
      if (failed.customerId && isBackendError(error) && step && HALF_DONE_STEPS.includes(step)) {
        halfDone.set(domain, failed.customerId)
        throw new CustomerHalfDone(companyName, failed.customerId, step, error)
      }
      throw error
    }
  }

  /**
   * The new tenant once Graph shows it, with its first administrator, its provisioning logged;
   * `ProvisionPending` until then, carrying that administrator: its password is handed over either way.
   */
  async function readBackProvisioned(customerId: string, request: ProvisionRequest): Promise<ProvisionedTenant> {
    const companyName = request.companyName.trim()
    const administrator = administrators.get(customerId)
    administrators.delete(customerId)
    let created: TenantWithSubscriptions
    try {
      created = await readBackTenant(context, customerId, companyName, readBack)
    } catch (error) {
      if (isBackendError(error, 'pending'))
        throw new ProvisionPending(error.message, customerId, administrator, { cause: error })
      throw error
    }
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
    return { ...created, ...(administrator ? { administrator } : {}) }
  }

  /** A new tenant: created in Partner Center, read back through Graph, logged. */
  async function provision(request: ProvisionRequest): Promise<ProvisionedTenant> {
    return readBackProvisioned(await create(request), request)
  }

  return { check, create, readBackProvisioned, provision }
}

/** `tenants.provision` on Microsoft 365 with the partner relay. */
export function relayProvisioning(customers: ReturnType<typeof relayCustomers>): TenantRepository['provision'] {
  return async request => {
    await customers.check(request)
    return customers.provision(request)
  }
}
