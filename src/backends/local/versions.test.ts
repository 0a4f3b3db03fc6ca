import type { QuoteInput } from '@/domain/quotes/quotes'
import { describe, expect, it } from 'vitest'
import { userFormOf } from '@/forms/user'
import { TEST_PARTNER_IDENTITY } from '@/domain/partner/partnerIdentityTesting'
import { isBackendError } from '../backend'
import { migration } from '../partnerRecords.contract'
import { ConsoleDatabase } from './db'
import { failure, freshDb, makeLocal } from './testing'

/** A second tab: another backend on the same database, as another page of the browser opens it. */
function secondTab(db: ConsoleDatabase) {
  return makeLocal(new ConsoleDatabase(db.name))
}

describe('local backend: versioned writes', () => {
  it('refuses a user saved from a form opened before another save, and writes nothing', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    const [user] = await backend.users.list('tenant-dupre')
    const staleForm = userFormOf(user!)

    const saved = await backend.users.update('tenant-dupre', user!.id, { ...userFormOf(user!), firstName: 'Camille' })
    expect(saved.version).toBe((user!.version ?? 0) + 1)
    const activityBefore = await backend.activity.list()

    const error = await failure(backend.users.update('tenant-dupre', user!.id, { ...staleForm, firstName: 'Léa' }))
    expect(isBackendError(error, 'conflict')).toBe(true)
    const [after] = (await backend.users.list('tenant-dupre')).filter(stored => stored.id === user!.id)
    expect(after).toEqual(saved)
    expect(await backend.activity.list()).toEqual(activityBefore)
  })

  it('lets a form opened after the last save through, and counts on', async () => {
    const backend = makeLocal()
    const [user] = await backend.users.list('tenant-dupre')
    const first = await backend.users.update('tenant-dupre', user!.id, { ...userFormOf(user!), firstName: 'Camille' })
    const second = await backend.users.update('tenant-dupre', user!.id, { ...userFormOf(first), firstName: 'Léa' })
    expect(second).toMatchObject({ firstName: 'Léa', version: (user!.version ?? 0) + 2 })
  })

  it('refuses a service and a price list saved over a newer one', async () => {
    const backend = makeLocal()
    const service = await backend.services.create('tenant-dupre', migration)
    await backend.services.update('tenant-dupre', service.id, {
      ...migration,
      description: 'Newer',
      expectedVersion: 1,
    })
    const stale = backend.services.update('tenant-dupre', service.id, {
      ...migration,
      description: 'Older',
      expectedVersion: 1,
    })
    expect(isBackendError(await failure(stale), 'conflict')).toBe(true)
    expect((await backend.services.list()).find(stored => stored.id === service.id)?.description).toBe('Newer')

    // The form sends the version it was filled from, 0 for a list never saved in this browser.
    const list = { ...(await backend.pricing.get()), version: 0 }
    const raised = await backend.pricing.update({ ...list, prices: { ...list.prices, 'standard-suite': 1500 } })
    const staleList = backend.pricing.update({ ...list, prices: { ...list.prices, 'standard-suite': 900 } })
    expect(isBackendError(await failure(staleList), 'conflict')).toBe(true)
    expect(await backend.pricing.get()).toEqual(raised)
  })

  it('refuses a baseline saved from an edit opened before another save', async () => {
    const backend = makeLocal()
    const [baseline] = await backend.baselines.list()
    const edit = { name: baseline!.name, description: baseline!.description, settings: baseline!.settings }
    await backend.baselines.update(baseline!.id, { ...edit, description: 'Newer', expectedVersion: 0 })
    const stale = backend.baselines.update(baseline!.id, { ...edit, description: 'Older', expectedVersion: 0 })
    expect(isBackendError(await failure(stale), 'conflict')).toBe(true)
    expect((await backend.baselines.list())[0]).toMatchObject({ description: 'Newer', version: 1 })
  })

  it('refuses a quote saved from a builder filled before another save, and writes nothing', async () => {
    const backend = makeLocal()
    const [quote] = await backend.quotes.list()
    const edit: QuoteInput = { ...quote!, status: 'sent', expectedVersion: quote!.version ?? 0 }
    const newer = await backend.quotes.update(quote!.id, { ...edit, validUntil: '2099-12-31' })
    expect(newer.version).toBe((quote!.version ?? 0) + 1)
    const before = await backend.dataAdmin.exportAll()

    const stale = backend.quotes.update(quote!.id, { ...edit, validUntil: '2099-06-30' })
    expect(isBackendError(await failure(stale), 'conflict')).toBe(true)
    expect(await backend.quotes.get(quote!.id)).toEqual(newer)
    expect(await backend.dataAdmin.exportAll()).toEqual(before)
  })

  it('refuses a partner identity saved over a newer one, from the first save on', async () => {
    const backend = makeLocal()
    const identity = { ...TEST_PARTNER_IDENTITY, version: 0 }
    const first = await backend.partner.saveIdentity(identity)
    expect(first.version).toBe(1)
    // A form filled before that first save still says 0.
    const stale = backend.partner.saveIdentity({ ...identity, phone: '+33 4 76 11 11 11' })
    expect(isBackendError(await failure(stale), 'conflict')).toBe(true)
    expect(await backend.partner.identity()).toEqual(first)
    const second = await backend.partner.saveIdentity({ ...identity, phone: '+33 4 76 11 11 11', version: 1 })
    expect(second).toMatchObject({ phone: '+33 4 76 11 11 11', version: 2 })
    expect((await backend.dataAdmin.exportAll()).partnerIdentity).not.toHaveProperty('version')
  })

  it('keeps versions out of an export, so the same data gives the same file in any browser', async () => {
    const backend = makeLocal()
    const [user] = await backend.users.list('tenant-dupre')
    await backend.users.update('tenant-dupre', user!.id, { ...userFormOf(user!), firstName: 'Camille' })
    const exported = await backend.dataAdmin.exportAll()
    expect(exported.users.filter(stored => 'version' in stored)).toEqual([])
    expect(exported.quotes.filter(stored => 'version' in stored)).toEqual([])
  })

  it("tells another tab once a write commits, and a tab doesn't hear its own", async () => {
    const db = freshDb()
    const first = makeLocal(db)
    const second = secondTab(db)
    const [user] = await first.users.list('tenant-dupre')
    const heardBySecond = new Promise<void>(resolve => second.changedElsewhere?.(resolve))
    let heardByFirst = 0
    const stop = first.changedElsewhere?.(() => heardByFirst++)

    await first.users.update('tenant-dupre', user!.id, { ...userFormOf(user!), firstName: 'Camille' })
    await heardBySecond
    stop?.()
    expect(heardByFirst).toBe(0)
    expect((await second.users.list('tenant-dupre')).find(stored => stored.id === user!.id)?.firstName).toBe('Camille')
  })
})
