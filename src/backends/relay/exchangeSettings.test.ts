import type { BackendError } from '../backend'
import { describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { isBackendError } from '../backend'
import { useTestGraph } from '../graph/testing'
import { fakeRelay, on } from './testing'

const [STANDARD] = CLIENT_TENANTS
const ALL_ON = { owa: true, mapi: true, activeSync: true, pop: true, imap: true }
const plans = (...protocols: Record<string, boolean>[]) => ({
  plans: protocols.map((p, index) => ({ name: `Plan-${index}`, displayName: `Plan ${index}`, protocols: p })),
})
const PROTOCOL_KEYS = [
  'exchange.owa',
  'exchange.outlookAnywhere',
  'exchange.activeSync',
  'exchange.pop3',
  'exchange.imap4',
]

describe("relay adapter: the tenant's Exchange protocols in the Graph settings", () => {
  const { backend } = useTestGraph()

  it('reads the protocols its mailbox plans agree on; the others stay unknown, never drift', async () => {
    const { relay } = fakeRelay(
      on('GET', '/exchange/protocols', () => ({
        status: 200,
        body: plans(ALL_ON, { ...ALL_ON, pop: false, imap: true }),
      })),
    )
    const configuration = await backend({ relay }).settings.get(STANDARD.id)
    expect(configuration.settings).toMatchObject({
      'exchange.owa': true,
      'exchange.outlookAnywhere': true,
      'exchange.activeSync': true,
      'exchange.imap4': true,
    })
    // The two plans disagree on POP: not a value the console can show.
    expect(configuration.unknownSettings).toContain('exchange.pop3')
    expect(configuration.unknownSettings).not.toContain('exchange.owa')
    expect(configuration.unknownSettings).toContain('exchange.defaultMailboxMb')
  })

  it('leaves every protocol unknown when the relay fails, and when there is no relay at all', async () => {
    const { relay } = fakeRelay(on('GET', '/exchange/protocols', () => ({ status: 502, body: { error: {} } })))
    const failing = await backend({ relay }).settings.get(STANDARD.id)
    const without = await backend().settings.get(STANDARD.id)
    for (const configuration of [failing, without])
      expect(configuration.unknownSettings).toEqual(expect.arrayContaining(PROTOCOL_KEYS))
  })

  it('turns POP off for every plan through the relay, logs it, and shows the value read back', async () => {
    let pop = true
    const { relay, writes } = fakeRelay(
      on('GET', '/exchange/protocols', () => ({ status: 200, body: plans({ ...ALL_ON, pop }) })),
      on('PATCH', '/exchange/protocols', () => {
        pop = false
        return { status: 200, body: { ...plans({ ...ALL_ON, pop }), results: [{ item: 'Plan-0', status: 'done' }] } }
      }),
    )
    const graph = backend({ relay })
    const configuration = await graph.settings.update(STANDARD.id, { 'exchange.pop3': false })
    expect(writes()).toEqual([
      { method: 'PATCH', path: `/api/tenants/${STANDARD.id}/exchange/protocols`, body: { protocols: { pop: false } } },
    ])
    expect(configuration.settings['exchange.pop3']).toBe(false)
    expect(configuration.unknownSettings).not.toContain('exchange.pop3')
    const [logged] = await graph.activity.list({ tenantId: STANDARD.id, limit: 1 })
    expect(logged).toMatchObject({
      action: 'settings.changed',
      changes: [{ field: 'exchange.pop3', before: true, after: false }],
    })
  })

  it('says beside the switch which mailbox plan Exchange refused (207)', async () => {
    const { relay } = fakeRelay(
      on('GET', '/exchange/protocols', () => ({ status: 200, body: plans(ALL_ON, ALL_ON) })),
      on('PATCH', '/exchange/protocols', () => ({
        status: 207,
        body: {
          ...plans({ ...ALL_ON, imap: false }, ALL_ON),
          results: [
            { item: 'Plan-0', status: 'done' },
            { item: 'Plan-1', status: 'failed', error: { code: 'remote', message: 'Exchange Online refused: busy.' } },
          ],
        },
      })),
    )
    const error = await backend({ relay })
      .settings.update(STANDARD.id, { 'exchange.imap4': false })
      .catch(e => e)
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as BackendError).issues).toEqual([
      {
        field: 'exchange.imap4',
        code: 'rejectedByService',
        params: { message: 'Plan-1: Exchange Online refused: busy.' },
      },
    ])
  })

  it('still refuses switching spam filtering off, which Microsoft 365 always does, without calling the relay', async () => {
    const { relay, writes } = fakeRelay(on('GET', '/exchange/protocols', () => ({ status: 200, body: plans(ALL_ON) })))
    const graph = backend({ relay })
    const error = await graph.settings.update(STANDARD.id, { 'exchange.filtering': false }).catch(e => e)
    expect(isBackendError(error, 'unsupported')).toBe(true)
    expect(writes()).toEqual([])
    expect(graph.capabilities.setting('exchange.filtering')).toEqual({ available: false, reason: 'alwaysOn' })
  })
})
