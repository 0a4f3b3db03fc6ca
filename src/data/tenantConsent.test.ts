// @vitest-environment happy-dom
import type { Backend } from '@/backends/backend'
import type { Microsoft365Session } from '@/auth/session'
import type { RelayConnection } from '@/backends/relay/relayClient'
import { describe, expect, it, vi } from 'vitest'
import { setMicrosoft365Session } from '@/auth/session'
import { makeLocal } from '@/backends/local/testing'
import { useErrorVoice } from './errorVoice'
import { tenantConsentFailure, useConsentToTenant, useOpenedByConsent } from './tenantConsent'
import { inDataLayer } from './testing'

const TENANT = { tenantId: '9e1a3c5b-7d9f-4b2d-8f4a-6c8e0a2b4d05', companyName: 'Garage Martin' }

function answering(status: number, body: unknown) {
  return vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status }))
}

/** A signed-in session whose relay answers with `fetchImpl`, and whose sign-in is recorded. */
function withRelay(fetchImpl: typeof fetch) {
  const signIn = vi.fn<(claims?: string) => Promise<never>>(() => new Promise<never>(() => {}))
  const relay: RelayConnection = {
    baseUrl: 'https://relay.example.com',
    tokens: { token: async () => 'token-for-the-relay' },
    fetch: fetchImpl,
    signIn,
  }
  setMicrosoft365Session({ relay } as Partial<Microsoft365Session> as Microsoft365Session)
  return { signIn }
}

/** The local backend, its tenant read answering as Microsoft 365 would after the consent (or not yet). */
function backendReading(get: Backend['tenants']['get']): Backend {
  const backend = makeLocal()
  return { ...backend, tenants: { ...backend.tenants, get } }
}

const consentNeeded = () => Object.assign(new Error('AADSTS65001'), { name: 'TenantConsentNeeded' })

describe('consent for a client tenant through the partner relay', () => {
  it('asks the relay to consent, reads the tenant afresh, and says it opened', async () => {
    const fetchImpl = answering(200, {
      customerId: TENANT.tenantId,
      applications: [{ outcome: 'granted' }, { outcome: 'granted' }],
    })
    withRelay(fetchImpl)
    const get = vi.fn<Backend['tenants']['get']>(async () => undefined)
    const { consent, opened } = inDataLayer(backendReading(get), () => ({
      consent: useConsentToTenant(),
      opened: useOpenedByConsent(),
    }))
    await expect(consent.mutateAsync(TENANT)).resolves.toEqual({
      tenantId: TENANT.tenantId,
      state: 'opened',
      alreadyConsented: false,
    })
    const [url, init] = fetchImpl.mock.calls[0]!
    expect(url).toBe(`https://relay.example.com/api/customers/${TENANT.tenantId}/consent`)
    expect(init?.method).toBe('POST')
    expect(get).toHaveBeenCalledWith(TENANT.tenantId)
    expect(opened.value?.tenantId).toBe(TENANT.tenantId)
  })

  it('says Microsoft 365 lets the console in only later when the tenant still wants consent after it', async () => {
    withRelay(answering(200, { applications: [{ outcome: 'alreadyConsented' }, { outcome: 'alreadyConsented' }] }))
    const { consent } = inDataLayer(
      backendReading(async () => {
        throw consentNeeded()
      }),
      () => ({ consent: useConsentToTenant() }),
    )
    await expect(consent.mutateAsync(TENANT)).resolves.toMatchObject({ state: 'pending', alreadyConsented: true })
  })

  it("passes the relay's claims challenge on to the sign-in the person is offered", async () => {
    const claims = '{"access_token":{"capolids":{"essential":true,"values":["x"]}}}'
    withRelay(answering(401, { error: { code: 'signInNeeded', message: 'Sign in again (AADSTS50076).', claims } }))
    const { consent } = inDataLayer(makeLocal(), () => ({ consent: useConsentToTenant() }))
    const error = await consent.mutateAsync(TENANT).catch((e: unknown) => e)
    expect(tenantConsentFailure(error)).toEqual({ kind: 'signIn', claims })
  })

  it("names Partner Center's refusal of the technician's roles in its words, and anything else as the voice says", async () => {
    withRelay(
      answering(403, {
        error: { code: 'consentNotAllowed', message: 'Partner Center refused the consent: not an admin agent.' },
      }),
    )
    const { consent, voice } = inDataLayer(makeLocal(), () => ({
      consent: useConsentToTenant(),
      voice: useErrorVoice(),
    }))
    const refused = await consent.mutateAsync(TENANT).catch((e: unknown) => e)
    expect(tenantConsentFailure(refused)).toEqual({
      kind: 'notAllowed',
      words: 'Partner Center refused the consent: not an admin agent.',
    })
    withRelay(answering(503, { error: { code: 'notConfigured', message: 'RELAY_CONSOLE_CLIENT_ID is missing' } }))
    const failed = await consent.mutateAsync(TENANT).catch((e: unknown) => e)
    expect(tenantConsentFailure(failed)).toEqual({ kind: 'other' })
    expect(voice.say(failed)).toMatch(/^The online service failed or is busy/)
  })
})
