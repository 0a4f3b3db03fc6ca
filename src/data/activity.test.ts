// @vitest-environment happy-dom
import type { Backend } from '@/backends/backend'
import { PiniaColada } from '@pinia/colada'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { useActivityLog } from './activity'
import { useErrorVoice } from './errorVoice'
import { BackendError } from '@/backends/backend'
import { setBackend } from '@/backends/current'
import { makeLocal } from '@/backends/local/testing'
import { realI18n } from '@/locales/testing'

function inApp<T>(use: () => T): T {
  let result: T | undefined
  mount(
    defineComponent({
      setup: () => {
        result = use()
        return () => null
      },
    }),
    { global: { plugins: [createPinia(), PiniaColada, realI18n('en')] } },
  )
  if (result === undefined) throw new Error('The component did not run its setup')
  return result
}

describe('the activity log', () => {
  it("reads a tenant's log a page at a time, newest first, each entry once", async () => {
    const backend = makeLocal()
    setBackend(backend)
    await backend.settings.update('tenant-dupre', { 'communications.federation': true })
    const whole = await backend.activity.list({ tenantId: 'tenant-dupre' })
    expect(whole.length).toBeGreaterThan(1)
    const log = inApp(() => useActivityLog('tenant-dupre', 1))
    await log.refresh()
    expect(log.entries.value.map(entry => entry.id)).toEqual([whole[0]!.id])
    expect(log.hasNextPage.value).toBe(true)
    await log.loadNextPage()
    expect(log.entries.value.map(entry => entry.id)).toEqual(whole.slice(0, 2).map(entry => entry.id))
  })

  it('reads nothing while the tenant is not known yet', async () => {
    setBackend(makeLocal())
    const log = inApp(() => useActivityLog(null))
    expect(log.status.value).toBe('pending')
    expect(log.entries.value).toEqual([])
  })

  it('says a refused read in the console voice, never the adapter text', async () => {
    setBackend({
      activity: {
        page: () => Promise.reject(new BackendError('remote', 'HTTP 503 from graph.microsoft.com')),
      },
    } as unknown as Backend)
    const { log, voice } = inApp(() => ({ log: useActivityLog(), voice: useErrorVoice() }))
    await log.refresh()
    expect(voice.say(log.error.value, 'load')).toBe(
      "It couldn't be read. The online service failed or is busy. Try again in a moment.",
    )
  })
})
