import type { TestGraph } from '../../../test-world/graph/testWorld'
import type { TestPartnerCenter } from '../../../test-world/partnerCenter/testWorld'
import type { Caller } from '../auth.js'
import type { DownstreamTokens } from '../downstream.js'
import type { RelayResponse } from '../http.js'
import type { ConsentApplications } from './consent.js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CUSTOMER_GRAPH_SCOPES, CUSTOMER_PERMISSIONS, GRAPH_RESOURCE } from '../../../src/auth/graphScopes'
import {
  PARTNER_TENANT,
  RELAY_CLIENT,
  RESTRICTED_TENANTS,
  SPA_CLIENT_ID,
  TECHNICIAN,
} from '../../../test-world/directory'
import { missingConsent } from '../../../test-world/graph/gdap'
import { ROLE } from '../../../test-world/graph/gdapRoles'
import { grantedAppRoles, servicePrincipalOf } from '../../../test-world/graph/servicePrincipals'
import { startTestGraph } from '../../../test-world/graph/testWorld'
import { RELAY_CUSTOMER_CONSENT } from '../../../test-world/oidc/relayPermissions'
import { setAdminAgent } from '../../../test-world/partnerCenter/applicationConsents'
import { startTestPartnerCenter } from '../../../test-world/partnerCenter/testWorld'
import { SignInNeeded } from '../http.js'
import { createRelay } from '../relay.js'
import {
  CUSTOMER_GRAPH_PERMISSIONS,
  EXCHANGE_APPLICATION_ID,
  GRAPH_APPLICATION_ID,
  RELAY_GRAPH_PERMISSIONS,
} from './consent.js'
import { partnerCenterRoutes } from './routes.js'

const CONSOLE = 'http://127.0.0.1:4174'
const CALLER: Caller = { objectId: 'technician', tenantId: PARTNER_TENANT.id, name: TECHNICIAN.name, assertion: 'a' }
const { notConsented, noRole } = RESTRICTED_TENANTS
const TWO_APPS: ConsentApplications = { consoleClientId: SPA_CLIENT_ID, relayClientId: RELAY_CLIENT.id }

// The answers are read loosely: their shapes are what the tests check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = RelayResponse & { body?: any }

