import type { BackendError } from '../backend'
import { describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { isBackendError } from '../backend'
import { useTestGraph } from '../graph/testing'
import { fakeRelay, on, refusal } from './testing'
import { relayRefusalIn } from './relayRefusal'

const [STANDARD] = CLIENT_TENANTS
const GB = 1024 ** 3
const UPN = `julien.bernard@${STANDARD.defaultDomain}`
const MAILBOX = `/users/${encodeURIComponent(UPN)}/exchange`

function mailbox(protocols: Record<string, boolean>, sizeBytes: number) {
  return {
    userPrincipalName: UPN,
    protocols: { owa: true, mapi: true, activeSync: true, pop: true, imap: true, ...protocols },
    quotas: {
      prohibitSendReceiveQuota: sizeBytes,
      prohibitSendQuota: sizeBytes * 0.98,
      issueWarningQuota: sizeBytes * 0.9,
    },
  }
}

describe("relay adapter: a user's mailbox overrides", () => {
  const { backend } = useTestGraph()

  async function julien(graph: ReturnType<typeof backend>) {
    return (await graph.users.list(STANDARD.id)).find(user => user.alias === 'julien.bernard')!
  }

  it("reads the user's mailbox for their page: protocols off, and its size in MB", async () => {
    const { relay, calls } = fakeRelay(
      on('GET', MAILBOX, () => ({ status: 200, body: mailbox({ pop: false }, 20 * GB) })),
    )
    const graph = backend({ relay })
    expect(await graph.users.exchangeOverrides(STANDARD.id, (await julien(graph)).id)).toEqual({
      pop3: false,
      mailboxMb: 20 * 1024,
    })
    expect(calls.map(call => call.path)).toEqual([`/api/tenants/${STANDARD.id}${MAILBOX}`])
  })

  it('reads no overrides for a user Exchange has no mailbox for (yet)', async () => {
    const { relay } = fakeRelay(on('GET', MAILBOX, () => refusal(404, "Exchange Online refused: couldn't be found.")))
    const graph = backend({ relay })
    expect(await graph.users.exchangeOverrides(STANDARD.id, (await julien(graph)).id)).toEqual({})
  })

  it("sends only what changed: turning POP off sends no size, even one above the offer's limit Exchange allows", async () => {
    let pop = true
    const { relay, writes } = fakeRelay(
      on('GET', MAILBOX, () => ({ status: 200, body: mailbox({ pop }, 50 * GB) })),
      on('PATCH', MAILBOX, () => {
        pop = false
        return { status: 200, body: mailbox({ pop }, 50 * GB) }
      }),
    )
    const graph = backend({ relay })
    const user = await julien(graph)
    // The page sends the overrides whole: the size it read (50 GB, the plan's) comes back unchanged.
    const after = await graph.users.setExchangeOverrides(STANDARD.id, user.id, { pop3: false, mailboxMb: 50 * 1024 })
    expect(after.exchange).toEqual({ pop3: false, mailboxMb: 50 * 1024 })
    expect(writes().map(call => call.body)).toEqual([{ protocols: { pop: false } }])
    const [logged] = await graph.activity.list({ tenantId: STANDARD.id, limit: 1 })
    expect(logged).toMatchObject({
      action: 'user.exchangeChanged',
      changes: [{ field: 'exchange.pop3', before: true, after: false }],
    })
  })

  it('sets a size as the three quotas, in bytes, the warning and send quotas below it', async () => {
    const { relay, writes } = fakeRelay(
      on('GET', MAILBOX, () => ({ status: 200, body: mailbox({}, 25 * GB) })),
      on('PATCH', MAILBOX, () => ({ status: 200, body: mailbox({}, 10 * GB) })),
    )
    const graph = backend({ relay })
    await graph.users.setExchangeOverrides(STANDARD.id, (await julien(graph)).id, { mailboxMb: 10 * 1024 })
    expect(writes()[0]!.body).toEqual({
      quotas: {
        prohibitSendReceiveQuota: 10 * GB,
        prohibitSendQuota: Math.floor(10 * GB * 0.98),
        issueWarningQuota: Math.floor(10 * GB * 0.9),
      },
    })
  })

  it("refuses a size above the offer's limit beside the field, before writing anything", async () => {
    const { relay, writes } = fakeRelay(on('GET', MAILBOX, () => ({ status: 200, body: mailbox({}, 25 * GB) })))
    const graph = backend({ relay })
    const error = await graph.users
      .setExchangeOverrides(STANDARD.id, (await julien(graph)).id, { mailboxMb: 30_000 })
      .catch(e => e)
    expect((error as BackendError).issues).toEqual([
      { field: 'exchange.mailboxMb', code: 'aboveMaximum', params: { max: 25_600 } },
    ])
    expect(writes()).toEqual([])
  })

  it("puts Exchange's refusal of a quota beside the mailbox size, with the relay's words", async () => {
    const { relay } = fakeRelay(
      on('GET', MAILBOX, () => ({ status: 200, body: mailbox({}, 25 * GB) })),
      on('PATCH', MAILBOX, () =>
        refusal(400, 'Exchange Online refused: the value exceeds the plan.', 'quotas.prohibitSendReceiveQuota'),
      ),
    )
    const graph = backend({ relay })
    const error = await graph.users
      .setExchangeOverrides(STANDARD.id, (await julien(graph)).id, { mailboxMb: 2048 })
      .catch(e => e)
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as BackendError).issues).toEqual([
      {
        field: 'exchange.mailboxMb',
        code: 'rejectedByService',
        params: { message: 'Exchange Online refused: the value exceeds the plan.' },
      },
    ])
    // Nothing changed, so no change is logged: only the failure, with the id support asks for.
    const entries = await graph.activity.list({ tenantId: STANDARD.id })
    expect(entries.map(entry => entry.action)).toEqual(['data.relayWriteFailed'])
    expect(entries[0]!.details).toMatchObject({ status: 400, code: 'invalid' })
    expect(entries[0]!.details.correlationId).toBe(relayRefusalIn(error)?.correlationId)
  })

  it('without a relay, both stay unavailable on Microsoft 365', async () => {
    const graph = backend()
    expect(graph.capabilities.action('users.setExchangeOverrides')).toEqual({
      available: false,
      reason: 'exchangeAdmin',
    })
    expect(graph.capabilities.action('users.exchangeOverrides')).toEqual({ available: false, reason: 'exchangeAdmin' })
    expect(graph.capabilities.action('exchange.senders.add')).toEqual({ available: false, reason: 'exchangeAdmin' })
    expect(graph.capabilities.setting('exchange.pop3')).toEqual({ available: false, reason: 'exchangeAdmin' })
    const error = await graph.users.exchangeOverrides(STANDARD.id, 'anyone').catch(e => e)
    expect(isBackendError(error, 'unsupported')).toBe(true)
    const { relay } = fakeRelay()
    const relayed = backend({ relay })
    expect(relayed.capabilities.action('users.setExchangeOverrides')).toEqual({ available: true })
    expect(relayed.capabilities.setting('exchange.pop3')).toEqual({ available: true })
  })
})
