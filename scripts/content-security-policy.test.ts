import { describe, expect, it } from 'vitest'
import { connectOrigins, contentSecurityPolicy } from './content-security-policy'

const M365 = {
  VITE_MSAL_AUTHORITY: 'https://login.microsoftonline.com/6f1c2a4e-8d3b-4c5a-9e7f-1a2b3c4d5e6f',
  VITE_RELAY_URL: 'https://relay.example.com/',
}

describe('contentSecurityPolicy', () => {
  it('lets the demo build connect to its own origin and DNS over HTTPS only, and run nothing but its own code', () => {
    expect(contentSecurityPolicy({})).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self' https://cloudflare-dns.com; frame-src 'none'; worker-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'",
    )
  })

  it('adds the sign-in authority, Graph and the relay on a Microsoft 365 build, by origin', () => {
    expect(connectOrigins(M365)).toEqual([
      'https://login.microsoftonline.com',
      'https://graph.microsoft.com',
      'https://relay.example.com',
    ])
    expect(contentSecurityPolicy(M365)).toContain('frame-src https://login.microsoftonline.com;')
  })

  it('never lets the page reach Partner Center (the relay calls it), and a local test world by its own origins', () => {
    const testWorld = {
      VITE_MSAL_AUTHORITY: 'https://localhost:4443/tenant',
      VITE_GRAPH_BASE_URL: 'http://127.0.0.1:4444/v1.0',
      VITE_PARTNER_CENTER_ENABLED: 'true',
      VITE_PARTNER_CENTER_BASE_URL: 'http://127.0.0.1:4445',
    }
    expect(connectOrigins(testWorld)).toEqual(['https://localhost:4443', 'http://127.0.0.1:4444'])
  })

  it('ignores a setting that is not an http(s) URL rather than widening the policy', () => {
    expect(connectOrigins({ VITE_MSAL_AUTHORITY: 'javascript:alert(1)' })).toEqual([])
    expect(connectOrigins({ ...M365, VITE_RELAY_URL: '*' })).not.toContain('*')
  })
})
