import type { RouteLocationRaw, RouteMap } from 'vue-router'
import { describe, expect, expectTypeOf, it } from 'vitest'

// Type tests: they pass at run time either way; `npm run typecheck` is what fails if route names stop being checked.
describe('typed route names', () => {
  it('names every route of the table, with the full path of a nested one', () => {
    expectTypeOf<keyof RouteMap>().toEqualTypeOf<
      | 'dashboard'
      | 'tenants'
      | 'tenant-new'
      | 'tenant-overview'
      | 'tenant-users'
      | 'tenant-exchange'
      | 'tenant-sharepoint'
      | 'tenant-communications'
      | 'tenant-subscriptions'
      | 'tenant-domains'
      | 'tenant-services'
      | 'tenant-activity'
      | 'activity'
      | 'baselines'
      | 'baseline-new'
      | 'baseline-edit'
      | 'baseline-apply'
      | 'services'
      | 'quotes'
      | 'quote-new'
      | 'quote-edit'
      | 'quote-convert'
      | 'quote-proposal'
      | 'opportunities'
      | 'settings'
      | 'not-found'
    >()
    expectTypeOf<RouteMap['tenant-overview']['path']>().toEqualTypeOf<'/tenants/:tenantId'>()
    expectTypeOf<RouteMap['tenant-users']['path']>().toEqualTypeOf<'/tenants/:tenantId/users'>()
    expectTypeOf<RouteMap['not-found']['params']['pathMatch']>().toEqualTypeOf<string[] | undefined>()
  })

  it('takes a route by its name with the params its path declares', () => {
    const to: RouteLocationRaw[] = [
      { name: 'quotes' },
      { name: 'quote-edit', params: { quoteId: 'q1' } },
      { name: 'tenant-users', params: { tenantId: 't1' }, query: { q: 'ada' } },
      { name: 'not-found', params: { pathMatch: ['no', 'such', 'page'] } },
    ]
    expect(to).toHaveLength(4)
  })

  it('refuses a wrong name, a missing param and a param the route does not have', () => {
    // @ts-expect-error a misspelt name
    const misspelt: RouteLocationRaw = { name: 'quote-edt', params: { quoteId: 'q1' } }
    // @ts-expect-error the quote is missing
    const missing: RouteLocationRaw = { name: 'quote-edit', params: {} }
    // @ts-expect-error another route's param in place of the quote
    const stray: RouteLocationRaw = { name: 'quote-edit', params: { tenantId: 't1' } }
    // @ts-expect-error a static page takes no params
    const extra: RouteLocationRaw = { name: 'quotes', params: { quoteId: 'q1' } }
    expect([misspelt, missing, stray, extra]).toHaveLength(4)
  })
})
