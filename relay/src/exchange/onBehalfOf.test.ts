import type { ExchangeServer } from '../../../test-world/exchange/server'
import type { RelayOverTestWorld } from '../testing.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_TENANTS, RESTRICTED_TENANTS } from '../../../test-world/directory'
import { startExchangeServer } from '../../../test-world/exchange/server'
import { seedWorld } from '../../../test-world/graph/world'
import { startRelayOverTestWorld } from '../testing.js'

/**
 * The whole path with nothing faked: the technician's token for the relay, exchanged with MSAL
 * Node's on-behalf-of flow at the test world's Entra for an Exchange token at the customer's
 * authority, which the Exchange admin test server accepts (audience, tenant, Exchange.Manage, GDAP role).
 */
describe('Exchange Online through the relay with tokens exchanged on-behalf-of', () => {
  const world = seedWorld()
  const [customer] = CLIENT_TENANTS
  let relay: RelayOverTestWorld<ExchangeServer>

  beforeAll(async () => {
    relay = await startRelayOverTestWorld({
      startServices: entra =>
        startExchangeServer({ keys: entra.publicJwks as never, authorityOrigin: entra.origin, world: () => world }),
      gdap: () => world.gdap,
      routes: started => ({ exchangeOrigin: started.baseUrl }),
    })
  })
  afterAll(() => relay.close())

  const call = (method: string, path: string, body?: unknown) => relay.call(method, path, body)

  it("turns IMAP off for a customer's defaults with an Exchange token exchanged for the technician's", async () => {
    const changed = await call('PATCH', `/api/tenants/${customer.id}/exchange/protocols`, {
      protocols: { imap: false },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.plans).toEqual([
      expect.objectContaining({ protocols: expect.objectContaining({ imap: false }) }),
    ])
    expect(relay.services.requests.map(r => [r.cmdlet, r.status])).toEqual([
      ['Get-CASMailboxPlan', 200],
      ['Set-CASMailboxPlan', 200],
      ['Get-CASMailboxPlan', 200],
    ])
  })

  it('asks the technician to sign in where the relay is not consented, before calling Exchange', async () => {
    relay.services.requests.length = 0
    const refused = await call('GET', `/api/tenants/${RESTRICTED_TENANTS.notConsented.id}/exchange/protocols`)
    expect(refused.status).toBe(401)
    expect((refused.body.error as { code: string }).code).toBe('signInNeeded')
    expect(relay.services.requests).toEqual([])
  })
})
