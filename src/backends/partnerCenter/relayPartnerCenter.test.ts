import type { RelayConnection } from '../relay/relayClient'
import type { QuoteInput } from '@/domain/quotes/quotes'
import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import { beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { isBackendError } from '../backend'
import { TODAY, useTestGraph } from '../graph/testing'
import { customerHalfDoneIn } from '../relay/customerHalfDone'
import { PROVISION_REQUEST } from './testing'

const [STANDARD] = CLIENT_TENANTS
const REQUEST: ProvisionRequest = {
  ...PROVISION_REQUEST,
  address: { ...PROVISION_REQUEST.address, addressLine2: ' Bâtiment B ', postalCode: '38000' },
  agreement: { ...PROVISION_REQUEST.agreement, phone: '+33 6 12 34 56 78' },
  lines: [
    { offerId: 'standard-suite', seats: 12 },
    { offerId: 'exchange-deskless', seats: 5 },
  ],
}

interface Sent {
  readonly method: string
  readonly path: string
  readonly body: unknown
}

/** A relay answering from a script, in order, and keeping what the page sent it. */
function fakeRelay(...answers: { status: number; body: unknown }[]) {
  const sent: Sent[] = []
  const relay: RelayConnection = {
    baseUrl: 'https://relay.example',
    tokens: { token: async () => 'relay-token' },
    fetch: async (url, init) => {
      sent.push({
        method: init?.method ?? 'GET',
        path: String(url).replace('https://relay.example', ''),
        body: init?.body === undefined ? undefined : JSON.parse(String(init.body)),
      })
      const answer = answers.shift() ?? { status: 500, body: { error: { code: 'unexpected', message: 'No answer' } } }
      return new Response(JSON.stringify(answer.body), { status: answer.status })
    },
  }
  return { relay, sent }
}

const steps = (failed: string) => {
  const order = ['address', 'catalogue', 'customer', 'agreement', 'cart', 'checkout']
  const at = order.indexOf(failed)
  return order.map((step, index) => ({ step, outcome: index < at ? 'done' : index === at ? 'failed' : 'notRun' }))
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal')
    },
    (error: unknown) => error,
  )

