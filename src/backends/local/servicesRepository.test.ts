import type { ServiceInput } from '@/domain/services'
import { describe, expect, it, vi } from 'vitest'
import { isBackendError } from '../backend'
import { failure, freshDb, makeLocal } from './testing'

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
  it('records services for a Deskless-only tenant: they are not console writes', async () => {
    const backend = makeLocal()
    const service = await backend.services.create('tenant-ecrins', { ...migration, kind: 'training', unit: 'days', quantity: 1, mailSource: null })
    expect(service.tenantId).toBe('tenant-ecrins')
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

})
