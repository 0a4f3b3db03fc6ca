import { describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { useTestGraph } from '../graph/testing'
import { fakeRelay, on } from './testing'

const [STANDARD] = CLIENT_TENANTS
const ALL_ON = { owa: true, mapi: true, activeSync: true, pop: true, imap: true }

describe('relay adapter: a baseline applied on Microsoft 365', () => {
  const { backend } = useTestGraph()

  it("sets Exchange's protocols and SharePoint's sharing through the relay, skips what it can't set, and logs one baseline entry", async () => {
    let pop = true
    let sharingCapability = 'disabled'
    const { relay, writes } = fakeRelay(
      on('GET', '/sharepoint/settings', () => ({
        status: 200,
        body: { sharingCapability, isSiteCreationEnabled: true },
      })),
      on('PATCH', '/sharepoint/settings', call => {
        sharingCapability = (call.body as { sharingCapability: string }).sharingCapability
        return { status: 200, body: { sharingCapability, isSiteCreationEnabled: true } }
      }),
      on('GET', '/exchange/protocols', () => ({
        status: 200,
        body: { plans: [{ name: 'P', protocols: { ...ALL_ON, pop } }] },
      })),
      on('PATCH', '/exchange/protocols', () => {
        pop = false
        return { status: 200, body: { plans: [{ name: 'P', protocols: { ...ALL_ON, pop } }], results: [] } }
      }),
    )
    const graph = backend({ relay })
    const baseline = await graph.baselines.create({
      name: 'Sans POP',
      description: '',
      settings: {
        'exchange.pop3': false,
        'sharepoint.externalSharing': 'existingExternalUsers',
        'sharepoint.workflows': false,
      },
    })
    const sharing = { key: 'sharepoint.externalSharing', before: 'off', after: 'existingExternalUsers' }
    const [preview] = await graph.baselines.preview(baseline.id, [STANDARD.id])
    expect(preview!.plan.changes).toEqual([{ key: 'exchange.pop3', before: true, after: false }, sharing])

    const [outcome] = await graph.baselines.apply(baseline.id, [STANDARD.id])
    expect(outcome).toMatchObject({
      status: 'applied',
      changes: [{ key: 'exchange.pop3', before: true, after: false }, sharing],
      skipped: [{ key: 'sharepoint.workflows', reason: 'notOnThisBackend', because: 'notInGraph' }],
    })
    expect(writes().map(call => call.body)).toEqual([
      { protocols: { pop: false } },
      { sharingCapability: 'existingExternalUserSharingOnly' },
    ])
    expect((await graph.settings.get(STANDARD.id)).settings['exchange.pop3']).toBe(false)
    const logged = await graph.activity.list({ tenantId: STANDARD.id })
    expect(logged.map(entry => entry.action)).toEqual(['baseline.applied'])

    // Applied again, nothing moves: no write.
    const [again] = await graph.baselines.apply(baseline.id, [STANDARD.id])
    expect(again).toMatchObject({ status: 'unchanged' })
    expect(writes()).toHaveLength(2)
  })
})
