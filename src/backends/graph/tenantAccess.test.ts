import { describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, RESTRICTED_TENANTS } from '../../../test-world/directory'
import { addRelationship } from '../../../test-world/graph/gdap'
import { ROLE } from '../../../test-world/graph/gdapRoles'
import { CONSOLE_ROLES } from './tenantAccess'
import { useTestGraph } from './testing'

const [STANDARD] = CLIENT_TENANTS
const { noRole, notConsented } = RESTRICTED_TENANTS

describe('Graph backend: each client tenant as the technician may reach it', () => {
  const { graph, backend } = useTestGraph()

  it('lists what it can read and names the others with why: no role (which ones), consent (theirs to give)', async () => {
    const listing = await backend().tenants.listing()
    expect(listing.tenants.map(t => t.tenant.id)).toEqual(CLIENT_TENANTS.map(c => c.id))
    expect(listing.unreadable).toEqual([
      {
        tenantId: noRole.id,
        companyName: noRole.displayName,
        problem: { kind: 'noRole', missingRoles: CONSOLE_ROLES },
      },
      {
        tenantId: notConsented.id,
        companyName: notConsented.displayName,
        problem: { kind: 'consentNeeded', canConsent: true },
      },
    ])
  })

  it("says who else can consent when the technician's roles there can't", async () => {
    const relationship = graph()
      .server.world()
      .gdap.relationships.find(r => r.customer.tenantId === notConsented.id)!
    relationship.accessAssignments[0]!.accessDetails.unifiedRoles = [{ roleDefinitionId: ROLE.userAdministrator }]
    const { unreadable } = await backend().tenants.listing()
    expect(unreadable.find(t => t.tenantId === notConsented.id)?.problem).toEqual({
      kind: 'consentNeeded',
      canConsent: false,
    })
  })

  it('names only the roles missing when some are held but Graph still refuses the reads', async () => {
    const world = graph().server.world()
    const relationship = world.gdap.relationships.find(r => r.customer.tenantId === STANDARD.id)!
    // Only Exchange Administrator: no directory read in Graph's eyes.
    relationship.accessAssignments[0]!.accessDetails.unifiedRoles = [{ roleDefinitionId: ROLE.exchangeAdministrator }]
    const { tenants, unreadable } = await backend().tenants.listing()
    expect(tenants.map(t => t.tenant.id)).not.toContain(STANDARD.id)
    expect(unreadable.find(t => t.tenantId === STANDARD.id)?.problem).toEqual({
      kind: 'noRole',
      missingRoles: CONSOLE_ROLES.filter(role => role !== 'exchangeAdministrator'),
    })
  })

  it("counts roles only from active assignments, to the technician's groups, of active relationships", async () => {
    const world = graph().server.world()
    world.gdap.relationships.find(r => r.customer.tenantId === STANDARD.id)!.status = 'expired'
    addRelationship(
      world.gdap,
      { tenantId: STANDARD.id, displayName: STANDARD.displayName },
      [ROLE.directoryReaders],
      [ROLE.directoryReaders],
      { toOthers: true },
    )
    const { unreadable } = await backend().tenants.listing()
    expect(unreadable.find(t => t.tenantId === STANDARD.id)?.problem).toMatchObject({ kind: 'noRole' })
  })

  it("gives drift every customer's configuration without a call in any customer's tenant: Graph reads them no setting", async () => {
    const configurations = await backend().settings.list()
    expect(configurations.map(c => c.tenantId)).toEqual([...CLIENT_TENANTS, noRole, notConsented].map(c => c.id))
    expect(graph().server.requests.filter(r => r.tenantId !== graph().server.world().partnerTenantId)).toEqual([])
  })

  it('reads a tenant once a session, through the directory and the list alike', async () => {
    const graphBackend = backend()
    const { names, known } = await graphBackend.tenants.directory()
    expect(names).toHaveLength(CLIENT_TENANTS.length + 2)
    expect(known).toEqual({ tenants: [], unreadable: [] })
    await graphBackend.tenants.read([STANDARD.id, noRole.id])
    const readsOf = (tenantId: string) =>
      graph().server.requests.filter(r => r.tenantId === tenantId && r.path.startsWith('/subscribedSkus')).length
    expect(readsOf(STANDARD.id)).toBe(1)
    await graphBackend.tenants.listing()
    expect(readsOf(STANDARD.id)).toBe(1)
    expect((await graphBackend.tenants.directory()).known.tenants).toHaveLength(CLIENT_TENANTS.length)
  })

  it("applies a baseline tenant by tenant, skipping those the technician can't reach, with why", async () => {
    const graphBackend = backend()
    const baseline = await graphBackend.baselines.create({
      name: 'Sans POP',
      description: '',
      settings: { 'exchange.pop3': false },
    })
    const outcomes = await graphBackend.baselines.apply(baseline.id, [STANDARD.id, noRole.id, notConsented.id])
    expect(outcomes.map(o => [o.tenantId, o.status, 'reason' in o ? o.reason : undefined])).toEqual([
      [STANDARD.id, 'unchanged', undefined],
      [noRole.id, 'skipped', 'noAccess'],
      [notConsented.id, 'skipped', 'noAccess'],
    ])
  })

  it("makes no call in a customer's tenant it can't have a token for", async () => {
    await backend().tenants.listing()
    expect(graph().server.requests.filter(r => r.tenantId === notConsented.id)).toEqual([])
  })
})
