// @vitest-environment happy-dom
import type { Microsoft365Session } from '@/auth/session'
import type { RelayConnection } from '@/backends/relay/relayClient'
import type { UnreadableTenant } from '@/data/tenants'
import { PiniaColada } from '@pinia/colada'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import TenantConsentAction from './TenantConsentAction.vue'
import { setMicrosoft365Session } from '@/auth/session'
import { setBackend } from '@/backends/current'
import { makeLocal } from '@/backends/local/testing'
import { realI18n } from '@/locales/testing'

const TENANT: UnreadableTenant = {
  tenantId: '9e1a3c5b-7d9f-4b2d-8f4a-6c8e0a2b4d05',
  companyName: 'Garage Martin',
  problem: { kind: 'consentNeeded', canConsent: true },
}
const CLAIMS = '{"access_token":{"capolids":{"essential":true,"values":["x"]}}}'

/** The action on a session whose relay answers `status` and `body`; its sign-in and admin consent page recorded. */
function render(status: number, body: unknown, locale: 'en' | 'fr' = 'en') {
  const signIn = vi.fn<(claims?: string) => Promise<never>>(() => new Promise<never>(() => {}))
  const consentToTenant = vi.fn<(tenantId: string) => Promise<never>>(() => new Promise<never>(() => {}))
  const relay: RelayConnection = {
    baseUrl: 'https://relay.example.com',
    tokens: { token: async () => 'token' },
    fetch: async () => new Response(JSON.stringify(body), { status }),
    signIn,
  }
  setMicrosoft365Session({ relay, consentToTenant } as Partial<Microsoft365Session> as Microsoft365Session)
  setBackend(makeLocal())
  const wrapper = mount(TenantConsentAction, {
    props: { tenant: TENANT },
    global: { plugins: [realI18n(locale), createPinia(), PiniaColada] },
  })
  return { wrapper, signIn, consentToTenant }
}

const button = (wrapper: ReturnType<typeof mount>, name: string) => {
  const found = wrapper.findAll('button').find(b => b.text() === name)
  if (!found) throw new Error(`No button ${name}: ${wrapper.text()}`)
  return found
}

describe('consent for a tenant through the partner relay', () => {
  it("offers a sign-in that answers the relay's claims challenge when Partner Center wants MFA again", async () => {
    const { wrapper, signIn } = render(401, { error: { code: 'signInNeeded', message: 'AADSTS50076', claims: CLAIMS } })
    await button(wrapper, 'Consent for Garage Martin').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('Partner Center wants you to sign in again')
    await button(wrapper, 'Sign in again').trigger('click')
    expect(signIn).toHaveBeenCalledWith(CLAIMS)
  })

  it("says who may when Partner Center refuses, in its words too, and offers the tenant's admin consent page", async () => {
    const words = 'The signed-in user is not an admin agent of the partner (AdminAgents).'
    const { wrapper, consentToTenant } = render(403, { error: { code: 'consentNotAllowed', message: words } }, 'fr')
    await button(wrapper, 'Donner le consentement pour Garage Martin').trigger('click')
    await flushPromises()
    const alert = wrapper.get('[role="alert"]').text()
    expect(alert).toContain("il faut que vous soyez l'un des agents d'administration du partenaire (AdminAgents)")
    expect(alert).toContain(words)
    await button(
      wrapper,
      'Donner plutôt le consentement sur la page de consentement administrateur de Garage Martin',
    ).trigger('click')
    expect(consentToTenant).toHaveBeenCalledWith(TENANT.tenantId)
  })
})
