import type { ServiceInput } from '@/domain/services'
import { describe, expect, it, vi } from 'vitest'
import { isBackendError } from '../backend'
import { failure, freshDb, makeLocal, TODAY } from './testing'

const migration: ServiceInput = {
  kind: 'mailMigration',
  description: 'Migration des boîtes POP3 vers Exchange Online',
  quantity: 12,
  unit: 'mailboxes',
  unitPriceMinor: 4_500,
  billing: 'oneOff',
  mailSource: 'pop3',
  quotedOn: '2025-03-01',
  startOn: '2025-03-20',
  deliveredOn: null,
  technician: 'Julien Marchand',
  notes: '',
}

describe('local backend: services ledger', () => {
  it('records a quoted service at the price list\'s currency and logs it', async () => {
    const backend = makeLocal()
    const service = await backend.services.create('tenant-dupre', { ...migration, description: `  ${migration.description}  ` })
    expect(service).toMatchObject({ tenantId: 'tenant-dupre', status: 'quoted', currency: 'USD', description: migration.description })
    expect(await backend.services.list({ tenantId: 'tenant-dupre', kind: 'mailMigration', status: 'quoted' })).toContainEqual(service)
    const [entry] = await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 })
    expect(entry).toMatchObject({ area: 'service', action: 'service.created', details: { description: migration.description } })
  })

  it('prices a new service in the partner\'s own currency once it changes, and keeps older ones as sold', async () => {
    const backend = makeLocal()
    const before = await backend.services.create('tenant-dupre', migration)
    await backend.pricing.update({ ...await backend.pricing.get(), currency: 'EUR' })
    const after = await backend.services.create('tenant-dupre', migration)
    expect([before.currency, after.currency]).toEqual(['USD', 'EUR'])
    expect((await backend.services.list({ tenantId: 'tenant-dupre' })).find(service => service.id === before.id)?.currency).toBe('USD')
  })

  it('records services for a Deskless-only tenant: they are not console writes', async () => {
    const backend = makeLocal()
    const service = await backend.services.create('tenant-ecrins', { ...migration, kind: 'training', unit: 'days', quantity: 1, mailSource: null })
    expect(service.tenantId).toBe('tenant-ecrins')
  })

  it('refuses an invalid service field by field and stores nothing', async () => {
    const backend = makeLocal()
    const before = { services: await backend.services.list(), activity: await backend.activity.list() }
    const error = await failure(backend.services.create('tenant-dupre', { ...migration, description: '', unit: 'days', unitPriceMinor: -100 }))
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as { issues: { field: string }[] }).issues.map(issue => issue.field)).toEqual(['description', 'unit', 'unitPrice'])
    expect(await backend.services.list()).toEqual(before.services)
    expect(await backend.activity.list()).toEqual(before.activity)
  })

  it('moves through the allowed steps, stamps the delivery and refuses a skipped one', async () => {
    const backend = makeLocal()
    const { id } = await backend.services.create('tenant-dupre', { ...migration, startOn: null })
    const skipped = await failure(backend.services.setStatus('tenant-dupre', id, 'delivered'))
    expect((skipped as { issues: unknown[] }).issues).toEqual([{ field: 'status', code: 'transitionNotAllowed', params: { from: 'quoted', to: 'delivered' } }])
    for (const status of ['accepted', 'scheduled', 'inProgress', 'delivered'] as const)
      await backend.services.setStatus('tenant-dupre', id, status)
    const delivered = (await backend.services.list({ status: 'delivered' })).find(service => service.id === id)
    expect(delivered).toMatchObject({ id, deliveredOn: TODAY })
    const [entry] = await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 })
    expect(entry).toMatchObject({ action: 'service.status.delivered', changes: [{ field: 'service.status', before: 'inProgress', after: 'delivered' }, { field: 'service.deliveredOn', before: null, after: TODAY }] })
  })

  it('keeps invoiced services as history: no edit, no deletion', async () => {
    const backend = makeLocal()
    const { id } = await backend.services.create('tenant-dupre', { ...migration, startOn: null })
    for (const status of ['accepted', 'scheduled', 'inProgress', 'delivered', 'invoiced'] as const)
      await backend.services.setStatus('tenant-dupre', id, status)
    for (const attempt of [backend.services.update('tenant-dupre', id, migration), backend.services.remove('tenant-dupre', id)]) {
      const error = await failure(attempt)
      expect((error as { issues: unknown[] }).issues).toEqual([{ field: 'status', code: 'closed', params: { status: 'invoiced' } }])
    }
    expect((await backend.services.list({ tenantId: 'tenant-dupre', status: 'invoiced' })).map(service => service.id)).toContain(id)
  })

  it('logs an edit with what moved, and a deletion', async () => {
    const backend = makeLocal()
    const { id } = await backend.services.create('tenant-dupre', migration)
    await backend.services.update('tenant-dupre', id, { ...migration, quantity: 14, unitPriceMinor: 5_000 })
    const [edited] = await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 })
    expect(edited).toMatchObject({ action: 'service.updated', changes: [{ field: 'service.quantity', before: 12, after: 14 }, { field: 'service.unitPrice', before: '45.00 USD', after: '50.00 USD' }] })
    await backend.services.remove('tenant-dupre', id)
    expect((await backend.services.list({ tenantId: 'tenant-dupre' })).some(service => service.id === id)).toBe(false)
  })

  it('keeps nothing when the activity entry, written last, fails', async () => {
    const db = freshDb()
    const backend = makeLocal(db)
    const before = await backend.services.list()
    vi.spyOn(db.activity, 'add').mockImplementation(() => {
      throw new DOMException('Disk full', 'QuotaExceededError')
    })
    expect(isBackendError(await failure(backend.services.create('tenant-dupre', migration)), 'storage')).toBe(true)
    vi.restoreAllMocks()
    expect(await backend.services.list()).toEqual(before)
  })

  it('refuses another tenant\'s service as not found', async () => {
    const backend = makeLocal()
    const { id } = await backend.services.create('tenant-dupre', migration)
    expect(isBackendError(await failure(backend.services.setStatus('tenant-sni', id, 'accepted')), 'notFound')).toBe(true)
  })
})
