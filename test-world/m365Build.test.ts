import { fileURLToPath } from 'node:url'
import { loadEnv } from 'vite'
import { afterEach, describe, expect, it, vi } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const sideBySide = [
  'E2E_PORT',
  'E2E_OIDC_PORT',
  'E2E_GRAPH_PORT',
  'E2E_PARTNER_CENTER_PORT',
  'E2E_RELAY_PORT',
  'E2E_M365_DIST',
]

/** m365Build.ts as a run with no E2E_* variables gets it: ports.ts reads them once, when it loads. */
async function aloneBuild() {
  for (const name of sideBySide) vi.stubEnv(name, undefined)
  vi.resetModules()
  return import('./m365Build.ts')
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('the m365 test build', () => {
  it('reads from .env.m365 what scripts/build-m365.mjs sets at the default ports', async () => {
    const { M365_BUILD_ENV, M365_BUILD_DIR } = await aloneBuild()
    for (const name of Object.keys(M365_BUILD_ENV)) vi.stubEnv(name, undefined)
    const file = loadEnv('m365', root, ['VITE_', 'BUILD_'])
    expect(file).toEqual({ ...M365_BUILD_ENV, BUILD_OUT_DIR: M365_BUILD_DIR })
  })

  it('follows E2E_PORT, so side-by-side runs build for their own world', async () => {
    vi.stubEnv('E2E_PORT', '4620')
    vi.resetModules()
    const { M365_BUILD_ENV } = await import('./m365Build.ts')
    expect(M365_BUILD_ENV.VITE_GRAPH_BASE_URL).toBe('http://127.0.0.1:15620/v1.0')
    expect(M365_BUILD_ENV.VITE_MSAL_AUTHORITY).toMatch(/^https:\/\/localhost:14620\//)
    expect(M365_BUILD_ENV.VITE_RELAY_URL).toBe('http://127.0.0.1:19620')
  })
})
