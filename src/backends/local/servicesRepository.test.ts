import { describe, expect, it, vi } from 'vitest'
import { isBackendError } from '../backend'
import { migration } from '../partnerRecords.contract'
import { failure, freshDb, makeLocal } from './testing'

describe('local backend: services ledger', () => {
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
