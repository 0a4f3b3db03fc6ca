import type { TestPartnerCenter } from '../../../test-world/partnerCenter/testWorld'
import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, PARTNER_TENANT } from '../../../test-world/directory'
import { startTestPartnerCenter } from '../../../test-world/partnerCenter/testWorld'
import { isBackendError } from '../backend'
import { useTestGraph } from '../graph/testing'
import { PROVISION_REQUEST } from './testing'
import { getOffer } from '@/domain/catalogue'

const REQUEST: ProvisionRequest = {
  ...PROVISION_REQUEST,
  lines: [
    { offerId: 'standard-suite', seats: 12 },
    { offerId: 'exchange-deskless', seats: 5 },
  ],
}

const [STANDARD, , MIXED] = CLIENT_TENANTS

describe('Graph backend with Partner Center', () => {
  const { graph, backend: graphBackend } = useTestGraph()
  let partnerCenter: TestPartnerCenter | undefined
  beforeEach(async () => {
    partnerCenter ??= await startTestPartnerCenter(graph())
    partnerCenter.server.requests.length = 0
  })
  afterAll(() => partnerCenter?.server.close())
  const backend = () =>
    graphBackend({
      partnerCenter: {
        baseUrl: partnerCenter!.server.baseUrl,
        tokens: partnerCenter!.tokens,
        readBack: { attempts: 1, delayMs: 0 },
      },
    })
  const received = () => partnerCenter!.server.requests.map(r => `${r.method} ${r.path} ${r.status}`)
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => 'resolved',
      (error: unknown) => error,
    )

  it('declares provisioning and seat changes available, the rest of subscriptions done in Partner Center itself', () => {
    const { capabilities } = backend()
    expect(capabilities.action('tenants.provision')).toEqual({ available: true })
    expect(capabilities.action('subscriptions.changeSeats')).toEqual({ available: true })
    expect(capabilities.action('subscriptions.cancel')).toEqual({ available: false, reason: 'partnerCenterPortal' })
    expect(capabilities.action('users.remove')).toEqual({ available: false, reason: 'notYetOnGraph' })
    expect(graphBackend().capabilities.action('tenants.provision')).toEqual({
      available: false,
      reason: 'partnerCenter',
    })
  })

  it('provisions: the customer, then one order for the offers and seats, and the tenant read back through Graph', async () => {
    const created = await backend().tenants.provision(REQUEST)

    expect(received()).toEqual([
      'HEAD /domains/menuiseriegarnier.onmicrosoft.com 404',
      'POST /customers 201',
      `POST /customers/${created.tenant.id}/orders 201`,
    ])
    const [, customer, order] = partnerCenter!.server.requests
    expect(customer!.body).toEqual({
      companyProfile: { domain: 'menuiseriegarnier.onmicrosoft.com' },
      billingProfile: {
        email: REQUEST.contactEmail,
        culture: 'fr-FR',
        language: 'fr',
        companyName: 'Menuiserie Garnier',
        defaultAddress: { country: 'FR', firstName: 'Paul', lastName: 'Garnier', phoneNumber: REQUEST.contactPhone },
      },
    })
    expect(order!.body).toEqual({
      referenceCustomerId: created.tenant.id,
      billingCycle: 'monthly',
      lineItems: [
        {
          lineItemNumber: 0,
          offerId: getOffer('standard-suite').partnerCenterOfferId,
          quantity: 12,
          termDuration: 'P1M',
        },
        {
          lineItemNumber: 1,
          offerId: getOffer('exchange-deskless').partnerCenterOfferId,
          quantity: 5,
          termDuration: 'P1M',
        },
      ],
    })

    expect(created.tenant).toMatchObject({
      companyName: 'Menuiserie Garnier',
      country: 'FR',
      language: 'fr',
      domains: [{ name: 'menuiseriegarnier.onmicrosoft.com', isInitial: true }],
    })
    expect(created.subscriptions.map(s => [s.offerId, s.seats, s.state])).toEqual([
      ['standard-suite', 12, 'active'],
      ['exchange-deskless', 5, 'active'],
    ])
    const listed = (await backend().tenants.listing()).tenants
    expect(listed.find(t => t.tenant.id === created.tenant.id)).toEqual(created)
    const [entry] = await backend().activity.list({ tenantId: created.tenant.id })
    expect(entry).toMatchObject({
      action: 'tenant.provisioned',
      details: { companyName: 'Menuiserie Garnier', offers: 'standard-suite,exchange-deskless', seats: 17 },
    })
  })

  it('refuses an initial domain Microsoft 365 already has on the domain field, and creates nothing', async () => {
    const customersBefore = graph().server.world().customers.length
    // The partner's own tenant: not a customer, so the console's own list can't know it's taken.
    const error = await refusal(
      backend().tenants.provision({ ...REQUEST, domainPrefix: PARTNER_TENANT.defaultDomain.split('.')[0]! }),
    )
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as { issues: unknown }).issues).toEqual([
      { field: 'domainPrefix', code: 'notAvailable', params: { prefix: 'alpineconseil' } },
    ])
    expect(received()).toEqual(['HEAD /domains/alpineconseil.onmicrosoft.com 200'])
    expect(graph().server.world().customers).toHaveLength(customersBefore)
  })

  it("applies the domain's rules before asking Partner Center anything; trials and baselines are refused on their fields", async () => {
    const taken = await refusal(backend().tenants.provision({ ...REQUEST, domainPrefix: 'boulangeriedupre' }))
    expect((taken as { issues: unknown }).issues).toEqual([
      { field: 'domainPrefix', code: 'taken', params: { prefix: 'boulangeriedupre' } },
    ])
    const trial = await refusal(
      backend().tenants.provision({
        ...REQUEST,
        billing: 'trial',
        lines: [{ offerId: 'standard-suite', seats: 10 }],
        baselineId: 'b1',
      }),
    )
    expect((trial as { issues: unknown }).issues).toEqual([
      { field: 'billing', code: 'notAvailable' },
      { field: 'baselineId', code: 'notAvailable' },
    ])
    const seats = await refusal(
      backend().tenants.provision({ ...REQUEST, lines: [{ offerId: 'standard-suite', seats: 2 }] }),
    )
    expect(isBackendError(seats, 'validation')).toBe(true)
    expect(received()).toEqual([])
  })

  it("changes seats with a PATCH of the Partner Center subscription's quantity; Graph's seats follow", async () => {
    const before = (await backend().tenants.get(STANDARD.id))!
    const standard = before.subscriptions.find(s => s.offerId === 'standard-suite')!
    const after = await backend().subscriptions.changeSeats(STANDARD.id, standard.id, 30)
    expect(after.subscriptions.find(s => s.id === standard.id)!.seats).toBe(30)
    const patch = partnerCenter!.server.requests.find(r => r.method === 'PATCH')!
    expect(patch.path).toBe(
      `/customers/${STANDARD.id}/subscriptions/${graph().server.world().tenants.get(STANDARD.id)!.skus[0]!.subscriptionIds[0]}`,
    )
    expect(patch.body).toMatchObject({ offerId: getOffer('standard-suite').partnerCenterOfferId, quantity: 30 })
    const [entry] = await backend().activity.list({ tenantId: STANDARD.id })
    expect(entry).toMatchObject({
      action: 'subscription.seatsChanged',
      changes: [{ field: 'seats', before: 25, after: 30 }],
    })
  })

  it('keeps the seat rules below the interface: never under the licences assigned, nothing sent', async () => {
    const mixed = (await backend().tenants.get(MIXED.id))!
    const standard = mixed.subscriptions.find(s => s.offerId === 'standard-suite')!
    const error = await refusal(backend().subscriptions.changeSeats(MIXED.id, standard.id, standard.assignedSeats - 1))
    expect(isBackendError(error, 'validation')).toBe(true)
    expect(received()).toEqual([])
    expect(isBackendError(await refusal(backend().subscriptions.cancel(MIXED.id, standard.id)), 'unsupported')).toBe(
      true,
    )
  })

  /** The backend with Partner Center's answer to one call replaced. */
  function backendAnswering(method: string, path: RegExp, answer: Response) {
    const fetchThrough: typeof fetch = (input, init) =>
      init?.method === method && path.test(new URL(String(input)).pathname)
        ? Promise.resolve(answer)
        : fetch(input, init)
    return graphBackend({
      partnerCenter: {
        baseUrl: partnerCenter!.server.baseUrl,
        tokens: partnerCenter!.tokens,
        readBack: { attempts: 1, delayMs: 0 },
        fetch: fetchThrough,
      },
    })
  }

  it("takes a conflict on creation (the domain taken since the check) as the domain field's refusal", async () => {
    const taken = PARTNER_TENANT.defaultDomain.split('.')[0]!
    const error = await refusal(
      backendAnswering('HEAD', /^\/v1\/domains\//, new Response(null, { status: 404 })).tenants.provision({
        ...REQUEST,
        domainPrefix: taken,
      }),
    )
    expect((error as { issues: unknown }).issues).toEqual([
      { field: 'domainPrefix', code: 'notAvailable', params: { prefix: taken } },
    ])
    expect(received()).toEqual(['POST /customers 409'])
  })

  it("says plainly that the customer exists when its order fails, since Partner Center can't delete it", async () => {
    const refused = new Response(
      JSON.stringify({ code: 800002, description: 'The offer is not available in this market.' }),
      { status: 400 },
    )
    const error = await refusal(backendAnswering('POST', /\/orders$/, refused).tenants.provision(REQUEST))
    expect(isBackendError(error, 'remote')).toBe(true)
    expect(String(error)).toMatch(
      /Menuiserie Garnier was created in Partner Center \(tenant [0-9a-f-]+\), but its order failed; order its offers in Partner Center: Partner Center answered 400 800002: The offer is not available in this market\./,
    )
  })

  it('turns a token Partner Center refuses into an unauthorized error', async () => {
    const graphToken = graph().issuer.mint(PARTNER_TENANT.id)
    const wrongAudience = graphBackend({
      partnerCenter: { baseUrl: partnerCenter!.server.baseUrl, tokens: { token: () => graphToken } },
    })
    const error = await refusal(wrongAudience.tenants.provision(REQUEST))
    expect(isBackendError(error, 'unauthorized')).toBe(true)
    expect(received()).toEqual(['HEAD /domains/menuiseriegarnier.onmicrosoft.com 401'])
  })
})
