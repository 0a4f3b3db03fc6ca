/**
 * The Microsoft 365 world the end-to-end tests run against, shared by the test OpenID provider
 * (one authority per tenant, as Entra ID has) and the Graph-compatible server (which reads the
 * tenant from each token's `tid` claim). Ids are fixed so a build can be configured with them.
 */
export const PARTNER_TENANT = {
  id: '6f1c2a4e-8d3b-4c5a-9e7f-1a2b3c4d5e6f',
  displayName: 'Alpine Conseil Informatique',
  defaultDomain: 'alpineconseil.onmicrosoft.com',
} as const

/** Client tenants the partner administers through GDAP. */
export const CLIENT_TENANTS = [
  {
    id: '2d7e9b10-3f4a-4b6c-8d2e-5f6a7b8c9d01',
    displayName: 'Boulangerie Dupré & Fils',
    defaultDomain: 'boulangeriedupre.onmicrosoft.com',
    offers: 'standard',
  },
  {
    id: '8a3c5e71-9b2d-4f6e-a1c3-7d8e9f0a1b02',
    displayName: 'Hôtel des Écrins',
    defaultDomain: 'hotelecrins.onmicrosoft.com',
    offers: 'deskless',
  },
  {
    id: 'c4e6a8b2-1d3f-4a5b-9c7d-2e4f6a8b0c03',
    displayName: 'Cabinet Lemoine Avocats',
    defaultDomain: 'cabinetlemoine.onmicrosoft.com',
    offers: 'mixed',
  },
] as const

/**
 * GDAP customers the technician can't work in yet: one whose relationship gives the technician's
 * groups no role, and one where the console app isn't consented, which the technician may consent
 * for (their roles there include Cloud Application Administrator).
 */
export const RESTRICTED_TENANTS = {
  noRole: {
    id: '5b8d0f2e-4a6c-4e8b-9d1f-3a5c7e9b1d04',
    displayName: 'Pharmacie du Lac',
    defaultDomain: 'pharmaciedulac.onmicrosoft.com',
    offers: 'standard',
  },
  notConsented: {
    id: '9e1a3c5b-7d9f-4b2d-8f4a-6c8e0a2b4d05',
    displayName: 'Garage Martin',
    defaultDomain: 'garagemartin.onmicrosoft.com',
    offers: 'standard',
  },
} as const

/** The partner's technician who signs in; the dev provider accepts any password. */
export const TECHNICIAN = {
  login: 'technicien@alpineconseil.onmicrosoft.com',
  password: 'demo-password',
  name: 'Camille Technicienne',
} as const

/** The app registration the test build is configured with (a public SPA client). */
export const SPA_CLIENT_ID = '9d4b6f2a-7c1e-4e3a-b5d8-0f2a4c6e8a10'

/** The audience Graph's access tokens carry. */
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com'

/**
 * The relay's own app registration, a confidential client: it exposes the relay's API
 * (`api://<id>/access_as_user`, the audience of the technician's tokens for the relay) and
 * exchanges those tokens on the technician's behalf with its secret. A test secret, never a real one.
 */
export const RELAY_CLIENT = {
  id: '4c2e8a6f-1b3d-4f5a-8c7e-9d0b2a4c6e11',
  secret: 'test-world-relay-secret',
  apiUri: 'api://4c2e8a6f-1b3d-4f5a-8c7e-9d0b2a4c6e11',
  displayName: 'BPOS partner relay',
} as const

/**
 * The delegated scope the relay's registration exposes (Expose an API), which the console asks for
 * at the partner's authority: its tokens' audience is the relay's Application ID URI
 * (https://learn.microsoft.com/entra/identity-platform/quickstart-configure-app-expose-web-apis).
 */
export const RELAY_API_SCOPE = `${RELAY_CLIENT.apiUri}/access_as_user`
