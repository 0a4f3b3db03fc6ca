import type { GraphWorld } from '../graph/world'
import type { CatalogueSku } from './catalogue'
import type { PartnerCenterCall, PartnerCenterResponse } from './routes'
import type { PartnerCenterState, PartnerCenterSubscription } from './state'
import { randomUUID } from 'node:crypto'
import { sku as graphSku } from '../graph/world'
import { TECHNICIAN } from '../directory'
import { addressOf, missingFields, validateAddress } from './address'
import { availabilityId, CATALOGUE_SKUS, catalogueItem, MARKETS, TERMS } from './catalogue'
import { badRequest, notFound, PartnerCenterHttpError } from './errors'
import { newSubscription } from './state'

/**
 * New commerce on the Partner Center test server: the catalogue (products, SKUs, availabilities), address validation,
 * the Microsoft Customer Agreement, and carts checked out into orders and subscriptions whose `offerId` is the
 * three-part catalogue item id, each rule beside its page. These routes refuse browser origins: only a server (the
 * relay) calls them.
 */

interface Agreement {
  userId: string
  primaryContact: { firstName: string; lastName: string; email: string; phoneNumber?: string }
  dateAgreed: string
  templateId: string
  type: 'MicrosoftCustomerAgreement'
  agreementLink: string
  attributes: { objectType: 'Agreement' }
}

interface CartLineItem {
  id: number
  catalogItemId: string
  quantity: number
  billingCycle: string
  termDuration: string
  friendlyName?: string
}

interface Cart {
  id: string
  creationTimestamp: string
  lastModifiedTimestamp: string
  expirationTimestamp: string
  lastModifiedUser: string
  lineItems: CartLineItem[]
  status: 'Active' | 'Ordered'
  attributes: { objectType: 'Cart' }
  /** What checkout answered, said again to a second checkout (the API is idempotent). */
  checkout?: unknown
}

interface CommerceState {
  readonly agreements: Map<string, Agreement[]>
  readonly carts: Map<string, Map<string, Cart>>
}

/** The Microsoft Customer Agreement's current template (`GET /v1/agreements`). */
export const MCA_TEMPLATE_ID = '117a69e2-5b1e-4d2c-9c5a-7a1a35c8e6f1'
const MCA_LINK = 'https://aka.ms/customeragreement'

const states = new WeakMap<GraphWorld, CommerceState>()

/**
 * The world's new-commerce state. Seeded customers bought before: their acceptance is on record. Made before any call
 * is handled (`handlePartnerCenterCall`), so a customer created since is not taken for a seeded one.
 */
export function commerceStateOf(world: GraphWorld): CommerceState {
  let state = states.get(world)
  if (!state) {
    state = { agreements: new Map(), carts: new Map() }
    for (const customer of world.customers)
      state.agreements.set(customer.tenantId, [
        {
          userId: TECHNICIAN.login,
          primaryContact: { firstName: 'Seeded', lastName: 'Customer', email: `admin@${customer.tenantId}.example` },
          dateAgreed: '2024-01-15T00:00:00Z',
          templateId: MCA_TEMPLATE_ID,
          type: 'MicrosoftCustomerAgreement',
          agreementLink: MCA_LINK,
          attributes: { objectType: 'Agreement' },
        },
      ])
    states.set(world, state)
  }
  return state
}

const collection = (items: unknown[]) => ({ totalCount: items.length, items, attributes: { objectType: 'Collection' } })

/** The country a catalogue call names: required, and one of the markets this catalogue sells in. */
function countryOf(call: PartnerCenterCall): string {
  const country = call.query.get('country')?.toUpperCase()
  if (!country) throw badRequest('The country is required.')
  if (!MARKETS[country]) throw badRequest(`The country ${country} is not supported.`)
  return country
}

function productOf(productId: string): CatalogueSku {
  const sku = CATALOGUE_SKUS.find(s => s.productId === productId.toUpperCase())
  if (!sku) throw notFound(`Product ${productId} was not found.`)
  return sku
}

