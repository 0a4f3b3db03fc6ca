// @vitest-environment happy-dom
import type { TenantRow } from '@/domain/tenant/tenantList'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useTenantRowViews } from './tenantRowView'
import { realI18n } from '@/locales/testing'

const row: TenantRow = {
  id: 'tenant-dupre',
  companyName: 'Boulangerie Dupré',
  primaryDomain: 'dupre.microsoftonline.com',
  offers: ['standard-suite', 'deskless-suite'],
  seatsAssigned: 1234,
  seatsPurchased: 2000,
  status: 'trialExpired',
  consoleAvailable: true,
  baseline: { id: 'b', name: 'Bakeries', drift: 2, unknown: 1, compared: 5 },
  searchText: 'boulangerie dupre',
  pending: false,
}

function setUp() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => null } },
      { name: 'tenant-overview', path: '/tenants/:tenantId', component: { render: () => null } },
    ],
  })
  const i18n = realI18n('en')
  let views: ReturnType<typeof useTenantRowViews> | undefined
  mount(
    defineComponent({
      setup: () => {
        views = useTenantRowViews()
        return () => null
      },
    }),
    { global: { plugins: [i18n, router] } },
  )
  return { views: views!, router, i18n }
}

describe("a tenant row's texts", () => {
  it('says what the row shows, once per row and language', () => {
    const { views, i18n } = setUp()
    const view = views.viewOf(row)
    expect(view).toMatchObject({
      href: '/tenants/tenant-dupre',
      offers: expect.stringContaining(', '),
      seats: expect.stringContaining('1,234'),
      status: { label: 'Trial ended', tone: 'badge--warning' },
      console: 'Available',
      baseline: {
        name: 'Bakeries',
        badge: 'Drifted: 2 settings',
        tone: 'badge--warning',
        notReadable: '1 not readable here',
      },
    })
    expect(views.viewOf(row)).toBe(view)
    expect(views.viewOf({ ...row })).not.toBe(view)

    i18n.global.locale.value = 'fr'
    const french = views.viewOf(row)
    expect(french).not.toBe(view)
    expect(french.status.label).not.toBe('Trial ended')
    expect(french.seats).toContain('1\u202f234')
  })

  it('opens the overview in the page on a plain click, and leaves a click with a modifier to the browser', () => {
    const { views, router } = setUp()
    const push = vi.spyOn(router, 'push')
    const plain = new MouseEvent('click', { button: 0, cancelable: true })
    views.follow(plain, views.hrefOf(row.id))
    expect(push).toHaveBeenCalledWith('/tenants/tenant-dupre')
    expect(plain.defaultPrevented).toBe(true)

    const newTab = new MouseEvent('click', { button: 0, ctrlKey: true, cancelable: true })
    views.follow(newTab, views.hrefOf(row.id))
    expect(push).toHaveBeenCalledTimes(1)
    expect(newTab.defaultPrevented).toBe(false)
  })
})
