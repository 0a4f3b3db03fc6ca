import type { UserInput } from '@/domain/users/users'
import type { BackendError } from '../backend'
import { describe, expect, it } from 'vitest'
import { isBackendError } from '../backend'
import { failure, makeLocal } from './testing'

function input(overrides: Partial<UserInput> = {}): UserInput {
  return {
    firstName: 'Marie',
    lastName: 'Curie',
    alias: 'marie.curie',
    domain: 'dupre-boulangerie.fr',
    usageLocation: 'FR',
    subscriptionId: null,
    ...overrides,
  }
}

async function seats(backend: ReturnType<typeof makeLocal>, tenantId: string, subscriptionId: string) {
  const tenant = await backend.tenants.get(tenantId)
  return tenant!.subscriptions.find(s => s.id === subscriptionId)!.assignedSeats
}

async function holders(backend: ReturnType<typeof makeLocal>, tenantId: string, subscriptionId: string) {
  return (await backend.users.list(tenantId)).filter(user => user.subscriptionId === subscriptionId).length
}

describe('local backend: users', () => {
  it('lists the seeded users of a tenant, one per assigned licence, by last name', async () => {
    const backend = makeLocal()
    const users = await backend.users.list('tenant-dupre')
    expect(users).toHaveLength(11)
    expect(await holders(backend, 'tenant-dupre', 'sub-dupre-standard-suite')).toBe(
      await seats(backend, 'tenant-dupre', 'sub-dupre-standard-suite'),
    )
    const lastNames = users.map(user => user.lastName)
    expect(lastNames).toEqual([...lastNames].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })))
  })

  it("creates a user in lower case with the licence's services, takes a seat, and logs it in the same step", async () => {
    const backend = makeLocal()
    const { user, temporaryPassword } = await backend.users.create(
      'tenant-dupre',
      input({ alias: ' Marie.Curie ', subscriptionId: 'sub-dupre-standard-suite' }),
    )
    expect(temporaryPassword).toMatch(/^\S{12,}$/)
    expect(JSON.stringify(await backend.users.list('tenant-dupre'))).not.toContain(temporaryPassword)
    expect(user).toMatchObject({
      alias: 'marie.curie',
      displayName: 'Marie Curie',
      blocked: false,
      services: { exchange: true, communications: true },
    })
    expect(await seats(backend, 'tenant-dupre', 'sub-dupre-standard-suite')).toBe(12)
    const [entry] = await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 })
    expect(entry).toMatchObject({
      area: 'user',
      action: 'user.created',
      details: { displayName: 'Marie Curie', userPrincipalName: 'marie.curie@dupre-boulangerie.fr' },
    })
  })

  it('refuses the address of a distribution list', async () => {
    const backend = makeLocal()
    const [list] = await backend.exchange.distributionLists.list('tenant-dupre')
    const error = await failure(backend.users.create('tenant-dupre', input({ alias: list!.alias })))
    expect((error as BackendError).issues).toEqual([
      { field: 'alias', code: 'taken', params: { address: `${list!.alias}@dupre-boulangerie.fr` } },
    ])
  })

  it('refuses a licence past the seats, saying how many are left, and creates nothing', async () => {
    const backend = makeLocal()
    await backend.users.create('tenant-dupre', input({ subscriptionId: 'sub-dupre-standard-suite' }))
    const before = await backend.activity.list()
    const error = await failure(
      backend.users.create(
        'tenant-dupre',
        input({ alias: 'pierre.curie', subscriptionId: 'sub-dupre-standard-suite' }),
      ),
    )
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as BackendError).issues).toEqual([
      { field: 'subscriptionId', code: 'noSeatsLeft', params: { left: 0, seats: 12, offer: 'standard-suite' } },
    ])
    expect(await backend.users.list('tenant-dupre')).toHaveLength(12)
    expect(await backend.activity.list()).toEqual(before)
  })

  it('refuses every write on a Deskless-only tenant, and stores nothing', async () => {
    const backend = makeLocal()
    const [someone] = await backend.users.list('tenant-ecrins')
    const before = await backend.activity.list()
    for (const attempt of [
      backend.users.create('tenant-ecrins', input({ domain: 'hotel-des-ecrins.fr' })),
      backend.users.importMany('tenant-ecrins', [input({ domain: 'hotel-des-ecrins.fr' })]),
      backend.users.setBlocked('tenant-ecrins', someone!.id, true),
      backend.users.resetPassword('tenant-ecrins', someone!.id),
      backend.users.remove('tenant-ecrins', someone!.id),
    ])
      expect(isBackendError(await failure(attempt), 'consoleUnavailable')).toBe(true)
    expect(await backend.users.list('tenant-ecrins')).toHaveLength(26)
    expect(await backend.activity.list()).toEqual(before)
  })

  it("moves a seat from one subscription to the other when a user's licence changes, and logs the offers", async () => {
    const backend = makeLocal()
    const user = (await backend.users.list('tenant-lemoine')).find(
      u => u.subscriptionId === 'sub-lemoine-standard-suite',
    )!
    const updated = await backend.users.update('tenant-lemoine', user.id, {
      ...user,
      subscriptionId: 'sub-lemoine-deskless-suite',
    })
    expect(updated.services).toEqual({ exchange: true, sharepoint: true, communications: false, liveMeeting: false })
    expect(await seats(backend, 'tenant-lemoine', 'sub-lemoine-standard-suite')).toBe(23)
    expect(await seats(backend, 'tenant-lemoine', 'sub-lemoine-deskless-suite')).toBe(132)
    const [entry] = await backend.activity.list({ tenantId: 'tenant-lemoine', limit: 1 })
    expect(entry).toMatchObject({
      action: 'user.updated',
      changes: [{ field: 'licence', before: 'standard-suite', after: 'deskless-suite' }],
    })
  })

  it('frees the seat of a removed user', async () => {
    const backend = makeLocal()
    const [user] = await backend.users.list('tenant-dupre')
    await backend.users.remove('tenant-dupre', user!.id)
    expect(await seats(backend, 'tenant-dupre', 'sub-dupre-standard-suite')).toBe(10)
    expect((await backend.users.list('tenant-dupre')).some(u => u.id === user!.id)).toBe(false)
    expect(isBackendError(await failure(backend.users.remove('tenant-dupre', user!.id)), 'notFound')).toBe(true)
  })

  describe('importMany', () => {
    it('creates every user and counts their seats, with one log entry', async () => {
      const backend = makeLocal()
      const { created } = await backend.users.importMany('tenant-lemoine', [
        input({ alias: 'a.roux', domain: 'transports-lemoine.fr', subscriptionId: 'sub-lemoine-deskless-suite' }),
        input({ alias: 'b.roux', domain: 'transports-lemoine.fr', subscriptionId: 'sub-lemoine-deskless-suite' }),
        input({ alias: 'c.roux', domain: 'transports-lemoine.fr', subscriptionId: null }),
      ])
      expect(created).toHaveLength(3)
      expect(await seats(backend, 'tenant-lemoine', 'sub-lemoine-deskless-suite')).toBe(133)
      expect(await holders(backend, 'tenant-lemoine', 'sub-lemoine-deskless-suite')).toBe(133)
      const [entry] = await backend.activity.list({ tenantId: 'tenant-lemoine', limit: 1 })
      expect(entry).toMatchObject({ action: 'user.imported', details: { count: 3 } })
    })

    it('hands over a different temporary password for each created user, and stores none', async () => {
      const backend = makeLocal()
      const { created, handover } = await backend.users.importMany('tenant-lemoine', [
        input({ alias: 'a.roux', domain: 'transports-lemoine.fr', subscriptionId: null }),
        input({ alias: 'b.roux', domain: 'transports-lemoine.fr', subscriptionId: null }),
      ])
      expect(handover.map(h => h.user)).toEqual(created)
      expect(new Set(handover.map(h => h.temporaryPassword)).size).toBe(2)
      const stored = JSON.stringify(await backend.users.list('tenant-lemoine'))
      for (const { temporaryPassword } of handover) expect(stored).not.toContain(temporaryPassword)
    })

    it('imports nothing when one row is bad, naming the row', async () => {
      const backend = makeLocal()
      const before = await backend.users.list('tenant-lemoine')
      const error = await failure(
        backend.users.importMany('tenant-lemoine', [
          input({ alias: 'a.roux', domain: 'transports-lemoine.fr' }),
          input({ alias: 'b.roux', domain: 'ailleurs.fr' }),
          input({ alias: 'A.Roux', domain: 'transports-lemoine.fr' }),
        ]),
      )
      expect(isBackendError(error, 'validation')).toBe(true)
      expect((error as BackendError).issues).toEqual([
        { field: 'rows[1].domain', code: 'unknown', params: { value: 'ailleurs.fr' } },
        { field: 'rows[2].alias', code: 'duplicate', params: { address: 'a.roux@transports-lemoine.fr' } },
      ])
      expect(await backend.users.list('tenant-lemoine')).toEqual(before)
    })

    it('counts seats across the rows: 9 Deskless licences left, 10 asked, nothing imported', async () => {
      const backend = makeLocal()
      const rows = Array.from({ length: 10 }, (_, i) =>
        input({
          alias: `chauffeur${i}`,
          domain: 'transports-lemoine.fr',
          subscriptionId: 'sub-lemoine-deskless-suite',
        }),
      )
      const error = await failure(backend.users.importMany('tenant-lemoine', rows))
      expect((error as BackendError).issues).toEqual([
        {
          field: 'rows[9].subscriptionId',
          code: 'noSeatsLeft',
          params: { left: 9, seats: 140, offer: 'deskless-suite' },
        },
      ])
      expect(await seats(backend, 'tenant-lemoine', 'sub-lemoine-deskless-suite')).toBe(131)
    })
  })

  it('blocks and unblocks sign-in, logging each', async () => {
    const backend = makeLocal()
    const [user] = await backend.users.list('tenant-dupre')
    expect((await backend.users.setBlocked('tenant-dupre', user!.id, true)).blocked).toBe(true)
    expect((await backend.users.list('tenant-dupre')).find(u => u.id === user!.id)?.blocked).toBe(true)
    await backend.users.setBlocked('tenant-dupre', user!.id, false)
    const actions = (await backend.activity.list({ tenantId: 'tenant-dupre', limit: 2 })).map(entry => entry.action)
    expect(actions).toEqual(['user.unblocked', 'user.blocked'])
  })

  it('returns a new temporary password each time and keeps it nowhere', async () => {
    const backend = makeLocal()
    const [user] = await backend.users.list('tenant-dupre')
    const first = await backend.users.resetPassword('tenant-dupre', user!.id)
    const second = await backend.users.resetPassword('tenant-dupre', user!.id)
    expect(first).toHaveLength(16)
    expect(first).not.toBe(second)
    const stored = JSON.stringify([await backend.users.list('tenant-dupre'), await backend.activity.list()])
    expect(stored).not.toContain(first)
    expect(stored).toContain('user.passwordReset')
  })

  it("switches services within the licence only: a Deskless user can't get communications", async () => {
    const backend = makeLocal()
    const user = (await backend.users.list('tenant-lemoine')).find(
      u => u.subscriptionId === 'sub-lemoine-deskless-suite',
    )!
    const error = await failure(backend.users.setServices('tenant-lemoine', user.id, { communications: true }))
    expect(isBackendError(error, 'featureUnavailable')).toBe(true)
    expect((error as BackendError).issues).toEqual([{ field: 'services.communications', code: 'notAvailable' }])
    const updated = await backend.users.setServices('tenant-lemoine', user.id, { sharepoint: false })
    expect(updated.services.sharepoint).toBe(false)
  })

  it('keeps Exchange overrides within the licence: protocols off and a size for Standard, none for Deskless', async () => {
    const backend = makeLocal()
    const users = await backend.users.list('tenant-lemoine')
    const standard = users.find(u => u.subscriptionId === 'sub-lemoine-standard-suite')!
    const deskless = users.find(u => u.subscriptionId === 'sub-lemoine-deskless-suite')!
    const updated = await backend.users.setExchangeOverrides('tenant-lemoine', standard.id, {
      pop3: false,
      imap4: true,
      mailboxMb: 10_240,
    })
    expect(updated.exchange).toEqual({ pop3: false, mailboxMb: 10_240 })
    const [entry] = await backend.activity.list({ tenantId: 'tenant-lemoine', limit: 1 })
    expect(entry?.changes).toEqual([
      { field: 'exchange.pop3', before: true, after: false },
      { field: 'exchange.mailboxMb', before: null, after: 10_240 },
    ])

    const tooBig = await failure(
      backend.users.setExchangeOverrides('tenant-lemoine', standard.id, { mailboxMb: 30_000 }),
    )
    expect((tooBig as BackendError).issues).toEqual([
      { field: 'exchange.mailboxMb', code: 'aboveMaximum', params: { max: 25_600 } },
    ])
    const refused = await failure(
      backend.users.setExchangeOverrides('tenant-lemoine', deskless.id, { activeSync: false }),
    )
    expect(isBackendError(refused, 'featureUnavailable')).toBe(true)
  })
})