describe('customer consent through Partner Center, from the relay', () => {
  let graph: TestGraph
  let partnerCenter: TestPartnerCenter
  let mfaMissing = false
  const downstream: DownstreamTokens = {
    onBehalfOf: async (_assertion, resource, tenantId) => {
      if (mfaMissing) throw new SignInNeeded('Sign in again (AADSTS50076).', '{"access_token":{"capolids":{}}}')
      // Graph's, at the customer's authority, with the relay's delegated pair for granting an app role.
      if (resource === 'graph') return graph.issuer.mint(tenantId, { scp: RELAY_GRAPH_PERMISSIONS.join(' ') })
      return partnerCenter.tokens.token()
    },
    appOnly: () => Promise.reject(new Error('no app-only token expected')),
  }

  beforeAll(async () => {
    graph = await startTestGraph()
    partnerCenter = await startTestPartnerCenter(graph, undefined, { allowBrowserConsole: false })
  })
  beforeEach(() => {
    graph.server.reset()
    partnerCenter.server.requests.length = 0
    mfaMissing = false
  })
  afterAll(async () => {
    await partnerCenter.server.close()
    await graph.server.close()
  })

  /** Consent in a customer, the relay naming these apps (none: RELAY_CONSOLE_CLIENT_ID unset). */
  function consent(customerId: string, consentApps: ConsentApplications | null = TWO_APPS): Promise<Answer> {
    const relay = createRelay({
      allowedOrigin: CONSOLE,
      checkCaller: async () => CALLER,
      routes: partnerCenterRoutes({
        downstream,
        partnerCenterUrl: partnerCenter.server.baseUrl,
        graphUrl: graph.server.baseUrl,
        ...(consentApps ? { consent: consentApps } : {}),
      }),
    })
    return relay({
      method: 'POST',
      url: new URL(`/api/customers/${customerId}/consent`, 'http://relay.test'),
      header: name => ({ authorization: 'Bearer x', origin: CONSOLE })[name.toLowerCase()],
      body: undefined,
    })
  }
  const gdap = () => graph.server.world().gdap

  it("keeps the console's customer-side permissions, copied, equal to the console's own", () => {
    expect([...CUSTOMER_GRAPH_PERMISSIONS]).toEqual([...CUSTOMER_PERMISSIONS])
    expect(CUSTOMER_GRAPH_PERMISSIONS.map(name => `${GRAPH_RESOURCE}/${name}`)).toEqual(CUSTOMER_GRAPH_SCOPES)
  })

  it('grants the console its Graph permissions and the relay Exchange, so the customer opens', async () => {
    const answer = await consent(notConsented.id)
    expect(answer.status).toBe(200)
    expect(answer.body.applications.map((a: { outcome: string }) => a.outcome)).toEqual(['granted', 'granted'])
    expect(partnerCenter.server.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: `/customers/${notConsented.id}/applicationconsents`,
        status: 201,
        body: {
          applicationId: SPA_CLIENT_ID,
          applicationGrants: [{ enterpriseApplicationId: GRAPH_APPLICATION_ID, scope: CUSTOMER_PERMISSIONS.join(',') }],
        },
      }),
      expect.objectContaining({
        status: 201,
        body: {
          applicationId: RELAY_CLIENT.id,
          applicationGrants: [
            {
              enterpriseApplicationId: GRAPH_APPLICATION_ID,
              scope: 'AppRoleAssignment.ReadWrite.All,Application.Read.All',
            },
            { enterpriseApplicationId: EXCHANGE_APPLICATION_ID, scope: 'Exchange.Manage' },
          ],
        },
      }),
    ])
    expect(missingConsent(gdap(), notConsented.id, CUSTOMER_PERMISSIONS)).toEqual([])
    expect(missingConsent(gdap(), notConsented.id, RELAY_CUSTOMER_CONSENT)).toEqual([])
    // Garage Martin's technician holds Cloud Application Administrator, not Privileged Role Administrator: Microsoft
    // Graph's app role is refused, the consent stands, and the answer says so.
    expect(answer.body.sharePoint).toMatchObject({ outcome: 'refused', code: 'Authorization_RequestDenied' })
    expect(grantedAppRoles(gdap(), notConsented.id, RELAY_CLIENT.id, GRAPH_RESOURCE)).toEqual([])
  })

  it("grants the relay's app SharePoint's application permission once, where the technician may", async () => {
    const relationship = gdap().relationships.find(r => r.customer.tenantId === notConsented.id)!
    for (const roles of [relationship.accessDetails, relationship.accessAssignments[0]!.accessDetails])
      roles.unifiedRoles.push({ roleDefinitionId: ROLE.privilegedRoleAdministrator })
    const first = await consent(notConsented.id)
    expect(first.body.sharePoint).toEqual({ outcome: 'granted' })
    expect(grantedAppRoles(gdap(), notConsented.id, RELAY_CLIENT.id, GRAPH_RESOURCE)).toEqual([
      'SharePointTenantSettings.ReadWrite.All',
    ])
    const again = await consent(notConsented.id)
    expect(again.body.sharePoint).toEqual({ outcome: 'alreadyGranted' })
    expect(servicePrincipalOf(gdap(), notConsented.id, RELAY_CLIENT.id)!.appRoleAssignments).toHaveLength(1)
  })

  it("answers a customer already consented as done: Partner Center's 409 is no failure", async () => {
    await consent(notConsented.id)
    const again = await consent(notConsented.id)
    expect(again.status).toBe(200)
    expect(again.body.applications.map((a: { outcome: string }) => a.outcome)).toEqual([
      'alreadyConsented',
      'alreadyConsented',
    ])
    expect(partnerCenter.server.requests.slice(2).map(r => r.status)).toEqual([409, 409])
  })

  it('asks once, with both grants, when the console and the relay are one registration', async () => {
    const answer = await consent(notConsented.id, { consoleClientId: SPA_CLIENT_ID, relayClientId: SPA_CLIENT_ID })
    expect(answer.body.applications).toHaveLength(1)
    expect(partnerCenter.server.requests).toHaveLength(1)
    // One app: its Graph grant holds the console's permissions and the relay's pair, by the console's bare names.
    const granted = [...CUSTOMER_PERMISSIONS, ...RELAY_GRAPH_PERMISSIONS, RELAY_CUSTOMER_CONSENT[0]!]
    expect(missingConsent(gdap(), notConsented.id, granted)).toEqual([])
  })

  it("says the technician's GDAP roles there can't consent, in Partner Center's words", async () => {
    const refused = await consent(noRole.id)
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatchObject({
      code: 'consentNotAllowed',
      message: 'The signed-in user holds no role in this customer that may grant consent.',
    })
  })

  it('says so when the technician is not an admin agent of the partner', async () => {
    setAdminAgent(graph.server.world(), false)
    const refused = await consent(notConsented.id)
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatchObject({
      code: 'consentNotAllowed',
      message: 'The signed-in user is not an admin agent of the partner (AdminAgents).',
    })
    expect(missingConsent(gdap(), notConsented.id, CUSTOMER_PERMISSIONS)).toEqual([...CUSTOMER_PERMISSIONS])
  })

  it("passes the identity platform's claims challenge on when the technician's sign-in lacks MFA", async () => {
    mfaMissing = true
    const refused = await consent(notConsented.id)
    expect(refused.status).toBe(401)
    expect(refused.body.error).toMatchObject({ code: 'signInNeeded', claims: '{"access_token":{"capolids":{}}}' })
    expect(partnerCenter.server.requests).toEqual([])
  })

  it("says the console's app is not named, and asks Partner Center nothing", async () => {
    const answer = await consent(notConsented.id, null)
    expect(answer.status).toBe(503)
    expect(answer.body.error).toMatchObject({ code: 'notConfigured' })
    expect(answer.body.error.message).toContain('RELAY_CONSOLE_CLIENT_ID')
    expect(partnerCenter.server.requests).toEqual([])
  })

  it("answers a customer Partner Center doesn't know with its 404", async () => {
    const answer = await consent('00000000-0000-0000-0000-000000000000')
    expect(answer.status).toBe(404)
    expect(answer.body.error.code).toBe('partnerCenterRefused')
  })
})
