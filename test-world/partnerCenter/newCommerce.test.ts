import type { TestGraph } from '../graph/testWorld'
import type { TestPartnerCenter } from './testWorld'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startTestGraph } from '../graph/testWorld'
import { startTestPartnerCenter } from './testWorld'

/** Partner Center's new commerce on the test server, as Microsoft documents it (each rule cited in `commerce.ts`). */
describe("Partner Center's new commerce, in the test world", () => {
  let graph: TestGraph
  let partnerCenter: TestPartnerCenter
  beforeAll(async () => {
    graph = await startTestGraph()
    partnerCenter = await startTestPartnerCenter(graph, undefined, { allowBrowserConsole: false })
  })
  beforeEach(() => graph.server.reset())
  afterAll(async () => {
    await partnerCenter.server.close()
    await graph.server.close()
  })

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${partnerCenter.server.baseUrl}/v1${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${await partnerCenter.tokens.token()}`,
        'Content-Type': 'application/json',
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined }
  }

  const ADDRESS = { addressLine1: '12 rue de la Gare', city: 'Annecy', postalCode: '74000', country: 'FR' }

  async function newCustomer(address: Record<string, string> = ADDRESS) {
    return call('POST', '/customers', {
      companyProfile: { domain: `neuf${Date.now()}.onmicrosoft.com` },
      billingProfile: {
        email: 'direction@neuf.example',
        culture: 'fr-FR',
        language: 'fr',
        companyName: 'Boulangerie Neuve',
        defaultAddress: { ...address, firstName: 'Anne', lastName: 'Dupont' },
      },
    })
  }

  async function catalogItemId(title: string, country = 'FR'): Promise<string> {
    const products = await call('GET', `/products?country=${country}&targetView=OnlineServices`)
    const product = products.body.items.find((p: { title: string }) => p.title === title)
    const skus = await call('GET', `/products/${product.id}/skus?country=${country}`)
    const sku = skus.body.items.find((s: { title: string }) => s.title === title)
    const availabilities = await call('GET', `/products/${product.id}/skus/${sku.id}/availabilities?country=${country}`)
    return availabilities.body.items[0].catalogItemId
  }

  async function acceptAgreement(customerId: string) {
    const metadata = await call('GET', '/agreements?agreementType=MicrosoftCustomerAgreement')
    return call('POST', `/customers/${customerId}/agreements`, {
      primaryContact: { firstName: 'Anne', lastName: 'Dupont', email: 'anne@neuf.example' },
      templateId: metadata.body.items[0].templateId,
      dateAgreed: new Date().toISOString(),
      type: 'MicrosoftCustomerAgreement',
    })
  }

  it('reads the catalogue down to a three-part catalogue item, one per country', async () => {
    const products = await call('GET', '/products?country=FR&targetView=OnlineServices')
    expect(products.status).toBe(200)
    expect(products.body.items.map((p: { title: string }) => p.title)).toEqual(
      expect.arrayContaining(['Office 365 E1', 'Microsoft 365 Business Basic', 'Exchange Online (Plan 1)']),
    )
    const france = await catalogItemId('Microsoft 365 Business Basic')
    expect(france).toMatch(/^CFQ7TTC0LH18:0001:[A-Z0-9]{12}$/)
    expect(await catalogItemId('Microsoft 365 Business Basic', 'BE')).not.toBe(france)
    expect((await call('GET', '/products?targetView=OnlineServices')).status).toBe(400)
  })

  it('validates an address with a status and suggestions, and names the invalid fields', async () => {
    const verified = await call('POST', '/validations/address', {
      AddressLine1: '1 Microsoft Way',
      City: 'Redmond',
      State: 'WA',
      PostalCode: '98052',
      Country: 'US',
    })
    expect(verified.body).toMatchObject({ status: 'VerifiedShippable', suggestedAddresses: [expect.any(Object)] })
    const partial = await call('POST', '/validations/address', { ...ADDRESS, addressLine1: 'rue de la Gare' })
    expect(partial.body).toMatchObject({
      status: 'StreetPartial',
      suggestedAddresses: [{ addressLine1: '1 rue de la Gare' }],
    })
    const wrong = await call('POST', '/validations/address', { ...ADDRESS, postalCode: '7400' })
    expect(wrong.body).toMatchObject({
      status: 'None',
      validationMessage: "Address field invalid for property: 'PostalCode'",
    })
    const missing = await call('POST', '/validations/address', { country: 'US', city: 'Redmond' })
    expect(missing.status).toBe(400)
    expect(missing.body).toMatchObject({ code: expect.any(Number), description: expect.stringMatching(/addressLine1/) })
  })

  it('creates a customer only with a valid address, as documented', async () => {
    const refused = await newCustomer({ ...ADDRESS, postalCode: 'ABC' })
    expect(refused.status).toBe(400)
    expect(refused.body.description).toMatch(/PostalCode/)
    expect((await newCustomer()).status).toBe(201)
  })

  it('checks a cart out only once the Microsoft Customer Agreement is accepted, into three-part subscriptions', async () => {
    const customer = (await newCustomer()).body
    const item = await catalogItemId('Microsoft 365 Business Basic')
    const cart = await call('POST', `/customers/${customer.id}/carts`, {
      lineItems: [{ id: 0, catalogItemId: item, quantity: 5, billingCycle: 'monthly', termDuration: 'P1M' }],
    })
    expect(cart.status).toBe(201)
    const refused = await call('POST', `/customers/${customer.id}/carts/${cart.body.id}/checkout`)
    expect(refused.status).toBe(400)
    expect(refused.body.description).toMatch(/Microsoft Customer Agreement/)

    const agreement = await acceptAgreement(customer.id)
    expect(agreement.status).toBe(201)
    expect(agreement.body).toMatchObject({ primaryContact: { firstName: 'Anne' }, userId: expect.any(String) })
    const checkout = await call('POST', `/customers/${customer.id}/carts/${cart.body.id}/checkout`)
    expect(checkout.status).toBe(201)
    expect(checkout.body.orderErrors).toEqual([])
    const subscriptions = await call('GET', `/customers/${customer.id}/subscriptions`)
    expect(subscriptions.body.items).toMatchObject([
      { offerId: item, quantity: 5, offerName: 'Microsoft 365 Business Basic' },
    ])
    // Checkout is idempotent: the same cart says the same orders again.
    expect((await call('POST', `/customers/${customer.id}/carts/${cart.body.id}/checkout`)).body).toEqual(checkout.body)
  })

  it("refuses an unknown catalogue item, another country's, a two-part id and too many seats", async () => {
    const customer = (await newCustomer()).body
    const line = (catalogItemId: string, quantity = 1) => ({
      lineItems: [{ catalogItemId, quantity, billingCycle: 'monthly', termDuration: 'P1M' }],
    })
    const belgian = await catalogItemId('Microsoft 365 Business Basic', 'BE')
    const french = await catalogItemId('Microsoft 365 Business Basic')
    for (const body of [
      line('CFQ7TTC0LH18:0001:NOSUCHTHING'),
      line(belgian),
      line('CFQ7TTC0LH18:0001'),
      line(french, 301),
    ]) {
      const answer = await call('POST', `/customers/${customer.id}/carts`, body)
      expect(answer.status).toBe(400)
      expect(answer.body).toEqual(
        expect.objectContaining({ code: expect.any(Number), description: expect.any(String) }),
      )
    }
  })

  it('refuses a browser origin, with no CORS approval', async () => {
    const answer = await call('GET', '/products?country=FR&targetView=OnlineServices', undefined, {
      Origin: 'http://127.0.0.1:4174',
    })
    expect(answer.status).toBe(403)
    expect(answer.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await fetch(`${partnerCenter.server.baseUrl}/v1/customers`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:4174', 'Access-Control-Request-Method': 'POST' },
    })
    expect(preflight.status).toBe(403)
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe("Partner Center's test server while the console's page still calls it", () => {
  it("keeps the page's routes open to it, and new commerce's closed", async () => {
    const graph = await startTestGraph()
    const partnerCenter = await startTestPartnerCenter(graph)
    try {
      const headers = { Authorization: `Bearer ${await partnerCenter.tokens.token()}`, Origin: 'http://127.0.0.1:4174' }
      const base = `${partnerCenter.server.baseUrl}/v1`
      const subscriptions = await fetch(
        `${base}/customers/${graph.server.world().customers[0]!.tenantId}/subscriptions`,
        { headers },
      )
      expect(subscriptions.status).toBe(200)
      expect(subscriptions.headers.get('access-control-allow-origin')).toBe('*')
      const products = await fetch(`${base}/products?country=FR&targetView=OnlineServices`, { headers })
      expect(products.status).toBe(403)
      expect(products.headers.get('access-control-allow-origin')).toBeNull()
    } finally {
      await partnerCenter.server.close()
      await graph.server.close()
    }
  })
})
