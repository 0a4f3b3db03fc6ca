import type { Caller } from '../graph/auth'
import type { PropagationDelays } from '../graph/propagation'
import type { GraphWorld } from '../graph/world'
import type { PartnerCenterState } from './state'
import { randomBytes, randomUUID } from 'node:crypto'
import { propagateCustomer, propagateSeats } from '../graph/propagation'
import { addClientTenant, sku } from '../graph/world'
import { APPLICATION_CONSENT_ROUTES } from './applicationConsents'
import { addressAccepted, addressOf, missingFields, validateAddress } from './address'
import { COMMERCE_ROUTES, commerceStateOf } from './commerce'
import { badRequest, notFound, PartnerCenterHttpError } from './errors'
import { newSubscription, offerOf, partnerCenterStateOf } from './state'

export { PartnerCenterHttpError } from './errors'

export interface PartnerCenterResponse {
  readonly status: number
  readonly body?: unknown
}

export interface PartnerCenterCall {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  readonly body: unknown
  readonly caller: Caller
  readonly world: GraphWorld
  /** How long what this call changes takes to show in Graph. */
  readonly propagation: PropagationDelays
  /** A customer named here shows in Graph after its own delay: one spec's slow customer, no one else's. */
  readonly customerDelays: ReadonlyMap<string, number>
  /**
   * Partner Center as documented, for every route: a new customer's address validated. Off while the console's page
   * still creates customers itself without a street address (`PartnerCenterServerOptions.allowBrowserConsole`).
   */
  readonly asDocumented: boolean
}

interface Route {
  readonly method: string
  readonly pattern: RegExp
  readonly handle: (
    call: PartnerCenterCall,
    state: PartnerCenterState,
    params: readonly string[],
  ) => PartnerCenterResponse
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function required(record: Record<string, unknown> | undefined, path: string, names: readonly string[]): void {
  for (const name of names) {
    if (!text(record?.[name])) throw badRequest(`${path}.${name} is required.`)
  }
}

function domainTaken(world: GraphWorld, domain: string): boolean {
  const name = domain.toLowerCase()
  return [...world.tenants.values()].some(tenant => tenant.domains.some(d => d.id.toLowerCase() === name))
}

function customerSubscriptions(call: PartnerCenterCall, state: PartnerCenterState, customerId: string) {
  const subscriptions = state.subscriptions.get(customerId)
  if (!subscriptions || !call.world.customers.some(c => c.tenantId === customerId))
    throw notFound(`Customer ${customerId} was not found.`)
  return subscriptions
}

/**
 * The new customer's tenant in the shared world: a GDAP customer with its initial domain and the
 * billing profile's country and language, which Graph shows after the customer delay.
 */
function createTenant(
  { world, propagation, customerDelays }: PartnerCenterCall,
  domain: string,
  profile: Record<string, unknown>,
  address: Record<string, unknown>,
): string {
  const companyName = String(profile.companyName)
  const id = addClientTenant(world, { displayName: companyName, skus: [] })
  propagateCustomer(world, id, customerDelays.get(companyName) ?? propagation.customerMs)
  const directory = world.tenants.get(id)!
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  directory.domains[0]!.id = domain
  Object.assign(directory.organization, {
    countryLetterCode: String(address.country),
    preferredLanguage: String(profile.culture),
    createdDateTime: now,
    businessPhones: text(address.phoneNumber) ? [String(address.phoneNumber)] : [],
    technicalNotificationMails: [String(profile.email)],
    verifiedDomains: [
      {
        name: domain,
        isDefault: true,
        isInitial: true,
        type: 'Managed',
        capabilities: 'Email, OfficeCommunicationsOnline',
      },
    ],
  })
  return id
}

const ROUTES: readonly Route[] = [
  // "Verify domain availability": 200 when the domain exists (taken), 404 when it is free.
  {
    method: 'HEAD',
    pattern: /^\/domains\/([^/]+)$/,
    handle: (call, _state, [domain]) => ({ status: domainTaken(call.world, domain!) ? 200 : 404 }),
  },

  {
    method: 'POST',
    pattern: /^\/customers$/,
    handle: (call, state) => {
      const body = call.body as
        { companyProfile?: Record<string, unknown>; billingProfile?: Record<string, unknown> } | undefined
      required(body?.companyProfile, 'companyProfile', ['domain'])
      required(body?.billingProfile, 'billingProfile', ['email', 'culture', 'language', 'companyName'])
      const address = body!.billingProfile!.defaultAddress as Record<string, unknown> | undefined
      required(address, 'billingProfile.defaultAddress', ['country', 'firstName', 'lastName'])
      // "To create a customer tenant you must provide a valid physical address"
      // (https://learn.microsoft.com/partner-center/developer/create-a-customer).
      if (call.asDocumented) {
        const postal = addressOf(address)
        const missing = missingFields(postal)
        if (missing.length > 0) throw badRequest(`billingProfile.defaultAddress is missing: ${missing.join(', ')}.`)
        const validation = validateAddress(postal)
        if (!addressAccepted(validation))
          throw new PartnerCenterHttpError(
            400,
            600060,
            'InvalidAddress',
            validation.validationMessage ?? 'The address is not valid.',
          )
      }
      const domain = String(body!.companyProfile!.domain).toLowerCase()
      if (!/^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]?\.onmicrosoft\.com$/.test(domain))
        throw badRequest(`The domain ${domain} is not a valid onmicrosoft.com domain.`)
      if (domainTaken(call.world, domain))
        throw new PartnerCenterHttpError(409, 600041, 'DomainAlreadyExists', `The domain ${domain} is already in use.`)
      const id = createTenant(call, domain, body!.billingProfile!, address!)
      state.subscriptions.set(id, [])
      const companyName = String(body!.billingProfile!.companyName)
      return {
        status: 201,
        body: {
          id,
          commerceId: randomUUID(),
          companyProfile: { tenantId: id, domain, companyName, attributes: { objectType: 'CustomerCompanyProfile' } },
          billingProfile: {
            id: randomUUID(),
            ...body!.billingProfile,
            attributes: { objectType: 'CustomerBillingProfile' },
          },
          relationshipToPartner: 'reseller',
          allowDelegatedAccess: true,
          userCredentials: {
            userName: 'admin',
            password: randomBytes(9).toString('base64url'),
            attributes: { objectType: 'UserCredentials' },
          },
          attributes: { objectType: 'Customer' },
        },
      }
    },
  },