function skuOf(productId: string, skuId: string): CatalogueSku {
  const sku = CATALOGUE_SKUS.find(s => s.productId === productId.toUpperCase() && s.skuId === skuId)
  if (!sku) throw notFound(`SKU ${productId}:${skuId} was not found.`)
  return sku
}

const productBody = (sku: CatalogueSku, country: string) => ({
  id: sku.productId,
  title: sku.title,
  description: sku.title,
  productType: { id: 'OnlineServices', displayName: 'OnlineServices' },
  isMicrosoftProduct: true,
  publisherName: 'Microsoft Corporation',
  links: { skus: { uri: `/products/${sku.productId}/skus?country=${country}`, method: 'GET', headers: [] } },
  attributes: { objectType: 'Product' },
})

const skuBody = (sku: CatalogueSku, country: string) => ({
  id: sku.skuId,
  productId: sku.productId,
  title: sku.title,
  description: sku.title,
  minimumQuantity: sku.minimumQuantity,
  maximumQuantity: sku.maximumQuantity,
  isTrial: false,
  supportedBillingCycles: ['annual', 'monthly'],
  purchasePrerequisites: [],
  inventoryVariables: [],
  provisioningVariables: [],
  dynamicAttributes: { isMicrosoftProduct: true, hasAddOns: false },
  links: {
    availabilities: {
      uri: `/products/${sku.productId}/skus/${sku.skuId}/availabilities?country=${country}`,
      method: 'GET',
      headers: [],
    },
  },
  attributes: { objectType: 'Sku' },
})

const availabilityBody = (sku: CatalogueSku, country: string) => {
  const id = availabilityId(sku, country)
  return {
    id,
    productId: sku.productId,
    skuId: sku.skuId,
    catalogItemId: `${sku.productId}:${sku.skuId}:${id}`,
    defaultCurrency: MARKETS[country],
    segment: 'commercial',
    country,
    isPurchasable: true,
    isRenewable: true,
    terms: TERMS,
    attributes: { objectType: 'Availability' },
  }
}

function customerOf(call: PartnerCenterCall, customerId: string) {
  if (!call.world.customers.some(c => c.tenantId === customerId))
    throw notFound(`Customer ${customerId} was not found.`)
  return call.world.tenants.get(customerId)!
}

