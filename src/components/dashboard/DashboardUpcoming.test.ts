// @vitest-environment happy-dom
import type { UpcomingDate } from '@/domain/fees/renewals'
import { mount, RouterLinkStub } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DashboardUpcoming from './DashboardUpcoming.vue'
import { realI18n } from '@/locales/testing'

const upcoming = Array.from({ length: 130 }, (_, index): UpcomingDate => ({
  kind: 'renewal',
  on: '2026-06-01',
  tenantId: `tenant-${index}`,
  companyName: `Client ${index}`,
  subscriptionId: `sub-${index}`,
  offerId: 'standard-suite',
  seats: 10,
}))

function render(items: readonly UpcomingDate[], locale: 'en' | 'fr' = 'en') {
  return mount(DashboardUpcoming, {
    props: { upcoming: items },
    global: { plugins: [realI18n(locale)], stubs: { RouterLink: RouterLinkStub } },
  })
}

describe('renewals and trial ends to come', () => {
  it('shows every date when there are few', () => {
    const wrapper = render(upcoming.slice(0, 25))
    expect(wrapper.findAll('tbody tr')).toHaveLength(25)
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('shows the soonest 25 of many, then more on demand', async () => {
    const wrapper = render(upcoming)
    expect(wrapper.findAll('tbody tr')).toHaveLength(25)
    expect(wrapper.text()).toContain('25 of 130 shown, soonest first')
    await wrapper.get('button').trigger('click')
    expect(wrapper.findAll('tbody tr')).toHaveLength(125)
    expect(wrapper.get('button').text()).toBe('Show 5 more')
    await wrapper.get('button').trigger('click')
    expect(wrapper.findAll('tbody tr')).toHaveLength(130)
    expect(wrapper.find('button').exists()).toBe(false)
    expect(render(upcoming, 'fr').text()).toContain("25 sur 130 affichés, les plus proches d'abord")
  })
})
