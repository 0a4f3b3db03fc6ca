import type { TestPartnerCenter } from './testWorld'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { CUSTOMER_PERMISSIONS } from '../../src/auth/graphScopes'
import { RESTRICTED_TENANTS, SPA_CLIENT_ID } from '../directory'
import { missingConsent } from '../graph/gdap'
import { startTestGraph } from '../graph/testWorld'
import { startTestPartnerCenter } from './testWorld'

const { noRole, notConsented } = RESTRICTED_TENANTS

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

  async function grant(customerId: string) {
    const response = await fetch(`${partnerCenter!.server.baseUrl}/v1/customers/${customerId}/applicationconsents`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await partnerCenter!.tokens.token()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        applicationId: SPA_CLIENT_ID,
        applicationGrants: [
          { enterpriseApplicationId: '00000003-0000-0000-c000-000000000000', scope: CUSTOMER_PERMISSIONS.join(',') },
        ],
      }),
    })
    return response.status
  }

  it('consents the app in a customer where the technician holds Cloud Application Administrator', async () => {
    const gdap = (await started).server.world().gdap
    expect(missingConsent(gdap, notConsented.id, CUSTOMER_PERMISSIONS)).toEqual([...CUSTOMER_PERMISSIONS])
    expect(await grant(notConsented.id)).toBe(201)
    expect(missingConsent((await started).server.world().gdap, notConsented.id, CUSTOMER_PERMISSIONS)).toEqual([])
  })

  it("refuses it where the technician's roles can't grant consent", async () => {
    expect(await grant(noRole.id)).toBe(403)
  })
})