describe('Graph backend with Partner Center through the partner relay', () => {
  const { backend: graphBackend } = useTestGraph()
  let fake: ReturnType<typeof fakeRelay>
  beforeEach(() => {
    fake = fakeRelay()
  })
  const backend = (relay = fake.relay) => graphBackend({ relay, readBack: { attempts: 2, delayMs: 0 } })

  it('declares provisioning, seats and conversion available with a relay, unavailable for Partner Center without', () => {
    const { capabilities } = backend()
    for (const action of ['tenants.provision', 'subscriptions.changeSeats', 'quotes.convert'] as const)
      expect(capabilities.action(action)).toEqual({ available: true })
    expect(capabilities.action('subscriptions.cancel')).toEqual({ available: false, reason: 'partnerCenterPortal' })
    for (const action of ['tenants.provision', 'subscriptions.changeSeats', 'quotes.convert'] as const)
      expect(graphBackend().capabilities.action(action)).toEqual({ available: false, reason: 'partnerCenter' })
  })

  it('sends the customer, its address, the agreement and a line per offer, then reads the tenant back through Graph', async () => {
    // The relay names an existing GDAP customer: Graph shows it at once.
    fake = fakeRelay({ status: 201, body: { customerId: STANDARD!.id, steps: [], subscriptions: [] } })
    const created = await backend().tenants.provision(REQUEST)

    expect(created.tenant.id).toBe(STANDARD!.id)
    expect(fake.sent).toEqual([
      {
        method: 'POST',
        path: '/api/customers',
        body: {
          domain: 'menuiseriegarnier.onmicrosoft.com',
          companyName: 'Menuiserie Garnier',
          email: 'paul@menuiserie-garnier.fr',
          culture: 'fr-FR',
          language: 'fr',
          address: {
            addressLine1: '12 rue des Lilas',
            addressLine2: 'Bâtiment B',
            city: 'Grenoble',
            postalCode: '38000',
            country: 'FR',
          },
          contact: {
            firstName: 'Élodie',
            lastName: 'Martin',
            email: 'elodie.martin@example.fr',
            phoneNumber: '+33 6 12 34 56 78',
          },
          dateAgreed: '2024-06-03',
          lines: [
            { offerId: 'standard-suite', seats: 12, termDuration: 'P1M', billingCycle: 'monthly' },
            { offerId: 'exchange-deskless', seats: 5, termDuration: 'P1M', billingCycle: 'monthly' },
          ],
        },
      },
    ])
  })

  it("refuses what the domain refuses before asking the relay: the agreement not accepted, a postal code of the wrong country's form", async () => {
    const error = await failure(
      backend().tenants.provision({
        ...REQUEST,
        address: { ...REQUEST.address, postalCode: '3800' },
        agreement: { ...REQUEST.agreement, accepted: false },
      }),
    )
    expect(isBackendError(error, 'validation') && error.issues).toEqual([
      { field: 'address.postalCode', code: 'invalidPostalCode', params: { example: '75008' } },
      { field: 'agreement.accepted', code: 'notAccepted' },
    ])
    expect(fake.sent).toEqual([])
  })

  it("shows Partner Center's refusal of the postal code beside the form's field, in its words", async () => {
    fake = fakeRelay({
      status: 400,
      body: {
        error: {
          code: 'addressInvalid',
          message: "Address field invalid for property: 'PostalCode'",
          correlationId: 'c-1',
          field: 'address.postalCode',
        },
        steps: steps('address'),
      },
    })
    const error = await failure(backend().tenants.provision(REQUEST))
    expect(isBackendError(error, 'validation') && error.issues).toEqual([
      {
        field: 'address.postalCode',
        code: 'rejectedByService',
        params: { message: "Address field invalid for property: 'PostalCode'" },
      },
    ])
    expect(customerHalfDoneIn(error)).toBeUndefined()
  })

  it('puts a refused seat count on its offer, and an initial domain Partner Center has on the prefix', async () => {
    fake = fakeRelay(
      {
        status: 400,
        body: {
          error: {
            code: 'badRequest',
            message: 'Exchange Online Kiosk is sold from 1 to 3 seats.',
            field: 'lines[1].seats',
          },
        },
      },
      {
        status: 409,
        body: {
          error: { code: 'partnerCenterRefused', message: 'The domain is already in use.', field: 'domain' },
          steps: steps('customer'),
        },
      },
    )
    const seats = await failure(backend().tenants.provision(REQUEST))
    expect(isBackendError(seats, 'validation') && seats.issues[0]?.field).toBe('seats.exchange-deskless')
    const taken = await failure(backend().tenants.provision(REQUEST))
    expect(isBackendError(taken, 'validation') && taken.issues).toEqual([
      { field: 'domainPrefix', code: 'notAvailable', params: { prefix: 'menuiseriegarnier' } },
    ])
  })

  it('says plainly a customer was created when a later step failed, and the next attempt gives its id back to finish it', async () => {
    fake = fakeRelay(
      {
        status: 502,
        body: {
          error: { code: 'remote', message: 'Partner Center failed: checkout timed out.', correlationId: 'c-2' },
          steps: steps('checkout'),
          customerId: STANDARD!.id,
        },
      },
      { status: 201, body: { customerId: STANDARD!.id, steps: [], subscriptions: [] } },
    )
    const provisioning = backend()
    const error = await failure(provisioning.tenants.provision(REQUEST))
    const halfDone = customerHalfDoneIn(error)
    expect(halfDone).toMatchObject({ code: 'remote', customerId: STANDARD!.id, step: 'checkout' })
    expect(halfDone?.message).toContain(`Menuiserie Garnier was created in Partner Center (customer ${STANDARD!.id})`)

    const created = await provisioning.tenants.provision(REQUEST)
    expect(created.tenant.id).toBe(STANDARD!.id)
    expect((fake.sent[0]!.body as { customerId?: string }).customerId).toBeUndefined()
    expect((fake.sent[1]!.body as { customerId?: string }).customerId).toBe(STANDARD!.id)
  })

  it("says a customer Graph doesn't show yet is pending, never failed, with its administrator's password", async () => {
    const administrator = { userName: 'admin@menuiserie-garnier.onmicrosoft.com', password: 'Kx7#pQ2m!vR9' }
    fake = fakeRelay({
      status: 201,
      body: { customerId: '0a0b0c0d-0000-4000-8000-000000000001', steps: [], administrator },
    })
    const error = await failure(backend().tenants.provision(REQUEST))
    expect(isBackendError(error, 'pending')).toBe(true)
    expect(String(error)).toContain("Microsoft Graph doesn't show it among the partner's GDAP customers yet")
    // Partner Center gives the password once: lost with the pending tenant, the administrator could never sign in.
    expect(error).toMatchObject({
      tenantId: '0a0b0c0d-0000-4000-8000-000000000001',
      administrator: { userName: administrator.userName, temporaryPassword: administrator.password },
    })
  })

  it('changes seats through the relay by offer, showing the confirmed figure until Graph counts it', async () => {
    const tenants = backend().tenants
    const loaded = (await tenants.get(STANDARD!.id))!
    const standard = loaded.subscriptions.find(s => s.offerId === 'standard-suite')!
    fake = fakeRelay({
      status: 200,
      body: {
        subscriptionId: 'pc-sub-1',
        offerId: 'standard-suite',
        catalogItemId: 'X:0001:Y',
        seats: standard.seats + 3,
      },
    })
    const seatsBackend = backend()
    const changed = await seatsBackend.subscriptions.changeSeats(STANDARD!.id, standard.id, standard.seats + 3)

    expect(fake.sent).toEqual([
      {
        method: 'PATCH',
        path: `/api/customers/${STANDARD!.id}/seats`,
        body: { offerId: 'standard-suite', seats: standard.seats + 3 },
      },
    ])
    expect(changed.subscriptions.find(s => s.id === standard.id)).toMatchObject({
      seats: standard.seats + 3,
      seatsPropagatingFrom: standard.seats,
    })
    const read = (await seatsBackend.tenants.get(STANDARD!.id))!
    expect(read.subscriptions.find(s => s.id === standard.id)?.seats).toBe(standard.seats + 3)
  })

  it("puts Partner Center's refusal of a quantity beside the offer's seats", async () => {
    const loaded = (await backend().tenants.get(STANDARD!.id))!
    const standard = loaded.subscriptions.find(s => s.offerId === 'standard-suite')!
    fake = fakeRelay({
      status: 400,
      body: {
        error: { code: 'partnerCenterRefused', message: 'Seats can be reduced only within 7 days.', field: 'seats' },
      },
    })
    const error = await failure(backend().subscriptions.changeSeats(STANDARD!.id, standard.id, standard.seats + 1))
    expect(isBackendError(error, 'validation') && error.issues).toEqual([
      {
        field: 'seats.standard-suite',
        code: 'rejectedByService',
        params: { message: 'Seats can be reduced only within 7 days.' },
      },
    ])
  })
  const QUOTE: QuoteInput = {
    prospect: {
      companyName: 'Fromagerie Vidal',
      employees: 6,
      contactName: 'Claire Vidal',
      contactEmail: '',
      country: 'FR',
    },
    lines: [{ offerId: 'standard-suite', seats: 6 }],
    services: [
      {
        kind: 'installation',
        description: 'Installation des postes',
        quantity: 2,
        unit: 'days',
        unitPriceMinor: 60_000,
        billing: 'oneOff',
        mailSource: null,
      },
    ],
    createdOn: TODAY.toISOString().slice(0, 10),
    validUntil: '2026-12-31',
    status: 'accepted',
  }
  const CONVERSION = {
    companyName: REQUEST.companyName,
    contactName: REQUEST.contactName,
    contactEmail: REQUEST.contactEmail,
    contactPhone: REQUEST.contactPhone,
    country: REQUEST.country,
    address: REQUEST.address,
    agreement: REQUEST.agreement,
    language: REQUEST.language,
    domainPrefix: REQUEST.domainPrefix,
  }

  it("converts a quote through the relay with the quote's seats, records its services as accepted and marks it converted", async () => {
    fake = fakeRelay({ status: 201, body: { customerId: STANDARD!.id, steps: [], subscriptions: [] } })
    const converting = backend()
    const quote = await converting.quotes.create(QUOTE)
    const { quote: converted, tenant } = await converting.quotes.convert(quote.id, CONVERSION)

    expect(fake.sent[0]).toMatchObject({
      path: '/api/customers',
      body: {
        companyName: 'Menuiserie Garnier',
        address: { postalCode: '38000', country: 'FR' },
        lines: [{ offerId: 'standard-suite', seats: 6, termDuration: 'P1M', billingCycle: 'monthly' }],
      },
    })
    expect(tenant.tenant.id).toBe(STANDARD!.id)
    expect(converted).toMatchObject({ status: 'converted', tenantId: STANDARD!.id })
    expect(await converting.quotes.get(quote.id)).toMatchObject({ status: 'converted', tenantId: STANDARD!.id })
    const services = await converting.services.list({ tenantId: STANDARD!.id })
    expect(services.filter(s => s.id.startsWith(quote.id)).map(s => [s.description, s.status])).toEqual([
      ['Installation des postes', 'accepted'],
    ])
  })

  it('keeps a quote converted when its tenant shows in Graph only later, so it is never converted twice', async () => {
    fake = fakeRelay({ status: 201, body: { customerId: '0a0b0c0d-0000-4000-8000-000000000002', steps: [] } })
    const converting = backend()
    const quote = await converting.quotes.create(QUOTE)
    const error = await failure(converting.quotes.convert(quote.id, CONVERSION))
    expect(isBackendError(error, 'pending')).toBe(true)
    expect(await converting.quotes.get(quote.id)).toMatchObject({
      status: 'converted',
      tenantId: '0a0b0c0d-0000-4000-8000-000000000002',
    })
    expect(isBackendError(await failure(converting.quotes.convert(quote.id, CONVERSION)), 'validation')).toBe(true)
    expect(fake.sent).toHaveLength(1)
  })
})
