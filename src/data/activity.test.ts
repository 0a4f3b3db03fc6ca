// @vitest-environment happy-dom
import type { Backend } from '@/backends/backend'
import { describe, expect, it } from 'vitest'
import { useActivityLog } from './activity'
import { useErrorVoice } from './errorVoice'
import { inDataLayer } from './testing'
import { BackendError } from '@/backends/backend'
import { makeLocal } from '@/backends/local/testing'

describe('the activity log', () => {
  it("reads a tenant's log a page at a time, newest first, each entry once", async () => {
    const backend = makeLocal()
    await backend.settings.update('tenant-dupre', { 'communications.federation': true })
    const whole = await backend.activity.list({ tenantId: 'tenant-dupre' })
    expect(whole.length).toBeGreaterThan(1)
    const log = inDataLayer(backend, () => useActivityLog('tenant-dupre', 1))
    await log.refresh()
    expect(log.entries.value.map(entry => entry.id)).toEqual([whole[0]!.id])
    expect(log.hasNextPage.value).toBe(true)
    await log.loadNextPage()
    expect(log.entries.value.map(entry => entry.id)).toEqual(whole.slice(0, 2).map(entry => entry.id))
  })

  it('reads nothing while the tenant is not known yet', async () => {
    const log = inDataLayer(makeLocal(), () => useActivityLog(null))
    expect(log.status.value).toBe('pending')
    expect(log.entries.value).toEqual([])
  })

  it('says a refused read in the console voice, never the adapter text', async () => {
    const refusing = {
      activity: { page: () => Promise.reject(new BackendError('remote', 'HTTP 503 from graph.microsoft.com')) },
    } as unknown as Backend
    const { log, voice } = inDataLayer(refusing, () => ({ log: useActivityLog(), voice: useErrorVoice() }))
    await log.refresh()
    expect(voice.say(log.error.value, 'load')).toBe(
      "It couldn't be read. The online service failed or is busy. Try again in a moment.",
    )
  })
})
