import type { TestGraph } from '../../../test-world/graph/testWorld'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, PARTNER_TENANT } from '../../../test-world/directory'
import { startTestGraph } from '../../../test-world/graph/testWorld'
import { isBackendError } from '../backend'
import type { TenantFixture } from '../backend.contract'
import { describeBackendContract } from '../backend.contract'
import { describeUsersBulkContract } from '../usersBulk.contract'
import { TODAY, useTestGraph } from './testing'
import { createGraphBackend } from './graphBackend'
import { getOffer } from '@/domain/catalogue'
import { consoleAccess } from '@/domain/tenant/policy'

const [STANDARD, DESKLESS, MIXED] = CLIENT_TENANTS

describe('Graph backend: partner and tenants', () => {
  const { graph: current, backend: backendAs } = useTestGraph()
  let graph!: TestGraph
  beforeEach(() => {
    graph = current()
  })
  const backend = (actor?: string) => backendAs({ actor })

  it('names the partner from its own organization, and the signed-in technician as actor', async () => {
    expect(await backend('Camille Technicienne').partner.get()).toEqual({
      id: PARTNER_TENANT.id,
      name: PARTNER_TENANT.displayName,
      actor: 'Camille Technicienne',
    })
    expect((await backend().partner.get()).actor).toBe(PARTNER_TENANT.displayName)
  })

  it("lists the GDAP customers as tenants, with the catalogue's offers for their SKUs", async () => {
    const tenants = (await backend().tenants.listing()).tenants
    expect(tenants.map(t => t.tenant.companyName)).toEqual(CLIENT_TENANTS.map(c => c.displayName))
    const standard = tenants[0]!
    expect(standard.tenant).toMatchObject({
      id: STANDARD.id,
      country: 'FR',
      language: 'fr',
      domains: [{ name: STANDARD.defaultDomain, isInitial: true, isDefault: true, verified: true }],
    })
    // FLOW_FREE is not a catalogue offer: left out.
    expect(standard.subscriptions.map(s => [s.offerId, s.seats, s.assignedSeats, s.state])).toEqual([
      ['standard-suite', 25, 6, 'active'],
    ])
    const skus = graph.server.world().tenants.get(STANDARD.id)!.skus
    expect(standard.subscriptions[0]!.id).toBe(skus[0]!.skuId)
  })

  it('applies the Deskless rule through the domain: the Deskless-only tenant has no console, the mixed one has', async () => {
    const tenants = (await backend().tenants.listing()).tenants
    const byId = new Map(tenants.map(t => [t.tenant.id, t]))
    expect(consoleAccess(byId.get(DESKLESS.id)!.subscriptions, '2026-11-25')).toEqual({
      available: false,
      reason: 'desklessOnly',
      offers: ['deskless-suite', 'exchange-deskless'],
    })
    expect(consoleAccess(byId.get(MIXED.id)!.subscriptions, '2026-11-25').available).toBe(true)
  })

  it('reads one tenant by id like the list, and none for a tenant outside GDAP', async () => {
    const graphBackend = backend()
    const [first] = (await graphBackend.tenants.listing()).tenants
    expect(await graphBackend.tenants.get(first!.tenant.id)).toEqual(first)
    expect(await graphBackend.tenants.get(PARTNER_TENANT.id)).toBeUndefined()
    expect(await graphBackend.tenants.domainPrefixes()).toEqual(
      new Set(['boulangeriedupre', 'hotelecrins', 'cabinetlemoine']),
    )
  })

  it('follows @odata.nextLink to the end', async () => {
    const world = graph.server.world()
    for (let index = 0; index < 300; index++)
      world.customers.push({ id: `extra-${index}`, displayName: `Extra ${index}`, tenantId: STANDARD.id })
    const customers = await graph.fetchAs(PARTNER_TENANT.id, '/tenantRelationships/delegatedAdminCustomers?$top=300')
    expect(((await customers.json()) as { '@odata.nextLink'?: string })['@odata.nextLink']).toBeDefined()
    graph.server.requests.length = 0
    const tenants = (await backend().tenants.listing()).tenants
    expect(tenants).toHaveLength(303)
    expect(
      graph.server.requests.filter(r => r.path.startsWith('/tenantRelationships/delegatedAdminCustomers')).length,
    ).toBe(2)
  }, 20_000)

  it('declares what Graph cannot do and refuses it below the interface', async () => {
    const graphBackend = backend()
    expect(graphBackend.capabilities.action('tenants.provision')).toEqual({ available: false, reason: 'partnerCenter' })
    expect(graphBackend.capabilities.action('tenants.listing')).toEqual({ available: true })
    expect(graphBackend.capabilities.setting('exchange.pop3')).toEqual({ available: false, reason: 'exchangeAdmin' })
    // Refused to a delegated GDAP token: app-only, through the partner relay.
    expect(graphBackend.capabilities.setting('sharepoint.externalSharing')).toEqual({
      available: false,
      reason: 'appOnly',
    })
    const refusal = await graphBackend.subscriptions.changeSeats(STANDARD.id, 'x', 30).catch((error: unknown) => error)
    expect(isBackendError(refusal, 'unsupported')).toBe(true)
  })

  it('turns a refused token into an unauthorized error', async () => {
    const expired = createGraphBackend({
      baseUrl: graph.server.baseUrl,
      tokens: { token: () => graph.issuer.mint(PARTNER_TENANT.id, { expiresIn: '-5m' }) },
    })
    const error = await expired.tenants.listing().catch((caught: unknown) => caught)
    expect(isBackendError(error, 'unauthorized')).toBe(true)
    expect(String(error)).toMatch(/InvalidAuthenticationToken/)
  })
})

describe('Graph backend: the contract every backend keeps', () => {
  let graph: TestGraph
  afterAll(() => graph?.server.close())

  const makeBackend = async () => {
    graph ??= await startTestGraph()
    graph.server.reset()
    return createGraphBackend({
      baseUrl: graph.server.baseUrl,
      tokens: graph.tokens,
      now: () => TODAY,
      retry: { delaySeconds: 0 },
    })
  }
  const tenantWith: TenantFixture = async (backend, lines) => {
    // Graph can't provision: the test tenant comes under GDAP with the SKUs of the offers asked for.
    const id = graph.server.addTenant({
      displayName: 'Menuiserie Garnier',
      skus: lines.map(line => ({ skuPartNumber: getOffer(line.offerId).skuPartNumber, seats: line.seats })),
    })
    return (await backend.tenants.get(id))!
  }

  describeBackendContract('Microsoft 365 (Graph)', makeBackend, tenantWith)
  describeUsersBulkContract(makeBackend, tenantWith)
})
