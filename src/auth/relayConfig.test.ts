import { describe, expect, it } from 'vitest'
import { readMicrosoft365Setup } from './config'
import { readRelayConsoleConfig } from './relayConfig'

const SCOPE = 'api://4c2e8a6f-1b3d-4f5a-8c7e-9d0b2a4c6e11/access_as_user'

describe('readRelayConsoleConfig', () => {
  it('names no relay without VITE_RELAY_URL', () => {
    expect(readRelayConsoleConfig({})).toBeNull()
    expect(readRelayConsoleConfig({ VITE_RELAY_URL: ' ', VITE_RELAY_SCOPE: SCOPE })).toBeNull()
  })

  it('takes the relay origin without its trailing slash, and the scope to ask for it', () => {
    expect(readRelayConsoleConfig({ VITE_RELAY_URL: 'https://relay.example.com/', VITE_RELAY_SCOPE: SCOPE })).toEqual({
      baseUrl: 'https://relay.example.com',
      scope: SCOPE,
    })
  })

  it('is invalid with an address that is not http(s), or without a scope', () => {
    expect(readRelayConsoleConfig({ VITE_RELAY_URL: 'relay.example.com', VITE_RELAY_SCOPE: SCOPE })).toBe('invalid')
    expect(readRelayConsoleConfig({ VITE_RELAY_URL: 'ftp://relay.example.com', VITE_RELAY_SCOPE: SCOPE })).toBe(
      'invalid',
    )
    expect(readRelayConsoleConfig({ VITE_RELAY_URL: 'https://relay.example.com' })).toBe('invalid')
  })

  it('is part of the Microsoft 365 configuration, which stays available with a relay named wrongly', () => {
    const base = { VITE_MSAL_CLIENT_ID: 'client', VITE_MSAL_AUTHORITY: 'https://login.microsoftonline.com/tenant' }
    const named = readMicrosoft365Setup({
      ...base,
      VITE_RELAY_URL: 'https://relay.example.com',
      VITE_RELAY_SCOPE: SCOPE,
    })
    expect(named.available && named.config.relay).toEqual({ baseUrl: 'https://relay.example.com', scope: SCOPE })
    const wrong = readMicrosoft365Setup({ ...base, VITE_RELAY_URL: 'nowhere' })
    expect(wrong.available && wrong.config.relay).toBe('invalid')
  })
})
