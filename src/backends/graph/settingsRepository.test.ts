import type { TestGraph } from '../../../test-world/graph/testWorld'
import { beforeEach, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { isBackendError } from '../backend'
import { useTestGraph } from './testing'

const [STANDARD, DESKLESS] = CLIENT_TENANTS

describe('Graph backend: tenant settings, none of which Graph gives a partner technician', () => {
  const { graph: current, backend } = useTestGraph()
  let graph!: TestGraph
  beforeEach(() => {
    graph = current()
  })

  const patches = () => graph.server.requests.filter(r => r.method === 'PATCH')

  it("reads no setting through Graph: SharePoint's are refused to a GDAP technician, so every one is unknown", async () => {
    const { settings, baselineId, unknownSettings } = await backend().settings.get(STANDARD.id)
    expect(unknownSettings).toContain('sharepoint.externalSharing')
    expect(unknownSettings).toContain('exchange.pop3')
    expect(settings['exchange.pop3']).toBe(true)
    expect(baselineId).toBeNull()
    expect(graph.server.requests.filter(r => r.path.startsWith('/admin/sharepoint'))).toEqual([])
  })

  it('refuses a sharing change as unsupported, without calling Graph, where it would answer 401 accessDenied', async () => {
    const error = await backend()
      .settings.update(STANDARD.id, { 'sharepoint.externalSharing': 'externalUsers' })
      .catch((caught: unknown) => caught)
    expect(isBackendError(error, 'unsupported')).toBe(true)
    expect(patches()).toEqual([])
    // What the call would have met: Graph's refusal of a delegated GDAP token there.
    const token = await graph.issuer.mint(STANDARD.id, { scp: 'SharePointTenantSettings.ReadWrite.All' })
    const refused = await fetch(`${graph.server.baseUrl}/admin/sharepoint/settings`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    expect(refused.status).toBe(401)
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('accessDenied')
  })

  it("refuses what Graph can't change as unsupported, a Deskless-only tenant as having no console, a bad value as invalid", async () => {
    const graphBackend = backend()
    expect(
      isBackendError(
        await graphBackend.settings.update(STANDARD.id, { 'exchange.pop3': false }).catch(e => e),
        'unsupported',
      ),
    ).toBe(true)
    expect(
      isBackendError(
        await graphBackend.settings
          .update(DESKLESS.id, { 'sharepoint.externalSharing': 'externalUsers' })
          .catch(e => e),
        'consoleUnavailable',
      ),
    ).toBe(true)
    const invalid = await graphBackend.settings
      .update(STANDARD.id, { 'sharepoint.externalSharing': 'everyone' as never })
      .catch(e => e)
    expect(isBackendError(invalid, 'validation')).toBe(true)
    expect(patches()).toEqual([])
  })
})
