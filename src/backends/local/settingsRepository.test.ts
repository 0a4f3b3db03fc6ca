import { describe, expect, it } from 'vitest'
import { isBackendError } from '../backend'
import { failure, makeLocal } from './testing'

describe('local backend: tenant settings', () => {
  it("starts every seeded tenant on Microsoft's defaults", async () => {
    const { settings } = await makeLocal().settings.get('tenant-dupre')
    expect(settings).toMatchObject({
      'exchange.pop3': true,
      'exchange.defaultMailboxMb': 5120,
      'sharepoint.externalSharing': 'off',
    })
  })

  it('saves a change and logs it with its before and after values', async () => {
    const backend = makeLocal()
    const updated = await backend.settings.update('tenant-dupre', { 'exchange.activeSync': false })
    expect(updated.settings['exchange.activeSync']).toBe(false)
    expect((await backend.settings.get('tenant-dupre')).settings['exchange.activeSync']).toBe(false)
    const [entry] = await backend.activity.list({ tenantId: 'tenant-dupre', limit: 1 })
    expect(entry).toMatchObject({
      area: 'exchange',
      action: 'settings.changed',
      changes: [{ field: 'exchange.activeSync', before: true, after: false }],
    })
  })

  it('refuses every console write on a Deskless-only tenant, and stores nothing', async () => {
    const backend = makeLocal()
    const before = await backend.activity.list()
    const error = await failure(backend.settings.update('tenant-ecrins', { 'exchange.owa': false }))
    expect(isBackendError(error, 'consoleUnavailable')).toBe(true)
    expect(await backend.activity.list()).toEqual(before)
  })

  it("refuses a setting the offers don't include, and the whole change with it", async () => {
    const backend = makeLocal()
    const error = await failure(
      backend.settings.update('tenant-saint-gilles', { 'exchange.pop3': false, 'communications.im': false }),
    )
    expect(isBackendError(error, 'featureUnavailable')).toBe(true)
    expect((error as { issues: unknown[] }).issues).toEqual([{ field: 'communications.im', code: 'notAvailable' }])
    expect((await backend.settings.get('tenant-saint-gilles')).settings['exchange.pop3']).toBe(true)
  })

  it("keeps mailbox sizes within the offer's limits", async () => {
    const backend = makeLocal()
    const error = await failure(backend.settings.update('tenant-dupre', { 'exchange.defaultMailboxMb': 30_000 }))
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as { issues: unknown[] }).issues).toEqual([
      { field: 'exchange.defaultMailboxMb', code: 'aboveMaximum', params: { max: 25_600 } },
    ])
  })

  it('logs nothing when nothing changes', async () => {
    const backend = makeLocal()
    const before = await backend.activity.list()
    await backend.settings.update('tenant-dupre', { 'exchange.pop3': true })
    expect(await backend.activity.list()).toEqual(before)
  })
})
