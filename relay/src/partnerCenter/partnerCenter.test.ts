import type { TestGraph } from '../../../test-world/graph/testWorld'
import type { TestPartnerCenter } from '../../../test-world/partnerCenter/testWorld'
import type { Caller } from '../auth.js'
import type { DownstreamTokens } from '../downstream.js'
import type { RelayResponse } from '../http.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, PARTNER_TENANT, TECHNICIAN } from '../../../test-world/directory'
import { startTestGraph } from '../../../test-world/graph/testWorld'
import { startTestPartnerCenter } from '../../../test-world/partnerCenter/testWorld'
import { createRelay } from '../relay.js'
import { OFFER_PRODUCTS } from './catalogue.js'
import { partnerCenterRoutes } from './routes.js'

const CONSOLE = 'http://127.0.0.1:4174'
const ASSERTION = 'the-technicians-token-for-the-relay'
const CALLER: Caller = {
  objectId: 'technician',
  tenantId: PARTNER_TENANT.id,
  name: TECHNICIAN.name,
  assertion: ASSERTION,
}

describe("Partner Center's new commerce through the relay", () => {
  let graph: TestGraph
  let partnerCenter: TestPartnerCenter
  let clock = 0
  const waits: number[] = []
  const exchanged: string[] = []
  /** Tokens as MSAL's on-behalf-of exchange would give them: Partner Center's, App+User, at the partner's authority. */
  const downstream: DownstreamTokens = {
    onBehalfOf: async (assertion, resource, tenantId) => {
      exchanged.push(`${resource} ${tenantId}`)
      expect(assertion).toBe(ASSERTION)
      return partnerCenter.tokens.token()
    },
    appOnly: () => Promise.reject(new Error('no app-only token expected')),
  }
  let relay: ReturnType<typeof createRelay>

  beforeAll(async () => {
    graph = await startTestGraph()
    // Partner Center as documented: the relay is a server, so nothing it does needs the page's allowances.
    partnerCenter = await startTestPartnerCenter(graph, undefined, { allowBrowserConsole: false })
    relay = createRelay({
      allowedOrigin: CONSOLE,
      checkCaller: async () => CALLER,
      routes: partnerCenterRoutes({
        downstream,
        partnerCenterUrl: partnerCenter.server.baseUrl,
        catalogueTtlMs: 60_000,
        now: () => clock,
        retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 5000, sleep: async ms => void waits.push(ms) },
      }),
    })
  })
  afterAll(async () => {
    await partnerCenter.server.close()
    await graph.server.close()
  })

  // The answers are read loosely: their shapes are what the tests check.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Answer = RelayResponse & { body?: any }
  const call = (method: string, path: string, body?: unknown): Promise<Answer> =>
    relay({
      method,
      url: new URL(path, 'http://relay.test'),
      header: name => ({ authorization: 'Bearer x', origin: CONSOLE })[name.toLowerCase()],
      body,
    })

  it("answers each of the console's offers with its catalogue item in the country, read by product and SKU", async () => {
    const answer = await call('GET', '/api/catalogue?country=fr')
    expect(answer.status).toBe(200)
    expect(answer.body.country).toBe('FR')
    expect(answer.body.unavailable).toEqual([])
    expect(answer.body.items.map((item: { offerId: string }) => item.offerId)).toEqual(Object.keys(OFFER_PRODUCTS))
    const standard = answer.body.items.find((item: { offerId: string }) => item.offerId === 'standard-suite')
    expect(standard).toMatchObject({
      title: 'Office 365 E1',
      catalogItemId: expect.stringMatching(/^CFQ7TTC0LF8Q:0001:[A-Z0-9]+$/),
      terms: expect.arrayContaining([{ duration: 'P1M', billingCycle: 'monthly' }]),
      currency: 'EUR',
    })
    expect(exchanged.every(line => line === `partnerCenter ${PARTNER_TENANT.id}`)).toBe(true)
  })

  it('keeps a country a while, reads another apart, and reads again once the time is up', async () => {
    const requests = () => partnerCenter.server.requests.filter(r => r.path === '/products').length
    const before = requests()
    const france = (await call('GET', '/api/catalogue?country=FR')).body
    expect(requests()).toBe(before)
    const belgium = (await call('GET', '/api/catalogue?country=BE')).body
    expect(requests()).toBe(before + 1)
    expect(belgium.items[0].catalogItemId).not.toBe(france.items[0].catalogItemId)
    clock += 60_001
    await call('GET', '/api/catalogue?country=FR')
    expect(requests()).toBe(before + 2)
  })

  it("says Partner Center's refusal of a country in its own words, and a malformed one in the relay's", async () => {
    const refused = await call('GET', '/api/catalogue?country=ZZ')
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatchObject({
      code: 'partnerCenterRefused',
      message: 'The country ZZ is not supported.',
    })
    expect((await call('GET', '/api/catalogue?country=France')).body.error.code).toBe('badRequest')
  })

  it('validates an address and says which fields are wrong, in Partner Center’s words', async () => {
    const good = await call('POST', '/api/addresses/validate', {
      addressLine1: '12 rue de la Gare',
      city: 'Annecy',
      postalCode: '74000',
      country: 'fr',
    })
    expect(good.body).toMatchObject({ status: 'VerifiedShippable', valid: true, problems: [] })
    const wrong = await call('POST', '/api/addresses/validate', {
      addressLine1: '1 Microsoft Way',
      city: 'Redmond',
      state: 'ZZ',
      postalCode: '9805',
      country: 'US',
    })
    expect(wrong.body).toMatchObject({ status: 'None', valid: false })
    expect(wrong.body.problems).toEqual([
      { field: 'state', kind: 'invalid', message: "Address field invalid for property: 'Region', 'PostalCode'" },
      { field: 'postalCode', kind: 'invalid', message: "Address field invalid for property: 'Region', 'PostalCode'" },
    ])
    const partial = await call('POST', '/api/addresses/validate', {
      addressLine1: 'rue de la Gare',
      city: 'Annecy',
      postalCode: '74000',
      country: 'FR',
    })
    expect(partial.body).toMatchObject({
      status: 'StreetPartial',
      valid: false,
      problems: [{ field: 'addressLine1', kind: 'invalid' }],
      suggestedAddresses: [{ addressLine1: '1 rue de la Gare' }],
    })
  })

  it('names the missing fields without asking Partner Center', async () => {
    const before = partnerCenter.server.requests.length
    const answer = await call('POST', '/api/addresses/validate', { city: 'Redmond', country: 'US' })
    expect(answer.body.valid).toBe(false)
    expect(answer.body.problems.map((p: { field: string }) => p.field)).toEqual(['addressLine1', 'postalCode', 'state'])
    expect(partnerCenter.server.requests.length).toBe(before)
  })

  it('waits out throttling as Partner Center says, and says so when it lasts', async () => {
    const throttle = (count: number) =>
      fetch(`${partnerCenter.server.baseUrl}/_test/throttle`, {
        method: 'PUT',
        body: JSON.stringify({ count, retryAfterSeconds: 2 }),
      })
    const address = { addressLine1: '12 rue de la Gare', city: 'Annecy', postalCode: '74000', country: 'FR' }
    waits.length = 0
    await throttle(2)
    expect((await call('POST', '/api/addresses/validate', address)).body.valid).toBe(true)
    expect(waits).toEqual([2000, 2000])
    await throttle(3)
    const busy = await call('POST', '/api/addresses/validate', address)
    expect(busy.status).toBe(503)
    expect(busy.body.error.code).toBe('throttled')
  })

  describe('a new customer in one operation', () => {
    const customer = (overrides: Record<string, unknown> = {}) => ({
      domain: `boulangerie${Math.floor(Math.random() * 1e9)}.onmicrosoft.com`,
      companyName: 'Boulangerie Neuve',
      email: 'direction@boulangerie.example',
      culture: 'fr-FR',
      language: 'fr',
      address: { addressLine1: '12 rue de la Gare', city: 'Annecy', postalCode: '74000', country: 'FR' },
      contact: { firstName: 'Anne', lastName: 'Dupont', email: 'anne@boulangerie.example' },
      dateAgreed: '2026-12-01T09:30:00Z',
      lines: [
        { offerId: 'standard-suite', seats: 5 },
        { offerId: 'exchange-online', seats: 2, termDuration: 'P1Y', billingCycle: 'annual' },
      ],
      ...overrides,
    })
    const posted = (path: RegExp) =>
      partnerCenter.server.requests.filter(r => r.method === 'POST' && path.test(r.path) && r.status < 300)

    it('creates it, records who accepted the agreement and when, and checks its cart out', async () => {
      const answer = await call('POST', '/api/customers', customer())
      expect(answer.status).toBe(201)
      expect(answer.body.steps).toEqual(
        ['address', 'catalogue', 'customer', 'agreement', 'cart', 'checkout'].map(step => ({ step, outcome: 'done' })),
      )
      const { customerId } = answer.body
      expect(answer.body.subscriptions).toEqual([
        expect.objectContaining({
          offerId: 'standard-suite',
          seats: 5,
          catalogItemId: expect.stringMatching(/^CFQ7TTC0LF8Q:0001:/),
        }),
        expect.objectContaining({ offerId: 'exchange-online', seats: 2 }),
      ])
      const agreement = posted(new RegExp(`^/customers/${customerId}/agreements$`))[0]!.body
      expect(agreement).toMatchObject({
        primaryContact: { firstName: 'Anne', lastName: 'Dupont', email: 'anne@boulangerie.example' },
        dateAgreed: '2026-12-01T09:30:00.000Z',
        type: 'MicrosoftCustomerAgreement',
      })
      const skus = graph.server
        .world()
        .tenants.get(customerId)!
        .skus.map(sku => sku.skuPartNumber)
      expect(skus).toEqual(['STANDARDPACK', 'EXCHANGESTANDARD'])
      // Partner Center's one answer with the first administrator's password, passed on to hand over.
      expect(answer.body.administrator).toEqual({
        userName: expect.stringMatching(/^admin@[\w.-]+$/),
        password: expect.stringMatching(/^\S{8,}$/),
      })
    })

    it('finishes a customer an earlier attempt created, given back by its id, without making another', async () => {
      const first = await call('POST', '/api/customers', customer())
      const before = posted(/^\/customers$/).length
      const again = await call('POST', '/api/customers', customer({ customerId: first.body.customerId }))
      expect(again.status).toBe(201)
      expect(again.body.customerId).toBe(first.body.customerId)
      expect(again.body.administrator).toBeUndefined()
      expect(posted(/^\/customers$/).length).toBe(before)
      expect(posted(new RegExp(`^/customers/${first.body.customerId}/carts$`))).toHaveLength(2)
    })

    it('stops at an invalid address, beside its field, before any customer is made', async () => {
      const before = posted(/^\/customers$/).length
      const answer = await call(
        'POST',
        '/api/customers',
        customer({ address: { addressLine1: '12 rue de la Gare', city: 'Annecy', postalCode: '740', country: 'FR' } }),
      )
      expect(answer.status).toBe(400)
      expect(answer.body.error).toMatchObject({
        code: 'addressInvalid',
        field: 'address.postalCode',
        message: "Address field invalid for property: 'PostalCode'",
      })
      expect(answer.body.steps[0]).toEqual({ step: 'address', outcome: 'failed' })
      expect(posted(/^\/customers$/).length).toBe(before)
    })

    it("says Partner Center's refusal of a taken domain in its words, beside the domain", async () => {
      const taken = graph.server.world().tenants.values().next().value!.domains[0]!.id
      const answer = await call('POST', '/api/customers', customer({ domain: taken }))
      expect(answer.status).toBe(409)
      expect(answer.body.error).toMatchObject({
        code: 'partnerCenterRefused',
        field: 'domain',
        message: `The domain ${taken} is already in use.`,
      })
      expect(answer.body.steps.map((s: { outcome: string }) => s.outcome)).toEqual([
        'done',
        'done',
        'failed',
        'notRun',
        'notRun',
        'notRun',
      ])
    })

    it('refuses seats or a term the catalogue does not sell, and a missing field, beside each', async () => {
      const seats = await call(
        'POST',
        '/api/customers',
        customer({ lines: [{ offerId: 'standard-suite', seats: 10_001 }] }),
      )
      expect(seats.body.error).toMatchObject({ field: 'lines[0].seats' })
      const term = await call(
        'POST',
        '/api/customers',
        customer({ lines: [{ offerId: 'standard-suite', seats: 5, termDuration: 'P3Y' }] }),
      )
      expect(term.body.error).toMatchObject({ field: 'lines[0].termDuration' })
      const missing = await call(
        'POST',
        '/api/customers',
        customer({ contact: { firstName: 'Anne', lastName: 'Dupont' } }),
      )
      expect(missing.status).toBe(400)
      expect(missing.body.error).toMatchObject({ code: 'badRequest', field: 'contact.email' })
    })
  })

  describe('a seat change', () => {
    const [standard] = CLIENT_TENANTS
    const licences = (tenantId: string, skuPartNumber: string) =>
      graph.server
        .world()
        .tenants.get(tenantId)!
        .skus.find(sku => sku.skuPartNumber === skuPartNumber)!

    it("finds an offer's subscription by product and SKU, an older two-part one included, and changes its seats", async () => {
      const before = licences(standard.id, 'STANDARDPACK')
      const seats = before.prepaidUnits.enabled + 1
      const answer = await call('PATCH', `/api/customers/${standard.id}/seats`, { offerId: 'standard-suite', seats })
      expect(answer.status).toBe(200)
      expect(answer.body).toMatchObject({ offerId: 'standard-suite', catalogItemId: 'CFQ7TTC0LF8Q:0001', seats })
    })

    it('finds a new-commerce subscription by the start of its three-part offer id', async () => {
      const created = await call('POST', '/api/customers', {
        domain: `fleuriste${Math.floor(Math.random() * 1e9)}.onmicrosoft.com`,
        companyName: 'Fleuriste Neuf',
        email: 'direction@fleuriste.example',
        culture: 'fr-FR',
        language: 'fr',
        address: { addressLine1: '3 place du Marché', city: 'Annecy', postalCode: '74000', country: 'FR' },
        contact: { firstName: 'Paul', lastName: 'Martin', email: 'paul@fleuriste.example' },
        dateAgreed: '2026-12-02T10:00:00Z',
        lines: [{ offerId: 'deskless-suite', seats: 5 }],
      })
      expect(created.status).toBe(201)
      const answer = await call('PATCH', `/api/customers/${created.body.customerId}/seats`, {
        offerId: 'deskless-suite',
        seats: 8,
      })
      expect(answer.status).toBe(200)
      expect(answer.body).toMatchObject({ seats: 8, catalogItemId: created.body.subscriptions[0].catalogItemId })
    })

    it("says Partner Center's refusal beside the seats, and a missing subscription beside the offer", async () => {
      const assigned = licences(standard.id, 'STANDARDPACK').consumedUnits
      const below = await call('PATCH', `/api/customers/${standard.id}/seats`, {
        offerId: 'standard-suite',
        seats: Math.max(1, assigned - 1),
      })
      expect(below.status).toBe(400)
      expect(below.body.error).toMatchObject({
        code: 'partnerCenterRefused',
        field: 'seats',
        message: `The quantity can't go below the ${assigned} licences assigned.`,
      })
      const none = await call('PATCH', `/api/customers/${standard.id}/seats`, { offerId: 'live-meeting', seats: 3 })
      expect(none.status).toBe(404)
      expect(none.body.error).toMatchObject({ field: 'offerId' })
    })
  })
})
