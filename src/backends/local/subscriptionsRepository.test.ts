import type { TenantUser } from '@/domain/users/users'
import type { ConsoleDatabase } from './db'
import { describe, expect, it } from 'vitest'
import { consoleAccess } from '@/domain/tenant/policy'
import { isBackendError } from '../backend'
import { failure, freshDb, makeLocal, TODAY } from './testing'

function user(db: ConsoleDatabase, tenantId: string, alias: string, subscriptionId: string | null): Promise<string> {
  const record: TenantUser = {
    id: `user-test-${alias}`,
    tenantId,
    firstName: alias,
    lastName: 'Test',
    displayName: `${alias} Test`,
    alias: `zz-test-${alias}`,
    domain: 'hotel-des-ecrins.fr',
    usageLocation: 'FR',
    subscriptionId,
    services: { exchange: true, sharepoint: true, communications: false, liveMeeting: false },
    exchange: {},
    blocked: false,
    createdAt: '2025-01-01T00:00:00.000Z',
  }
  return db.users.add(record)
}

describe('local backend: subscriptions', () => {
  it('adds a building block the tenant does not run, and logs it', async () => {
    const backend = makeLocal()
    const changed = await backend.subscriptions.add('tenant-dupre', 'live-meeting', 6, 'paid')
    const added = changed.subscriptions.find(s => s.offerId === 'live-meeting')
    expect(added).toMatchObject({
      tenantId: 'tenant-dupre',
      seats: 6,
      assignedSeats: 0,
      state: 'active',
      startedOn: TODAY,
      trialEndsOn: null,
      cancelledOn: null,
    })
    expect(await backend.tenants.get('tenant-dupre')).toEqual(changed)
    const [entry] = await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 })
    expect(entry).toMatchObject({
      area: 'subscription',
      action: 'subscription.added',
      details: { offer: 'live-meeting', seats: 6, billing: 'paid' },
    })
  })

  it('adds a 30-day trial counting today', async () => {
    const changed = await makeLocal().subscriptions.add('tenant-dupre', 'exchange-online', 20, 'trial')
    expect(changed.subscriptions.find(s => s.offerId === 'exchange-online')).toMatchObject({
      state: 'trial',
      trialEndsOn: '2025-04-08',
    })
  })

  it('adds to a tenant that has no stored configuration', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    await backend.partner.get()
    await db.configurations.delete('tenant-tilleuls')
    const changed = await backend.subscriptions.add('tenant-tilleuls', 'communications-online', 10, 'paid')
    expect(changed.subscriptions.map(s => s.offerId)).toEqual(['standard-suite', 'communications-online'])
  })

  it('refuses an offer the tenant already runs, or too many trial seats, and stores nothing', async () => {
    const backend = makeLocal()
    const before = await backend.activity.list()
    const duplicate = await failure(backend.subscriptions.add('tenant-dupre', 'standard-suite', 5, 'paid'))
    expect(isBackendError(duplicate, 'validation') && duplicate.issues).toEqual([
      { field: 'offerId', code: 'duplicateOffer', params: { value: 'standard-suite' } },
    ])
    const trial = await failure(backend.subscriptions.add('tenant-dupre', 'live-meeting', 21, 'trial'))
    expect(isBackendError(trial, 'validation') && trial.issues).toEqual([
      { field: 'seats.live-meeting', code: 'aboveTrialMaximum', params: { max: 20 } },
    ])
    expect((await backend.tenants.get('tenant-dupre'))?.subscriptions).toHaveLength(1)
    expect(await backend.activity.list()).toEqual(before)
  })

  it('changes seats 12 → 15 and logs before and after', async () => {
    const backend = makeLocal()
    const changed = await backend.subscriptions.changeSeats('tenant-dupre', 'sub-dupre-standard-suite', 15)
    expect(changed.subscriptions[0]).toMatchObject({ seats: 15, assignedSeats: 11 })
    const [entry] = await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 })
    expect(entry).toMatchObject({
      action: 'subscription.seatsChanged',
      details: { offer: 'standard-suite', previousSeats: 12, seats: 15 },
      changes: [{ field: 'seats', before: 12, after: 15 }],
    })
  })

  it('refuses fewer seats than licences assigned, saying how many', async () => {
    const backend = makeLocal()
    const error = await failure(backend.subscriptions.changeSeats('tenant-dupre', 'sub-dupre-standard-suite', 10))
    expect(isBackendError(error, 'validation') && error.issues).toEqual([
      { field: 'seats.standard-suite', code: 'belowAssigned', params: { assigned: 11 } },
    ])
    expect((await backend.tenants.get('tenant-dupre'))?.subscriptions[0]?.seats).toBe(12)
  })

  it('logs nothing when the seats stay the same', async () => {
    const backend = makeLocal()
    const before = await backend.activity.list()
    await backend.subscriptions.changeSeats('tenant-dupre', 'sub-dupre-standard-suite', 12)
    expect(await backend.activity.list()).toEqual(before)
  })

  it('says notFound for an unknown tenant or subscription', async () => {
    const backend = makeLocal()
    expect(
      isBackendError(
        await failure(backend.subscriptions.changeSeats('no-such-tenant', 'sub-dupre-standard-suite', 15)),
        'notFound',
      ),
    ).toBe(true)
    expect(
      isBackendError(
        await failure(backend.subscriptions.changeSeats('tenant-dupre', 'sub-ecrins-deskless-suite', 15)),
        'notFound',
      ),
    ).toBe(true)
  })

  it('records seats added as a sale on the day, for the fees', async () => {
    const changed = await makeLocal().subscriptions.changeSeats('tenant-dupre', 'sub-dupre-standard-suite', 15)
    const events = changed.subscriptions.find(s => s.id === 'sub-dupre-standard-suite')?.billingEvents
    expect(events?.at(-1)).toEqual({ on: TODAY, kind: 'seatsChanged', seats: 15 })
    expect(events?.[0]).toMatchObject({ kind: 'sold' })
  })

  it('converts a trial to paid', async () => {
    const backend = makeLocal()
    const changed = await backend.subscriptions.convertToPaid('tenant-vieux-moulin', 'sub-vieux-moulin-standard-suite')
    expect(changed.subscriptions[0]).toMatchObject({ state: 'active', trialEndsOn: null, seats: 10 })
    // Its conversion today is its sale: fees count from today, not from the trial's first day.
    expect(changed.subscriptions[0]?.billingEvents).toEqual([{ on: TODAY, kind: 'sold', seats: 10 }])
    const [entry] = await backend.activity.list({ tenantId: 'tenant-vieux-moulin', limit: 1 })
    expect(entry).toMatchObject({
      action: 'subscription.converted',
      changes: [{ field: 'state', before: 'trial', after: 'active' }],
    })
    const again = await failure(
      backend.subscriptions.convertToPaid('tenant-vieux-moulin', 'sub-vieux-moulin-standard-suite'),
    )
    expect(isBackendError(again, 'validation') && again.issues).toEqual([{ field: 'subscription', code: 'notTrial' }])
  })

  it('moves a Deskless-only tenant to the Standard Suite, keeping id, seats and users, which opens its console', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    await backend.partner.get()
    await user(db, 'tenant-ecrins', 'anna', 'sub-ecrins-deskless-suite')
    const changed = await backend.subscriptions.move('tenant-ecrins', 'sub-ecrins-deskless-suite', 'standard-suite')
    expect(changed.subscriptions).toEqual([
      expect.objectContaining({
        id: 'sub-ecrins-deskless-suite',
        offerId: 'standard-suite',
        seats: 28,
        assignedSeats: 26,
        state: 'active',
      }),
    ])
    expect(consoleAccess(changed.subscriptions, TODAY).available).toBe(true)
    expect((await db.users.get('user-test-anna'))?.subscriptionId).toBe('sub-ecrins-deskless-suite')
    const [entry] = await backend.activity.list({ tenantId: 'tenant-ecrins', limit: 1 })
    expect(entry).toMatchObject({
      area: 'subscription',
      action: 'subscription.moved',
      changes: [{ field: 'offerId', before: 'deskless-suite', after: 'standard-suite' }],
    })
    // The console is open: its settings can now be written.
    await backend.settings.update('tenant-ecrins', { 'communications.im': false })
  })

  it('refuses a move the rules do not allow', async () => {
    const backend = makeLocal()
    const down = await failure(backend.subscriptions.move('tenant-dupre', 'sub-dupre-standard-suite', 'deskless-suite'))
    expect(isBackendError(down, 'validation') && down.issues).toEqual([
      { field: 'offerId', code: 'moveNotAllowed', params: { from: 'standard-suite', to: 'deskless-suite' } },
    ])
  })

  it("moves a mixed tenant's Deskless seats and users into its Standard Suite in one change", async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    await backend.partner.get()
    const holders = await db.users.where('subscriptionId').equals('sub-lemoine-deskless-suite').primaryKeys()
    const changed = await backend.subscriptions.move('tenant-lemoine', 'sub-lemoine-deskless-suite', 'standard-suite')
    const standard = changed.subscriptions.find(s => s.id === 'sub-lemoine-standard-suite')
    expect(standard).toMatchObject({ seats: 165, assignedSeats: 24 + 131, state: 'active' })
    expect(changed.subscriptions.find(s => s.id === 'sub-lemoine-deskless-suite')).toMatchObject({
      state: 'cancelled',
      cancelledOn: TODAY,
      assignedSeats: 0,
    })
    const moved = await db.users.bulkGet(holders)
    expect(moved.every(user => user?.subscriptionId === 'sub-lemoine-standard-suite')).toBe(true)
    const [entry] = await backend.activity.list({ tenantId: 'tenant-lemoine', limit: 1 })
    expect(entry).toMatchObject({
      action: 'subscription.merged',
      details: { offer: 'deskless-suite', toOffer: 'standard-suite', seats: 140, intoSeats: 165 },
    })
  })

  it('cancels from today: the users holding its licences lose them in the same change', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    await backend.partner.get()
    await user(db, 'tenant-ecrins', 'anna', 'sub-ecrins-deskless-suite')
    await user(db, 'tenant-ecrins', 'bruno', 'sub-ecrins-deskless-suite')
    await user(db, 'tenant-ecrins', 'chloe', null)
    const holders = await db.users.where('subscriptionId').equals('sub-ecrins-deskless-suite').count()
    const changed = await backend.subscriptions.cancel('tenant-ecrins', 'sub-ecrins-deskless-suite')
    expect(changed.subscriptions[0]).toMatchObject({
      state: 'cancelled',
      cancelledOn: TODAY,
      assignedSeats: 0,
      seats: 28,
    })
    expect(await db.users.where('subscriptionId').equals('sub-ecrins-deskless-suite').count()).toBe(0)
    expect(await db.users.where('tenantId').equals('tenant-ecrins').count()).toBeGreaterThanOrEqual(3)
    const [entry] = await backend.activity.list({ tenantId: 'tenant-ecrins', limit: 1 })
    expect(entry).toMatchObject({
      action: 'subscription.cancelled',
      details: { offer: 'deskless-suite', users: holders },
      changes: [
        { field: 'state', before: 'active', after: 'cancelled' },
        { field: 'assignedSeats', before: 26, after: 0 },
      ],
    })
    const again = await failure(backend.subscriptions.cancel('tenant-ecrins', 'sub-ecrins-deskless-suite'))
    expect(isBackendError(again, 'validation') && again.issues).toEqual([{ field: 'subscription', code: 'notLive' }])
  })

  it('keeps the licences and the subscription when the activity log refuses the write', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    await backend.partner.get()
    await user(db, 'tenant-ecrins', 'anna', 'sub-ecrins-deskless-suite')
    db.activity.hook('creating', () => {
      throw new Error('disk full')
    })
    await failure(backend.subscriptions.cancel('tenant-ecrins', 'sub-ecrins-deskless-suite'))
    expect((await db.users.get('user-test-anna'))?.subscriptionId).toBe('sub-ecrins-deskless-suite')
    expect((await backend.tenants.get('tenant-ecrins'))?.subscriptions[0]).toMatchObject({
      state: 'active',
      assignedSeats: 26,
    })
  })
})
