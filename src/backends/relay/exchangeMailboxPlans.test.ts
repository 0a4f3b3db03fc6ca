import type { BackendError } from '../backend'
import { describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { isBackendError } from '../backend'
import { useTestGraph } from '../graph/testing'
import { fakeRelay, on } from './testing'

const [STANDARD] = CLIENT_TENANTS
const GB = 1024 ** 3
const plan = (displayName: string, sizeBytes: number) => ({
  name: `${displayName}-guid`,
  displayName,
  quotas: {
    prohibitSendReceiveQuota: sizeBytes,
    prohibitSendQuota: sizeBytes * 0.98,
    issueWarningQuota: sizeBytes * 0.9,
  },
})
const protocols = on('GET', '/exchange/protocols', () => ({ status: 200, body: { plans: [] } }))

describe("relay adapter: the tenant's default mailbox size (mailbox plans)", () => {
  const { backend } = useTestGraph()

  it('reads the size the standard plans give new mailboxes; a Deskless plan keeps its own', async () => {
    const { relay } = fakeRelay(
      protocols,
      on('GET', '/exchange/mailbox-plans', () => ({
        status: 200,
        body: { plans: [plan('ExchangeOnline', 10 * GB), plan('ExchangeOnlineDeskless', 2 * GB)] },
      })),
    )
    const configuration = await backend({ relay }).settings.get(STANDARD.id)
    expect(configuration.settings['exchange.defaultMailboxMb']).toBe(10 * 1024)
    expect(configuration.unknownSettings).not.toContain('exchange.defaultMailboxMb')
  })

  it('leaves the size unknown when the standard plans disagree', async () => {
    const { relay } = fakeRelay(
      protocols,
      on('GET', '/exchange/mailbox-plans', () => ({
        status: 200,
        body: { plans: [plan('ExchangeOnline', 10 * GB), plan('ExchangeOnlineEnterprise', 20 * GB)] },
      })),
    )
    expect((await backend({ relay }).settings.get(STANDARD.id)).unknownSettings).toContain('exchange.defaultMailboxMb')
  })

  it('sets the three quotas on the standard plans only, logs it, and shows the size read back', async () => {
    let size = 50 * GB
    const { relay, writes } = fakeRelay(
      protocols,
      on('GET', '/exchange/mailbox-plans', () => ({
        status: 200,
        body: { plans: [plan('ExchangeOnline', size), plan('ExchangeOnlineDeskless', 2 * GB)] },
      })),
      on('PATCH', '/exchange/mailbox-plans', () => {
        size = 10 * GB
        return {
          status: 200,
          body: {
            plans: [plan('ExchangeOnline', size), plan('ExchangeOnlineDeskless', 2 * GB)],
            results: [{ item: 'ExchangeOnline-guid', status: 'done' }],
          },
        }
      }),
    )
    const graph = backend({ relay })
    const configuration = await graph.settings.update(STANDARD.id, { 'exchange.defaultMailboxMb': 10 * 1024 })
    expect(writes()).toEqual([
      {
        method: 'PATCH',
        path: `/api/tenants/${STANDARD.id}/exchange/mailbox-plans`,
        body: {
          plans: ['ExchangeOnline-guid'],
          quotas: {
            prohibitSendReceiveQuota: 10 * GB,
            prohibitSendQuota: Math.floor(10 * GB * 0.98),
            issueWarningQuota: Math.floor(10 * GB * 0.9),
          },
        },
      },
    ])
    expect(configuration.settings['exchange.defaultMailboxMb']).toBe(10 * 1024)
    const [logged] = await graph.activity.list({ tenantId: STANDARD.id, limit: 1 })
    expect(logged).toMatchObject({
      action: 'settings.changed',
      changes: [{ field: 'exchange.defaultMailboxMb', before: 50 * 1024, after: 10 * 1024 }],
    })
  })

  it("refuses a size above the offers' limit beside the field before calling the relay", async () => {
    const { relay, writes } = fakeRelay(protocols)
    const error = await backend({ relay })
      .settings.update(STANDARD.id, { 'exchange.defaultMailboxMb': 30_000 })
      .catch(e => e)
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as BackendError).issues[0]).toMatchObject({ field: 'exchange.defaultMailboxMb' })
    expect(writes()).toEqual([])
  })

  it('says beside the size which plan Exchange refused (207)', async () => {
    const { relay } = fakeRelay(
      protocols,
      on('GET', '/exchange/mailbox-plans', () => ({ status: 200, body: { plans: [plan('ExchangeOnline', 50 * GB)] } })),
      on('PATCH', '/exchange/mailbox-plans', () => ({
        status: 207,
        body: {
          plans: [plan('ExchangeOnline', 50 * GB)],
          results: [
            {
              item: 'ExchangeOnline-guid',
              status: 'failed',
              error: { code: 'invalid', message: 'Exchange Online refused: too large.' },
            },
          ],
        },
      })),
    )
    const error = await backend({ relay })
      .settings.update(STANDARD.id, { 'exchange.defaultMailboxMb': 2048 })
      .catch(e => e)
    expect((error as BackendError).issues).toEqual([
      {
        field: 'exchange.defaultMailboxMb',
        code: 'rejectedByService',
        params: { message: 'ExchangeOnline-guid: Exchange Online refused: too large.' },
      },
    ])
  })
})
