// @vitest-environment happy-dom
import type { ActivityEntry } from '@/domain/activityLog'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { realI18n } from '@/locales/testing'
import ActivityEntryItem from './ActivityEntryItem.vue'

const provisioned: ActivityEntry = {
  id: 'a1',
  at: '2025-03-10T11:00:00.000Z',
  actor: 'Camille Favre',
  tenantId: 'tenant-acme',
  tenantName: 'Acme',
  area: 'tenant',
  action: 'tenant.provisioned',
  // An unterminated right-to-left override, as an import could still carry.
  details: { companyName: 'Acme \u202Egnp.exe', seats: 5 },
}

describe('ActivityEntryItem', () => {
  it('isolates the names people typed in <bdi>, so an override reorders nothing around them', () => {
    const wrapper = mount(ActivityEntryItem, { props: { entry: provisioned }, global: { plugins: [realI18n()] } })
    const sentence = wrapper.get('.entry__what')
    expect(sentence.text()).toBe('Tenant Acme \u202Egnp.exe provisioned (5 seats)')
    expect(sentence.findAll('bdi').map(bdi => bdi.text())).toEqual(['Acme \u202Egnp.exe'])
  })

  it('names offers in the language shown, and shows an action it does not know as its code', () => {
    const added = { ...provisioned, action: 'subscription.added', details: { offer: 'standard-suite', seats: 5 } }
    const wrapper = mount(ActivityEntryItem, { props: { entry: added }, global: { plugins: [realI18n('fr')] } })
    expect(wrapper.get('.entry__what').text()).toContain('Standard Suite')
    expect(wrapper.get('.entry__what').findAll('bdi')).toHaveLength(0)
    const unknown = mount(ActivityEntryItem, {
      props: { entry: { ...provisioned, action: 'tenant.somethingNew' } },
      global: { plugins: [realI18n()] },
    })
    expect(unknown.get('.entry__what').text()).toBe('tenant.somethingNew')
  })
})
