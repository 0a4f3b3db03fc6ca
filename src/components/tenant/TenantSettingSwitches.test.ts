// @vitest-environment happy-dom
import type { Backend } from '@/backends/backend'
import type { Subscription } from '@/domain/tenant/tenant'
import { PiniaColada } from '@pinia/colada'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import TenantSettingSwitches from './TenantSettingSwitches.vue'
import { ALL_CAPABLE } from '@/backends/backend'
import { setBackend } from '@/backends/current'
import { defaultSettings } from '@/domain/console/settings'
import { realI18n } from '@/locales/testing'

const TODAY = '2026-11-25'
/** As Microsoft 365 declares it: Exchange's tenant-wide switches are out of Graph's reach. */
const WITHOUT_EXCHANGE: Backend['capabilities'] = {
  action: () => ({ available: true }),
  setting: key => (key.startsWith('exchange.') ? { available: false, reason: 'exchangeAdmin' } : { available: true }),
}
const standard: Subscription[] = [
  {
    id: 's',
    tenantId: 't',
    offerId: 'standard-suite',
    seats: 10,
    assignedSeats: 0,
    state: 'active',
    startedOn: '2026-01-01',
    trialEndsOn: null,
    cancelledOn: null,
  },
]

function render(capabilities: Backend['capabilities'], locale: 'en' | 'fr' = 'en') {
  setBackend({ capabilities } as Backend)
  return mount(TenantSettingSwitches, {
    props: {
      tenantId: 't',
      keys: ['exchange.pop3', 'sharepoint.userSiteCreation'],
      settings: defaultSettings(standard, TODAY),
      subscriptions: standard,
      today: TODAY,
    },
    global: { plugins: [realI18n(locale), createPinia(), PiniaColada] },
  })
}

describe("setting switches on a backend that can't change some settings", () => {
  it('shows every setting the offers carry as a switch on the embedded backend', () => {
    expect(render(ALL_CAPABLE).findAll('[role="switch"]')).toHaveLength(2)
  })

  it("shows what Microsoft 365 can't change as unavailable with the reason, and no switch for it", () => {
    const wrapper = render(WITHOUT_EXCHANGE)
    expect(wrapper.findAll('[role="switch"]')).toHaveLength(1)
    expect(wrapper.text()).toContain("Not available on Microsoft 365: Exchange Online's protocols")
    expect(render(WITHOUT_EXCHANGE, 'fr').text()).toContain('Indisponible sur Microsoft 365 : les protocoles')
  })
})
