import { describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { isBackendError } from '../backend'
import { useTestGraph } from '../graph/testing'
import { fakeRelay, on } from './testing'

const [STANDARD] = CLIENT_TENANTS
const SETTINGS = '/sharepoint/settings'
const MISSING = {
  status: 403,
  body: { error: { code: 'appPermissionMissing', message: 'The relay’s app has no application permission.' } },
}

/** A relay whose SharePoint settings start as `state` and keep what is patched. */
function sharePointHolding(state: { sharingCapability: string; isSiteCreationEnabled: boolean }) {
  return fakeRelay(
    on('GET', SETTINGS, () => ({ status: 200, body: state })),
    on('PATCH', SETTINGS, call => {
      state = { ...state, ...(call.body as object) }
      return { status: 200, body: state }
    }),
  )
}

describe("relay adapter: SharePoint's external sharing and site creation, app-only through the relay", () => {
  const { backend } = useTestGraph()

  it('says both settings can change with a relay, and why not without one', () => {
    const { relay } = fakeRelay()
    for (const key of ['sharepoint.externalSharing', 'sharepoint.userSiteCreation'] as const) {
      expect(backend({ relay }).capabilities.setting(key)).toEqual({ available: true })
      expect(backend().capabilities.setting(key)).toEqual({ available: false, reason: 'appOnly' })
    }
    // Sites, storage and workflows stay Graph's: unavailable either way.
    expect(backend({ relay }).capabilities.setting('sharepoint.workflows').available).toBe(false)
    expect(backend({ relay }).capabilities.action('sharePoint.listSites').available).toBe(false)
  })

  it('reads them in the console’s terms; "Anyone" links, wider than any level, stay unknown', async () => {
    let sharingCapability = 'existingExternalUserSharingOnly'
    const { relay } = fakeRelay(
      on('GET', SETTINGS, () => ({ status: 200, body: { sharingCapability, isSiteCreationEnabled: false } })),
    )
    const read = await backend({ relay }).settings.get(STANDARD.id)
    expect(read.settings).toMatchObject({
      'sharepoint.externalSharing': 'existingExternalUsers',
      'sharepoint.userSiteCreation': false,
    })
    expect(read.unknownSettings).not.toContain('sharepoint.externalSharing')
    expect(read.unknownBecause).toBeUndefined()
    sharingCapability = 'externalUserAndGuestSharing'
    const anyone = await backend({ relay }).settings.get(STANDARD.id)
    expect(anyone.unknownSettings).toContain('sharepoint.externalSharing')
    expect(anyone.unknownSettings).not.toContain('sharepoint.userSiteCreation')
    // Said as what it is: SharePoint's own "Anyone" level, not a failed read.
    expect(anyone.unknownBecause).toEqual({ 'sharepoint.externalSharing': 'anyoneLinks' })
    sharingCapability = 'disabled'
    expect((await backend({ relay }).settings.get(STANDARD.id)).unknownBecause).toBeUndefined()
  })

  it('widens sharing and turns site creation off through the relay, logged, with the values read back', async () => {
    const { relay, writes } = sharePointHolding({ sharingCapability: 'disabled', isSiteCreationEnabled: true })
    const graph = backend({ relay })
    const changed = await graph.settings.update(STANDARD.id, {
      'sharepoint.externalSharing': 'externalUsers',
      'sharepoint.userSiteCreation': false,
    })
    expect(writes()).toEqual([
      {
        method: 'PATCH',
        path: `/api/tenants/${STANDARD.id}${SETTINGS}`,
        body: { sharingCapability: 'externalUserSharingOnly', isSiteCreationEnabled: false },
      },
    ])
    expect(changed.settings).toMatchObject({
      'sharepoint.externalSharing': 'externalUsers',
      'sharepoint.userSiteCreation': false,
    })
    const [logged] = await graph.activity.list({ tenantId: STANDARD.id, limit: 1 })
    expect(logged).toMatchObject({
      action: 'settings.changed',
      changes: expect.arrayContaining([
        { field: 'sharepoint.externalSharing', before: 'off', after: 'externalUsers' },
        { field: 'sharepoint.userSiteCreation', before: true, after: false },
      ]),
    })
  })

  it('narrows "Anyone" sharing to Off though Off is what an unread level stands in for, logged as from not known', async () => {
    const { relay, writes } = sharePointHolding({
      sharingCapability: 'externalUserAndGuestSharing',
      isSiteCreationEnabled: true,
    })
    const graph = backend({ relay })
    const before = await graph.settings.get(STANDARD.id)
    // The placeholder shown for the unread level is the default, Off: the very value asked.
    expect(before.settings['sharepoint.externalSharing']).toBe('off')
    const changed = await graph.settings.update(STANDARD.id, { 'sharepoint.externalSharing': 'off' })
    expect(writes()).toEqual([
      { method: 'PATCH', path: `/api/tenants/${STANDARD.id}${SETTINGS}`, body: { sharingCapability: 'disabled' } },
    ])
    expect(changed.unknownSettings).not.toContain('sharepoint.externalSharing')
    const [logged] = await graph.activity.list({ tenantId: STANDARD.id, limit: 1 })
    expect(logged).toMatchObject({
      action: 'settings.changed',
      changes: [{ field: 'sharepoint.externalSharing', before: null, after: 'off' }],
    })
  })

  it('names the missing permission where the relay’s app lacks it: unknown on reading, unsupported on writing', async () => {
    const { relay } = fakeRelay(
      on('GET', SETTINGS, () => MISSING),
      on('PATCH', SETTINGS, () => MISSING),
    )
    const graph = backend({ relay })
    const read = await graph.settings.get(STANDARD.id)
    expect(read.unknownSettings).toEqual(
      expect.arrayContaining(['sharepoint.externalSharing', 'sharepoint.userSiteCreation']),
    )
    expect(read.unknownBecause).toEqual({
      'sharepoint.externalSharing': 'appPermissionMissing',
      'sharepoint.userSiteCreation': 'appPermissionMissing',
    })
    const refused = await graph.settings
      .update(STANDARD.id, { 'sharepoint.externalSharing': 'existingExternalUsers' })
      .catch((error: unknown) => error)
    expect(refused).toMatchObject({ code: 'unsupported' })
    expect(isBackendError(refused, 'unsupported')).toBe(true)
  })

  it('says the technician lacks the role there where the relay refuses them for it', async () => {
    const noRole = {
      status: 403,
      body: {
        error: { code: 'roleMissing', message: 'You hold neither SharePoint Administrator nor Global Administrator.' },
      },
    }
    const { relay } = fakeRelay(
      on('GET', SETTINGS, () => noRole),
      on('PATCH', SETTINGS, () => noRole),
    )
    const graph = backend({ relay })
    expect((await graph.settings.get(STANDARD.id)).unknownBecause).toEqual({
      'sharepoint.externalSharing': 'roleMissing',
      'sharepoint.userSiteCreation': 'roleMissing',
    })
    const refused = await graph.settings
      .update(STANDARD.id, { 'sharepoint.externalSharing': 'existingExternalUsers' })
      .catch((error: unknown) => error)
    expect(isBackendError(refused, 'unsupported')).toBe(true)
  })

  it('leaves them unknown, saying nothing more, when the relay fails otherwise', async () => {
    const { relay } = fakeRelay(on('GET', SETTINGS, () => ({ status: 502, body: { error: { code: 'remote' } } })))
    const read = await backend({ relay }).settings.get(STANDARD.id)
    expect(read.unknownSettings).toContain('sharepoint.externalSharing')
    expect(read.unknownBecause).toBeUndefined()
  })
})
