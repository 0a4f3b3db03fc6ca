import type { TestPartnerCenter } from './testWorld'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { CUSTOMER_PERMISSIONS } from '../../src/auth/graphScopes'
import { RELAY_CLIENT, RESTRICTED_TENANTS, SPA_CLIENT_ID } from '../directory'
import { missingConsent } from '../graph/gdap'
import { servicePrincipalOf } from '../graph/servicePrincipals'
import { startTestGraph } from '../graph/testWorld'
import { RELAY_CUSTOMER_CONSENT } from '../oidc/relayPermissions'
import { setAdminAgent } from './applicationConsents'
import { startTestPartnerCenter } from './testWorld'

const { noRole, notConsented } = RESTRICTED_TENANTS
const GRAPH = '00000003-0000-0000-c000-000000000000'
const EXCHANGE = '00000002-0000-0ff1-ce00-000000000000'

describe("Partner Center's application-consent API, in the test world", () => {
  const started = startTestGraph()
  let partnerCenter: TestPartnerCenter | undefined
  beforeEach(async () => {
    const graph = await started
    graph.server.reset()
    partnerCenter ??= await startTestPartnerCenter(graph)
  })
  afterAll(async () => {
    await partnerCenter?.server.close()
    await (await started).server.close()
  })

  const gdap = async () => (await started).server.world().gdap

  async function grant(
    customerId: string,
    applicationId = SPA_CLIENT_ID,
    applicationGrants = [{ enterpriseApplicationId: GRAPH, scope: CUSTOMER_PERMISSIONS.join(',') }],
  ) {
    const response = await fetch(`${partnerCenter!.server.baseUrl}/v1/customers/${customerId}/applicationconsents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await partnerCenter!.tokens.token()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ applicationId, applicationGrants }),
    })
    return { status: response.status, body: (await response.json()) as { description?: string } }
  }

  it('consents the app in a customer where the technician holds Cloud Application Administrator', async () => {
    expect(missingConsent(await gdap(), notConsented.id, CUSTOMER_PERMISSIONS)).toEqual([...CUSTOMER_PERMISSIONS])
    expect((await grant(notConsented.id)).status).toBe(201)
    expect(missingConsent(await gdap(), notConsented.id, CUSTOMER_PERMISSIONS)).toEqual([])
  })

  it("grants the relay's app Exchange Online and Graph, as on-behalf-of reads them, and makes its service principal", async () => {
    const relayGrants = [
      { enterpriseApplicationId: GRAPH, scope: 'AppRoleAssignment.ReadWrite.All,Application.Read.All' },
      { enterpriseApplicationId: EXCHANGE, scope: 'Exchange.Manage' },
    ]
    expect(servicePrincipalOf(await gdap(), notConsented.id, RELAY_CLIENT.id)).toBeUndefined()
    expect((await grant(notConsented.id, RELAY_CLIENT.id, relayGrants)).status).toBe(201)
    expect(missingConsent(await gdap(), notConsented.id, RELAY_CUSTOMER_CONSENT)).toEqual([])
    expect(servicePrincipalOf(await gdap(), notConsented.id, RELAY_CLIENT.id)).toMatchObject({
      appId: RELAY_CLIENT.id,
      appRoleAssignments: [],
    })
    // The console's consent is another app's entry: still to give, and the relay's Graph grant is no console's.
    expect(missingConsent(await gdap(), notConsented.id, CUSTOMER_PERMISSIONS)).toEqual([...CUSTOMER_PERMISSIONS])
    expect((await grant(notConsented.id)).status).toBe(201)
  })

  it('answers a second consent of the same app with 409, and changes nothing', async () => {
    expect((await grant(notConsented.id)).status).toBe(201)
    const again = await grant(notConsented.id)
    expect(again).toMatchObject({ status: 409, body: { description: 'Permission entry already exists.' } })
  })

  it("refuses it where the technician's roles can't grant consent", async () => {
    expect(await grant(noRole.id)).toMatchObject({
      status: 403,
      body: { description: 'The signed-in user holds no role in this customer that may grant consent.' },
    })
  })

  it('refuses a technician outside AdminAgents, whatever their GDAP roles', async () => {
    setAdminAgent((await started).server.world(), false)
    expect(await grant(notConsented.id)).toMatchObject({
      status: 403,
      body: { description: 'The signed-in user is not an admin agent of the partner (AdminAgents).' },
    })
    expect(missingConsent(await gdap(), notConsented.id, CUSTOMER_PERMISSIONS)).toEqual([...CUSTOMER_PERMISSIONS])
  })

  it('refuses an application or an API it does not know', async () => {
    expect((await grant(notConsented.id, 'another-app')).status).toBe(400)
    expect((await grant(notConsented.id, SPA_CLIENT_ID, [{ enterpriseApplicationId: 'x', scope: 'a' }])).status).toBe(
      400,
    )
  })
})
