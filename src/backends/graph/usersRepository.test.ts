import type { TestGraph } from '../../../test-world/graph/testWorld'
import type { UserInput } from '@/domain/users/users'
import { beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { isWrite } from '../../../test-world/graph/testWorld'
import { assertActionConforms, assertConforms } from '../../../test-world/graph/conformance'
import { userFormOf } from '@/forms/user'
import { isBackendError } from '../backend'
import { useTestGraph } from './testing'

const [STANDARD, DESKLESS] = CLIENT_TENANTS

describe('Graph backend: users, licences and services', () => {
  const { graph: current, backend } = useTestGraph()
  let graph!: TestGraph
  beforeEach(() => {
    graph = current()
  })

  const directory = (tenantId: string) => graph.server.world().tenants.get(tenantId)!
  const standardSku = () => directory(STANDARD.id).skus.find(s => s.skuPartNumber === 'STANDARDPACK')!
  const planId = (name: string) => standardSku().servicePlans.find(p => p.servicePlanName === name)!.servicePlanId
  const input = (alias: string, licensed = true): UserInput => ({
    firstName: 'Lina',
    lastName: 'Roche',
    alias,
    domain: STANDARD.defaultDomain,
    usageLocation: 'FR',
    subscriptionId: licensed ? standardSku().skuId : null,
  })
  // What the adapter sent to change things (a tenant's own reads go in a $batch of GETs).
  const sent = (method: string, path: RegExp) =>
    graph.server.requests.filter(r => r.method === method && path.test(r.path) && (method === 'GET' || isWrite(r)))

  it('lists users with their licence and services read from Graph', async () => {
    const users = await backend().users.list(STANDARD.id)
    expect(users).toHaveLength(7)
    const licensed = users.filter(u => u.subscriptionId === standardSku().skuId)
    expect(licensed).toHaveLength(6)
    expect(licensed[0]!.services).toEqual({ exchange: true, sharepoint: true, communications: true, liveMeeting: true })
    expect(users.find(u => u.subscriptionId === null)!.services.exchange).toBe(false)
    expect(users[0]).toMatchObject({
      tenantId: STANDARD.id,
      domain: STANDARD.defaultDomain,
      usageLocation: 'FR',
      blocked: false,
    })
  })

  it("switches a user's Exchange off with assignLicense, sending the plan read from subscribedSkus in the full disabledPlans", async () => {
    const graphBackend = backend()
    const [user] = (await graphBackend.users.list(STANDARD.id)).filter(u => u.subscriptionId)
    const after = await graphBackend.users.setServices(STANDARD.id, user!.id, { exchange: false })
    expect(after.services).toEqual({ exchange: false, sharepoint: true, communications: true, liveMeeting: true })
    const [call] = sent('POST', /\/assignLicense$/)
    assertActionConforms('assignLicense', call!.body)
    expect(call!.body).toEqual({
      addLicenses: [{ skuId: standardSku().skuId, disabledPlans: [planId('EXCHANGE_S_STANDARD')] }],
      removeLicenses: [],
    })
    // The next switch sends the whole set again: Exchange stays off.
    await graphBackend.users.setServices(STANDARD.id, user!.id, { liveMeeting: false })
    expect(
      (sent('POST', /\/assignLicense$/)[1]!.body as { addLicenses: { disabledPlans: string[] }[] }).addLicenses[0]!
        .disabledPlans,
    ).toEqual([planId('EXCHANGE_S_STANDARD'), planId('TEAMS1')])
  })

  it('refuses a service the licence lacks, and any write on a Deskless-only tenant', async () => {
    const graphBackend = backend()
    const unlicensed = (await graphBackend.users.list(STANDARD.id)).find(u => u.subscriptionId === null)!
    expect(
      isBackendError(
        await graphBackend.users.setServices(STANDARD.id, unlicensed.id, { exchange: true }).catch(e => e),
        'featureUnavailable',
      ),
    ).toBe(true)
    const [deskless] = await graphBackend.users.list(DESKLESS.id)
    for (const write of [
      () => graphBackend.users.setServices(DESKLESS.id, deskless!.id, { exchange: false }),
      () =>
        graphBackend.users.create(DESKLESS.id, {
          ...input('nina'),
          domain: DESKLESS.defaultDomain,
          subscriptionId: null,
        }),
      () => graphBackend.users.setBlocked(DESKLESS.id, deskless!.id, true),
    ])
      expect(isBackendError(await write().catch(e => e), 'consoleUnavailable')).toBe(true)
    expect(sent('POST', /./).concat(sent('PATCH', /./))).toEqual([])
  })

  it('creates a licensed user with bodies Graph accepts, and counts the seat', async () => {
    const graphBackend = backend()
    const { user: created, temporaryPassword } = await graphBackend.users.create(STANDARD.id, input('Lina.Roche'))
    expect(created).toMatchObject({
      alias: 'lina.roche',
      displayName: 'Lina Roche',
      subscriptionId: standardSku().skuId,
      services: { exchange: true },
    })
    const [post] = sent('POST', /^\/users$/)
    assertConforms('user', post!.body)
    expect(post!.body).toMatchObject({
      userPrincipalName: `lina.roche@${STANDARD.defaultDomain}`,
      mailNickname: 'lina.roche',
      usageLocation: 'FR',
      accountEnabled: true,
    })
    // The password handed over is the one Microsoft 365 got, to change at first sign-in.
    expect(post!.body).toMatchObject({
      passwordProfile: { password: temporaryPassword, forceChangePasswordNextSignIn: true },
    })
    assertActionConforms('assignLicense', sent('POST', /assignLicense$/)[0]!.body)
    expect((await graphBackend.tenants.get(STANDARD.id))!.subscriptions[0]!.assignedSeats).toBe(7)
  })

  it('refuses a licence past the seats with how many are left, creating nobody', async () => {
    standardSku().prepaidUnits.enabled = 6
    const error = await backend()
      .users.create(STANDARD.id, input('one.more'))
      .catch(e => e)
    expect(isBackendError(error, 'validation')).toBe(true)
    expect(error.issues).toContainEqual(
      expect.objectContaining({ code: 'noSeatsLeft', params: expect.objectContaining({ left: 0 }) }),
    )
    expect(sent('POST', /^\/users$/)).toEqual([])
  })

  it('blocks and unblocks sign-in, and resets a password with a PATCH', async () => {
    const graphBackend = backend()
    const [user] = await graphBackend.users.list(STANDARD.id)
    expect((await graphBackend.users.setBlocked(STANDARD.id, user!.id, true)).blocked).toBe(true)
    expect(sent('PATCH', /^\/users\//)[0]!.body).toEqual({ accountEnabled: false })
    expect((await graphBackend.users.setBlocked(STANDARD.id, user!.id, false)).blocked).toBe(false)
    const password = await graphBackend.users.resetPassword(STANDARD.id, user!.id)
    expect(sent('PATCH', /^\/users\//)[2]!.body).toEqual({
      passwordProfile: { forceChangePasswordNextSignIn: true, password },
    })
  })

  it("changes a user's licence with one assignLicense that adds the new and removes the old", async () => {
    const graphBackend = backend()
    const user = (await graphBackend.users.list(STANDARD.id)).find(u => u.subscriptionId)!
    const after = await graphBackend.users.update(STANDARD.id, user.id, {
      ...user,
      firstName: 'Élo',
      subscriptionId: null,
    })
    expect(after).toMatchObject({ firstName: 'Élo', displayName: `Élo ${user.lastName}`, subscriptionId: null })
    expect(sent('POST', /assignLicense$/)[0]!.body).toEqual({ addLicenses: [], removeLicenses: [standardSku().skuId] })
  })

  it("refuses a save from a form filled before another technician's, and sends Graph nothing", async () => {
    const graphBackend = backend()
    const user = (await graphBackend.users.list(STANDARD.id)).find(u => u.subscriptionId)!
    const staleForm = userFormOf(user)
    const newer = await graphBackend.users.update(STANDARD.id, user.id, { ...userFormOf(user), firstName: 'Élo' })
    expect(newer.version).not.toBe(user.version)
    const patches = sent('PATCH', /\/users\//).length

    const stale = await graphBackend.users.update(STANDARD.id, user.id, { ...staleForm, lastName: 'Roche' }).then(
      () => null,
      (error: unknown) => error,
    )
    expect(isBackendError(stale, 'conflict')).toBe(true)
    expect(sent('PATCH', /\/users\//)).toHaveLength(patches)
    expect((await graphBackend.users.list(STANDARD.id)).find(u => u.id === user.id)).toMatchObject({
      firstName: 'Élo',
      lastName: user.lastName,
    })
    // A form filled from what Graph holds now goes through.
    await graphBackend.users.update(STANDARD.id, user.id, { ...userFormOf(newer), lastName: 'Roche' })
  })

  describe('bulk import through $batch', () => {
    const rows = (count: number, licensed = false) =>
      Array.from({ length: count }, (_, index) => input(`import.${index}`, licensed))

    it('creates 45 users in 3 $batch requests of at most 20, each sub-response checked', async () => {
      graph.server.requests.length = 0
      const { created } = await backend().users.importMany(STANDARD.id, rows(45))
      expect(created).toHaveLength(45)
      const batches = sent('POST', /^\/\$batch$/)
      expect(batches).toHaveLength(3)
      expect(batches.map(b => (b.body as { requests: unknown[] }).requests.length)).toEqual([20, 20, 5])
      for (const step of graph.server.requests.filter(r => r.inBatch !== null && r.method === 'POST'))
        assertConforms('user', step.body)
      expect(directory(STANDARD.id).users).toHaveLength(52)
    })

    it('hands over, for each created user, the very password sent for it', async () => {
      graph.server.requests.length = 0
      const { handover } = await backend().users.importMany(STANDARD.id, rows(3))
      const sentPasswords = graph.server.requests
        .filter(r => r.inBatch !== null && r.method === 'POST' && r.status === 201)
        .map(r => (r.body as { passwordProfile: { password: string } }).passwordProfile.password)
      expect(handover.map(h => h.user.alias)).toEqual(['import.0', 'import.1', 'import.2'])
      expect(handover.map(h => h.temporaryPassword)).toEqual(sentPasswords)
      expect(new Set(sentPasswords).size).toBe(3)
    })

    it('licenses imported users in batches too: 20 licensed users cost one batch to create and one to license', async () => {
      await backend().users.importMany(
        STANDARD.id,
        rows(19, true).concat(rows(1).map(r => ({ ...r, alias: 'unlicensed.one' }))),
      )
      expect(sent('POST', /^\/\$batch$/)).toHaveLength(2)
      expect(standardSku().consumedUnits).toBe(6 + 19)
    })

    it('sends throttled steps again after their Retry-After, until each is created', async () => {
      graph.server.throttle({ count: 7, retryAfterSeconds: 1, path: '/users', method: 'POST' })
      const { created } = await backend().users.importMany(STANDARD.id, rows(25))
      expect(created).toHaveLength(25)
      expect(graph.server.requests.filter(r => r.inBatch !== null && r.status === 429)).toHaveLength(7)
      expect(sent('POST', /^\/\$batch$/)).toHaveLength(3)
    })

    it('reports the rows Microsoft 365 still refuses, by row, beside those it created', async () => {
      graph.server.throttle({ count: 2, retryAfterSeconds: 0, path: '/users', method: 'POST' })
      const result = await backend({ maxRetries: 0 }).users.importMany(STANDARD.id, rows(3))
      expect(result.rows).toEqual([
        ...[0, 1].map(row => ({
          row,
          outcome: 'refused',
          issues: [
            {
              field: `rows[${row}].alias`,
              code: 'rejectedByService',
              params: { message: expect.stringMatching(/Too many requests/) },
            },
          ],
        })),
        { row: 2, outcome: 'created', user: expect.objectContaining({ alias: 'import.2' }) },
      ])
      expect(result.created.map(user => user.alias)).toEqual(['import.2'])
      expect(directory(STANDARD.id).users).toHaveLength(8)
    })

    it("refuses a file whose rows break the console's rules before sending anything", async () => {
      const error = await backend()
        .users.importMany(STANDARD.id, [input('ok.one'), input('bad alias')])
        .catch(e => e)
      expect(error.issues).toContainEqual(expect.objectContaining({ field: 'rows[1].alias' }))
      expect(sent('POST', /./)).toEqual([])
    })
  })

  it('retries a throttled read after Retry-After and answers as if nothing happened', async () => {
    graph.server.throttle({ count: 1, retryAfterSeconds: 1, path: '/users', method: 'GET' })
    const started = Date.now()
    expect(await backend().users.list(STANDARD.id)).toHaveLength(7)
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(sent('GET', /^\/users/).map(r => r.status)).toEqual([429, 200])
  })

  it('never had the server send a body outside the schema', () => {
    expect(graph.server.schemaViolations).toEqual([])
  })
})