function text(record: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = record?.[name]
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/** A cart's line items checked against the catalogue in the customer's country; the first fault refuses the cart. */
function lineItemsOf(body: unknown, country: string): CartLineItem[] {
  const items = (body as { lineItems?: unknown } | undefined)?.lineItems
  if (!Array.isArray(items) || items.length === 0) throw badRequest('A cart needs at least one line item.')
  return items.map((raw: Record<string, unknown>, index) => {
    const catalogItemId = String(raw?.catalogItemId ?? '')
    const item = catalogueItem(catalogItemId)
    if (!item)
      throw new PartnerCenterHttpError(
        400,
        800002,
        'CatalogItemNotFound',
        `The catalog item ${catalogItemId} was not found in the catalog.`,
      )
    if (item.country !== country)
      throw new PartnerCenterHttpError(
        400,
        800003,
        'CatalogItemNotAvailable',
        `The catalog item ${catalogItemId} is not available in the customer's country, ${country}.`,
      )
    const quantity = raw.quantity
    if (
      !Number.isInteger(quantity) ||
      (quantity as number) < item.sku.minimumQuantity ||
      (quantity as number) > item.sku.maximumQuantity
    )
      throw badRequest(
        `Line item ${index}: the quantity must be a whole number from ${item.sku.minimumQuantity} to ${item.sku.maximumQuantity}.`,
      )
    const termDuration = String(raw.termDuration ?? '')
    const billingCycle = String(raw.billingCycle ?? '')
    if (!TERMS.some(term => term.duration === termDuration && term.billingCycle === billingCycle))
      throw badRequest(`Line item ${index}: the term ${termDuration} is not sold with ${billingCycle} billing.`)
    return {
      id: index,
      catalogItemId: catalogItemId.toUpperCase(),
      quantity: quantity as number,
      billingCycle,
      termDuration,
      ...(typeof raw.friendlyName === 'string' ? { friendlyName: raw.friendlyName } : {}),
    }
  })
}

interface CommerceRoute {
  readonly method: string
  readonly pattern: RegExp
  readonly handle: (
    call: PartnerCenterCall,
    state: PartnerCenterState,
    params: readonly string[],
  ) => PartnerCenterResponse
}

export const COMMERCE_ROUTES: readonly CommerceRoute[] = [
  // "Get a list of products (by country)": country and targetView are required; new commerce's license-based
  // products are in the OnlineServices view (https://learn.microsoft.com/partner-center/developer/get-a-list-of-products).
  {
    method: 'GET',
    pattern: /^\/products$/,
    handle: call => {
      const country = countryOf(call)
      const view = call.query.get('targetView')
      if (!view) throw badRequest('The targetView is required.')
      const products = view.toLowerCase() === 'onlineservices' ? CATALOGUE_SKUS : []
      return { status: 200, body: collection(products.map(sku => productBody(sku, country))) }
    },
  },
  {
    method: 'GET',
    pattern: /^\/products\/([^/]+)$/,
    handle: (call, _state, [productId]) => ({ status: 200, body: productBody(productOf(productId!), countryOf(call)) }),
  },
  // "Get a list of SKUs for a product (by country)" (https://learn.microsoft.com/partner-center/developer/get-a-list-of-skus-for-a-product).
  {
    method: 'GET',
    pattern: /^\/products\/([^/]+)\/skus$/,
    handle: (call, _state, [productId]) => {
      const country = countryOf(call)
      productOf(productId!)
      const skus = CATALOGUE_SKUS.filter(s => s.productId === productId!.toUpperCase())
      return { status: 200, body: collection(skus.map(sku => skuBody(sku, country))) }
    },
  },
  // "Get a list of availabilities for a SKU (by country)"
  // (https://learn.microsoft.com/partner-center/developer/get-a-list-of-availabilities-for-a-sku).
  {
    method: 'GET',
    pattern: /^\/products\/([^/]+)\/skus\/([^/]+)\/availabilities$/,
    handle: (call, _state, [productId, skuId]) => {
      const country = countryOf(call)
      return { status: 200, body: collection([availabilityBody(skuOf(productId!, skuId!), country)]) }
    },
  },

  // "Validate an address": 200 with a status and suggested addresses; the required fields missing answer 400.
  {
    method: 'POST',
    pattern: /^\/validations\/address$/,
    handle: call => {
      const address = addressOf(call.body)
      const missing = missingFields(address)
      if (missing.length > 0) throw badRequest(`The address is missing: ${missing.join(', ')}.`)
      return { status: 200, body: validateAddress(address) }
    },
  },

  // "Get a customer by ID" (https://learn.microsoft.com/partner-center/developer/get-a-customer-by-id): its company
  // profile and its billing address's country, which its catalogue is read in.
  {
    method: 'GET',
    pattern: /^\/customers\/([^/]+)$/,
    handle: (call, _state, [customerId]) => {
      const directory = customerOf(call, customerId!)
      const domain = directory.domains.find(d => d.isDefault)?.id ?? directory.domains[0]?.id
      return {
        status: 200,
        body: {
          id: customerId,
          companyProfile: {
            tenantId: customerId,
            domain,
            companyName: directory.organization.displayName,
            attributes: { objectType: 'CustomerCompanyProfile' },
          },
          billingProfile: {
            companyName: directory.organization.displayName,
            defaultAddress: { country: directory.organization.countryLetterCode },
            attributes: { objectType: 'CustomerBillingProfile' },
          },
          relationshipToPartner: 'reseller',
          attributes: { objectType: 'Customer' },
        },
      }
    },
  },

  // "Get agreement metadata" (https://learn.microsoft.com/partner-center/developer/get-agreement-metadata): the
  // templateId an acceptance names.
  {
    method: 'GET',
    pattern: /^\/agreements$/,
    handle: call => {
      const type = call.query.get('agreementType')
      const items =
        !type || type === 'MicrosoftCustomerAgreement'
          ? [
              {
                templateId: MCA_TEMPLATE_ID,
                agreementType: 'MicrosoftCustomerAgreement',
                agreementLink: MCA_LINK,
                versionRank: 0,
                attributes: { objectType: 'AgreementMetaData' },
              },
            ]
          : []
      return { status: 200, body: collection(items) }
    },
  },
  // "Confirm customer acceptance of the Microsoft Customer Agreement"
  // (https://learn.microsoft.com/partner-center/developer/confirm-customer-consent-customer-agreement): the customer's
  // contact who accepted, the date, the current template; App+User only, the userId taken from the token.
  {
    method: 'POST',
    pattern: /^\/customers\/([^/]+)\/agreements$/,
    handle: (call, _state, [customerId]) => {
      customerOf(call, customerId!)
      const body = (call.body ?? {}) as Record<string, unknown>
      const contact = body.primaryContact as Record<string, unknown> | undefined
      for (const name of ['firstName', 'lastName', 'email'])
        if (!text(contact, name)) throw badRequest(`primaryContact.${name} is required.`)
      if (body.type !== 'MicrosoftCustomerAgreement')
        throw badRequest('The agreement type must be MicrosoftCustomerAgreement.')
      if (body.templateId !== MCA_TEMPLATE_ID)
        throw badRequest(`The templateId ${String(body.templateId)} is not the current Microsoft Customer Agreement.`)
      const dateAgreed = text(body, 'dateAgreed')
      const agreed = dateAgreed ? Date.parse(dateAgreed) : NaN
      if (Number.isNaN(agreed) || agreed > Date.now() + 60_000)
        throw badRequest('dateAgreed must be the date the customer accepted, not in the future.')
      const agreement: Agreement = {
        // The world's one technician: their sign-in name stands for their object id.
        userId: TECHNICIAN.login,
        primaryContact: {
          firstName: text(contact, 'firstName')!,
          lastName: text(contact, 'lastName')!,
          email: text(contact, 'email')!,
          ...(text(contact, 'phoneNumber') ? { phoneNumber: text(contact, 'phoneNumber') } : {}),
        },
        dateAgreed: new Date(agreed).toISOString(),
        templateId: MCA_TEMPLATE_ID,
        type: 'MicrosoftCustomerAgreement',
        agreementLink: MCA_LINK,
        attributes: { objectType: 'Agreement' },
      }
      const agreements = commerceStateOf(call.world).agreements
      agreements.set(customerId!, [...(agreements.get(customerId!) ?? []), agreement])
      return { status: 201, body: agreement }
    },
  },
  // "Get confirmation of customer acceptance of Microsoft Customer Agreement".
  {
    method: 'GET',
    pattern: /^\/customers\/([^/]+)\/agreements$/,
    handle: (call, _state, [customerId]) => {
      customerOf(call, customerId!)
      return { status: 200, body: collection(commerceStateOf(call.world).agreements.get(customerId!) ?? []) }
    },
  },

  // "Create a cart with a customer order" (https://learn.microsoft.com/partner-center/developer/create-a-cart): line
  // items by catalogue item id and quantity, with a term and billing cycle the availability offers; carts expire seven
  // days after creation.
  {
    method: 'POST',
    pattern: /^\/customers\/([^/]+)\/carts$/,
    handle: (call, _state, [customerId]) => {
      const directory = customerOf(call, customerId!)
      const lineItems = lineItemsOf(call.body, directory.organization.countryLetterCode.toUpperCase())
      const now = new Date()
      const cart: Cart = {
        id: randomUUID(),
        creationTimestamp: now.toISOString(),
        lastModifiedTimestamp: now.toISOString(),
        expirationTimestamp: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
        lastModifiedUser: TECHNICIAN.login,
        lineItems,
        status: 'Active',
        attributes: { objectType: 'Cart' },
      }
      const carts = commerceStateOf(call.world).carts
      if (!carts.has(customerId!)) carts.set(customerId!, new Map())
      carts.get(customerId!)!.set(cart.id, cart)
      return { status: 201, body: { ...cart, checkout: undefined } }
    },
  },
  // "Check out an order for a customer in a cart" (https://learn.microsoft.com/partner-center/developer/checkout-a-cart):
  // idempotent, a second checkout says the first's result again. New commerce wants the customer's acceptance of the
  // Microsoft Customer Agreement confirmed first (purchase-new-commerce-license-based, prerequisites).
  {
    method: 'POST',
    pattern: /^\/customers\/([^/]+)\/carts\/([^/]+)\/checkout$/,
    handle: (call, state, [customerId, cartId]) => {
      const directory = customerOf(call, customerId!)
      const commerce = commerceStateOf(call.world)
      const cart = commerce.carts.get(customerId!)?.get(cartId!)
      if (!cart) throw notFound(`Cart ${cartId} was not found.`)
      if (cart.checkout) return { status: 201, body: cart.checkout }
      if (Date.parse(cart.expirationTimestamp) < Date.now()) throw badRequest(`Cart ${cartId} has expired.`)
      if (!(commerce.agreements.get(customerId!) ?? []).some(a => a.type === 'MicrosoftCustomerAgreement'))
        throw new PartnerCenterHttpError(
          400,
          800036,
          'CustomerAgreementNotAccepted',
          "The customer's acceptance of the Microsoft Customer Agreement has not been confirmed.",
        )
      const orderId = randomUUID()
      const subscriptions = state.subscriptions.get(customerId!) ?? []
      state.subscriptions.set(customerId!, subscriptions)
      const lineItems = cart.lineItems.map(item => {
        const { sku } = catalogueItem(item.catalogItemId)!
        const subscription: PartnerCenterSubscription = {
          ...newSubscription({
            offerId: item.catalogItemId,
            quantity: item.quantity,
            orderId,
            termDuration: item.termDuration,
          }),
          offerName: sku.title,
          friendlyName: item.friendlyName ?? sku.title,
          billingCycle: item.billingCycle,
        }
        subscriptions.push(subscription)
        const licences = graphSku(customerId!, directory.organization.displayName, sku.skuPartNumber, item.quantity)
        licences.subscriptionIds = [subscription.id]
        directory.skus.push(licences)
        return {
          lineItemNumber: item.id,
          offerId: item.catalogItemId,
          subscriptionId: subscription.id,
          termDuration: item.termDuration,
          friendlyName: subscription.friendlyName,
          quantity: item.quantity,
          links: { subscription: { uri: `/customers/${customerId}/subscriptions/${subscription.id}`, method: 'GET' } },
        }
      })
      cart.status = 'Ordered'
      cart.checkout = {
        orders: [
          {
            id: orderId,
            alternateId: orderId.replace(/-/g, '').slice(0, 12),
            referenceCustomerId: customerId,
            billingCycle: cart.lineItems[0]!.billingCycle,
            currencyCode: MARKETS[directory.organization.countryLetterCode.toUpperCase()]?.code,
            lineItems,
            creationDate: new Date().toISOString(),
            status: 'completed',
            attributes: { objectType: 'Order' },
          },
        ],
        orderErrors: [],
        attributes: { objectType: 'CartCheckoutResult' },
      }
      return { status: 201, body: cart.checkout }
    },
  },
]

/** Whether a path (under `/v1`) is one of new commerce's, which only a server may call. */
export function isCommercePath(method: string, path: string): boolean {
  return COMMERCE_ROUTES.some(route => (method === 'OPTIONS' || route.method === method) && route.pattern.test(path))
}
