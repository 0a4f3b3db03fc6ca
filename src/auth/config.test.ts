import { describe, expect, it } from 'vitest'
import { DEFAULT_GRAPH_BASE_URL, readMicrosoft365Setup, tenantAuthority } from './config'

const PARTNER = 'https://login.microsoftonline.com/6f1c2a4e-8d3b-4c5a-9e7f-1a2b3c4d5e6f'

describe('readMicrosoft365Setup', () => {
  it('is available with a client id and an https authority naming a tenant; Graph defaults to v1.0', () => {
    expect(readMicrosoft365Setup({ VITE_MSAL_CLIENT_ID: ' app-id ', VITE_MSAL_AUTHORITY: `${PARTNER}/` })).toEqual({
      available: true,
      config: { clientId: 'app-id', authority: PARTNER, graphBaseUrl: DEFAULT_GRAPH_BASE_URL },
    })
  })

  it('keeps a configured Graph root, without its trailing slash', () => {
    const setup = readMicrosoft365Setup({
      VITE_MSAL_CLIENT_ID: 'a',
      VITE_MSAL_AUTHORITY: PARTNER,
      VITE_GRAPH_BASE_URL: 'http://127.0.0.1:4444/v1.0/',
    })
    expect(setup.available && setup.config.graphBaseUrl).toBe('http://127.0.0.1:4444/v1.0')
  })

  it('has no Partner Center setting: the page never calls it, the relay does', () => {
    const setup = readMicrosoft365Setup({
      VITE_MSAL_CLIENT_ID: 'a',
      VITE_MSAL_AUTHORITY: PARTNER,
      VITE_PARTNER_CENTER_ENABLED: 'true',
      VITE_PARTNER_CENTER_BASE_URL: 'ftp://pc',
    } as Parameters<typeof readMicrosoft365Setup>[0])
    expect(setup.available && Object.keys(setup.config)).toEqual(['clientId', 'authority', 'graphBaseUrl'])
  })

  it.each([
    [{}, 'noClientId'],
    [{ VITE_MSAL_CLIENT_ID: '  ', VITE_MSAL_AUTHORITY: PARTNER }, 'noClientId'],
    [{ VITE_MSAL_CLIENT_ID: 'a' }, 'noAuthority'],
    [{ VITE_MSAL_CLIENT_ID: 'a', VITE_MSAL_AUTHORITY: 'http://localhost:4443/tenant' }, 'authorityNotHttps'],
    [{ VITE_MSAL_CLIENT_ID: 'a', VITE_MSAL_AUTHORITY: 'not a url' }, 'authorityNotHttps'],
    [{ VITE_MSAL_CLIENT_ID: 'a', VITE_MSAL_AUTHORITY: 'https://login.microsoftonline.com' }, 'authorityWithoutTenant'],
    [{ VITE_MSAL_CLIENT_ID: 'a', VITE_MSAL_AUTHORITY: `${PARTNER}/v2.0` }, 'authorityWithoutTenant'],
    [{ VITE_MSAL_CLIENT_ID: 'a', VITE_MSAL_AUTHORITY: PARTNER, VITE_GRAPH_BASE_URL: 'graph' }, 'graphUrlInvalid'],
  ])('names what is missing or wrong: %j → %s', (env, reason) => {
    expect(readMicrosoft365Setup(env)).toEqual({ available: false, reason })
  })
})

describe('tenantAuthority', () => {
  it("replaces the partner's tenant with the client's, on the same host", () => {
    expect(tenantAuthority(PARTNER, '2d7e9b10-3f4a-4b6c-8d2e-5f6a7b8c9d01')).toBe(
      'https://login.microsoftonline.com/2d7e9b10-3f4a-4b6c-8d2e-5f6a7b8c9d01',
    )
    expect(tenantAuthority('https://localhost:4443/partner', 'client')).toBe('https://localhost:4443/client')
  })
})
