import type { TestGraph } from '../../../e2e/m365/graph/testWorld'
import { beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../e2e/m365/directory'
import { assertConforms } from '../../../e2e/m365/graph/conformance'
import { isBackendError } from '../backend'
import { useTestGraph } from './testing'

const [STANDARD, DESKLESS] = CLIENT_TENANTS

describe('Graph backend: tenant settings through SharePoint\'s settings', () => {
  const { graph: current, backend } = useTestGraph()
  let graph!: TestGraph
  beforeEach(() => {
    graph = current()
  })

  const patches = () => graph.server.requests.filter(r => r.method === 'PATCH')

  it('reads external sharing and site creation from sharepointSettings, the rest at Microsoft\'s defaults', async () => {
    graph.server.world().tenants.get(STANDARD.id)!.sharepointSettings.sharingCapability = 'existingExternalUserSharingOnly'
    const { settings, baselineId } = await backend().settings.get(STANDARD.id)
    expect(settings['sharepoint.externalSharing']).toBe('existingExternalUsers')
    expect(settings['sharepoint.userSiteCreation']).toBe(false)
    expect(settings['exchange.pop3']).toBe(true)
    expect(baselineId).toBeNull()
  })

  it('changes sharing with a PATCH Graph accepts, and reads it back', async () => {
    const { settings } = await backend().settings.update(STANDARD.id, { 'sharepoint.externalSharing': 'externalUsers', 'sharepoint.userSiteCreation': true })
    expect(settings['sharepoint.externalSharing']).toBe('externalUsers')
    expect(settings['sharepoint.userSiteCreation']).toBe(true)
    const [patch] = patches()
    assertConforms('sharepointSettings', patch!.body)
    expect(patch!.body).toEqual({ sharingCapability: 'externalUserSharingOnly', isSiteCreationEnabled: true })
  })

  it('refuses what Graph can\'t change as unsupported, a Deskless-only tenant as having no console, a bad value as invalid', async () => {
    const graphBackend = backend()
    expect(isBackendError(await graphBackend.settings.update(STANDARD.id, { 'exchange.pop3': false }).catch(e => e), 'unsupported')).toBe(true)
    expect(isBackendError(await graphBackend.settings.update(DESKLESS.id, { 'sharepoint.externalSharing': 'externalUsers' }).catch(e => e), 'consoleUnavailable')).toBe(true)
    const invalid = await graphBackend.settings.update(STANDARD.id, { 'sharepoint.externalSharing': 'everyone' as never }).catch(e => e)
    expect(isBackendError(invalid, 'validation')).toBe(true)
    expect(patches()).toEqual([])
  })
})
