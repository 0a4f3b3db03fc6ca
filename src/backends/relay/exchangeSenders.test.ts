import type { BackendError } from '../backend'
import { describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { isBackendError } from '../backend'
import { useTestGraph } from '../graph/testing'
import { relayRefusalIn } from './relayClient'
import { fakeRelay, on, refusal } from './testing'

const [STANDARD] = CLIENT_TENANTS

const POLICY = {
  allowed: ['Commandes@Moulins.fr'],
  allowedDomains: ['minoterie-girard.fr'],
  blocked: [],
  blockedDomains: ['promo-discount.biz'],
}

describe('relay adapter: sender lists', () => {
  const { backend } = useTestGraph()
  const readPolicy = on('GET', '/exchange/senders', () => ({ status: 200, body: POLICY }))

  it("lists the default policy's allowed senders as safe and its blocked ones as blocked, in lower case", async () => {
    const { relay, calls } = fakeRelay(readPolicy)
    const entries = await backend({ relay }).exchange.senders.list(STANDARD.id)
    expect(entries.map(entry => [entry.list, entry.value])).toEqual([
      ['safe', 'commandes@moulins.fr'],
      ['safe', 'minoterie-girard.fr'],
      ['blocked', 'promo-discount.biz'],
    ])
    expect(calls[0]!.path).toBe(`/api/tenants/${STANDARD.id}/exchange/senders`)
  })

  it('adds a blocked sender through the relay in lower case and logs it', async () => {
    const { relay, writes } = fakeRelay(
      readPolicy,
      on('POST', '/exchange/senders', () => ({ status: 200, body: { ...POLICY, results: [] } })),
    )
    const graph = backend({ relay })
    const entry = await graph.exchange.senders.add(STANDARD.id, {
      list: 'blocked',
      value: ' Offres@Pain-Industriel.COM ',
    })
    expect(entry).toMatchObject({ list: 'blocked', value: 'offres@pain-industriel.com' })
    expect(writes()).toEqual([
      {
        method: 'POST',
        path: `/api/tenants/${STANDARD.id}/exchange/senders`,
        body: { list: 'blocked', entries: ['offres@pain-industriel.com'] },
      },
    ])
    const [logged] = await graph.activity.list({ tenantId: STANDARD.id, limit: 1 })
    expect(logged).toMatchObject({
      action: 'exchange.blockedSenderAdded',
      details: { value: 'offres@pain-industriel.com' },
    })
  })

  it("refuses with the console's own rule before asking the relay: a sender already on the other list", async () => {
    const { relay, writes } = fakeRelay(readPolicy)
    const error = await backend({ relay })
      .exchange.senders.add(STANDARD.id, { list: 'blocked', value: 'minoterie-girard.fr' })
      .catch((e: unknown) => e)
    expect((error as BackendError).issues).toEqual([
      { field: 'sender', code: 'onOtherList', params: { value: 'minoterie-girard.fr' } },
    ])
    expect(writes()).toEqual([])
  })

  it("says beside the sender field what Exchange refused, per item (207), with the relay's correlation id", async () => {
    const { relay } = fakeRelay(
      readPolicy,
      on('POST', '/exchange/senders', () => ({
        status: 207,
        body: {
          ...POLICY,
          results: [
            {
              item: 'x@y.fr',
              status: 'failed',
              error: {
                code: 'invalid',
                message: "Exchange Online refused: 'x@y.fr' is not valid.",
                field: 'entries[0]',
              },
            },
          ],
        },
      })),
    )
    const graph = backend({ relay })
    const error = await graph.exchange.senders.add(STANDARD.id, { list: 'safe', value: 'x@y.fr' }).catch(e => e)
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as BackendError).issues).toEqual([
      {
        field: 'sender',
        code: 'rejectedByService',
        params: { message: "x@y.fr: Exchange Online refused: 'x@y.fr' is not valid." },
      },
    ])
    expect(relayRefusalIn(error)?.correlationId).toMatch(/^[0-9a-f-]{36}$/)
    expect(await graph.activity.list({ tenantId: STANDARD.id })).toEqual([])
  })

  it("puts a refusal of the whole call (400 naming entries[0]) beside the sender field, in Exchange's words", async () => {
    const { relay } = fakeRelay(
      readPolicy,
      on('POST', '/exchange/senders', () => refusal(400, 'Exchange Online refused: bad entry.', 'entries[0]')),
    )
    const error = await backend({ relay })
      .exchange.senders.add(STANDARD.id, { list: 'safe', value: 'fournisseur.fr' })
      .catch(e => e)
    expect((error as BackendError).issues).toEqual([
      { field: 'sender', code: 'rejectedByService', params: { message: 'Exchange Online refused: bad entry.' } },
    ])
  })

  it('removes an entry by its list and value, encoded in the path, and logs it', async () => {
    const { relay, writes } = fakeRelay(
      readPolicy,
      on('DELETE', /^\/exchange\/senders\/allowed\//, () => ({ status: 200, body: POLICY })),
    )
    const graph = backend({ relay })
    await graph.exchange.senders.remove(STANDARD.id, 'safe:commandes@moulins.fr')
    expect(writes().map(call => call.path)).toEqual([
      `/api/tenants/${STANDARD.id}/exchange/senders/allowed/commandes%40moulins.fr`,
    ])
    const [logged] = await graph.activity.list({ tenantId: STANDARD.id, limit: 1 })
    expect(logged).toMatchObject({ action: 'exchange.safeSenderRemoved' })
    const missing = await graph.exchange.senders.remove(STANDARD.id, 'safe:nobody.fr').catch(e => e)
    expect(isBackendError(missing, 'notFound')).toBe(true)
  })
})