  {
    method: 'POST',
    pattern: /^\/customers\/([^/]+)\/orders$/,
    handle: (call, state, [customerId]) => {
      const subscriptions = customerSubscriptions(call, state, customerId!)
      const lineItems = (call.body as { lineItems?: unknown } | undefined)?.lineItems
      if (!Array.isArray(lineItems) || lineItems.length === 0)
        throw badRequest('An order needs at least one line item.')
      const items = lineItems.map((item: Record<string, unknown>) => {
        const offer = offerOf(String(item.offerId ?? ''))
        if (!offer)
          throw new PartnerCenterHttpError(
            400,
            800002,
            'OfferNotFound',
            `The offer ${String(item.offerId)} was not found in the catalog.`,
          )
        if (!Number.isInteger(item.quantity) || (item.quantity as number) < 1)
          throw badRequest(
            `Line item ${String(item.lineItemNumber)}: the quantity must be a whole number of at least 1.`,
          )
        return { item, offer, quantity: item.quantity as number }
      })
      const orderId = randomUUID()
      const directory = call.world.tenants.get(customerId!)!
      const ordered = items.map(({ item, offer, quantity }) => {
        const subscription = newSubscription({
          offerId: String(item.offerId),
          quantity,
          orderId,
          termDuration: text(item.termDuration),
        })
        subscriptions.push(subscription)
        const licences = sku(customerId!, directory.organization.displayName, offer.skuPartNumber, quantity)
        licences.subscriptionIds = [subscription.id]
        directory.skus.push(licences)
        return {
          ...item,
          subscriptionId: subscription.id,
          links: { subscription: { uri: `/customers/${customerId}/subscriptions/${subscription.id}`, method: 'GET' } },
        }
      })
      return {
        status: 201,
        body: {
          id: orderId,
          referenceCustomerId: customerId,
          billingCycle: 'monthly',
          lineItems: ordered,
          creationDate: new Date().toISOString(),
          status: 'completed',
          attributes: { objectType: 'Order' },
        },
      }
    },
  },

  {
    method: 'GET',
    pattern: /^\/customers\/([^/]+)\/subscriptions$/,
    handle: (call, state, [customerId]) => {
      const items = customerSubscriptions(call, state, customerId!)
      return {
        status: 200,
        body: { totalCount: items.length, items, links: {}, attributes: { objectType: 'Collection' } },
      }
    },
  },

  {
    method: 'GET',
    pattern: /^\/customers\/([^/]+)\/subscriptions\/([^/]+)$/,
    handle: (call, state, [customerId, id]) => {
      const subscription = customerSubscriptions(call, state, customerId!).find(s => s.id === id)
      if (!subscription) throw notFound(`Subscription ${id} was not found.`)
      return { status: 200, body: subscription }
    },
  },

  // "Change the quantity of a subscription": the subscription with its new quantity; the SKU's seats in Graph follow
  // after the seat delay.
  {
    method: 'PATCH',
    pattern: /^\/customers\/([^/]+)\/subscriptions\/([^/]+)$/,
    handle: (call, state, [customerId, id]) => {
      const subscription = customerSubscriptions(call, state, customerId!).find(s => s.id === id)
      if (!subscription) throw notFound(`Subscription ${id} was not found.`)
      const quantity = (call.body as { quantity?: unknown } | undefined)?.quantity
      if (!Number.isInteger(quantity) || (quantity as number) < 1)
        throw badRequest('The quantity must be a whole number of at least 1.')
      const licences = call.world.tenants.get(customerId!)?.skus.find(s => s.subscriptionIds.includes(subscription.id))
      const change = (quantity as number) - subscription.quantity
      if (licences && licences.prepaidUnits.enabled + change < licences.consumedUnits)
        throw new PartnerCenterHttpError(
          400,
          800010,
          'QuantityBelowAssigned',
          `The quantity can't go below the ${licences.consumedUnits} licences assigned.`,
        )
      subscription.quantity = quantity as number
      if (licences) {
        const before = licences.prepaidUnits.enabled
        licences.prepaidUnits.enabled += change
        propagateSeats(call.world, licences, before, call.propagation.seatsMs)
      }
      return { status: 200, body: subscription }
    },
  },
]

/** Answers one authenticated Partner Center call (under `/v1`). */
export function handlePartnerCenterCall(call: PartnerCenterCall): PartnerCenterResponse {
  const state = partnerCenterStateOf(call.world)
  commerceStateOf(call.world)
  for (const route of [...ROUTES, ...COMMERCE_ROUTES, ...APPLICATION_CONSENT_ROUTES]) {
    const match = route.method === call.method ? route.pattern.exec(call.path) : null
    if (match) return route.handle(call, state, match.slice(1).map(decodeURIComponent))
  }
  throw notFound(`No resource at ${call.method} ${call.path}.`)
}
