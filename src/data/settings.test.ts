// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { useTenantConfiguration } from './currentTenant'
import { useErrorVoice } from './errorVoice'
import { useSaveSetting } from './settings'
import { inDataLayer } from './testing'
import { makeLocal } from '@/backends/local/testing'

describe("a tenant's console settings", () => {
  it('saves one setting, and the configuration every page reads follows', async () => {
    const { configuration, saving } = inDataLayer(makeLocal(), () => ({
      configuration: useTenantConfiguration('tenant-dupre'),
      saving: useSaveSetting('tenant-dupre'),
    }))
    await configuration.refresh()
    expect(configuration.data.value?.settings['communications.federation']).toBe(false)
    await saving.mutateAsync({ key: 'communications.federation', value: true })
    expect(configuration.data.value?.settings['communications.federation']).toBe(true)
  })

  it("puts a refused value's reason in the console voice, and keeps the configuration read", async () => {
    const { configuration, saving, voice } = inDataLayer(makeLocal(), () => ({
      configuration: useTenantConfiguration('tenant-dupre'),
      saving: useSaveSetting('tenant-dupre'),
      voice: useErrorVoice(),
    }))
    await configuration.refresh()
    const before = configuration.data.value
    await expect(saving.mutateAsync({ key: 'exchange.defaultMailboxMb', value: 30_000 })).rejects.toThrow()
    expect(voice.say(saving.error.value)).toBe("This tenant's offers allow mailboxes of at most 25,600 MB.")
    expect(configuration.data.value).toBe(before)
  })
})
