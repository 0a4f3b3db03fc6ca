import { createRouter, createWebHistory, type RouteMap } from 'vue-router'
import { loadAllMessages } from '@/i18n'
import { defineRoutes, type RouteNamedMapOf } from './routeMap'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title, shown in the tab and announced on navigation. */
    titleKey: string
    /** A tenant section that needs the application console: Deskless-only tenants get the reason instead. */
    console?: boolean
  }
  // Every `{ name, params }` given to RouterLink, push, replace or resolve is checked against the table below.
  interface TypesConfig {
    RouteNamedMap: RouteNamedMapOf<typeof routes>
  }
}

const routes = defineRoutes([
  {
    path: '/',
    name: 'dashboard',
    component: () => import('@/views/dashboard/DashboardView.vue'),
    meta: { titleKey: 'dashboard.title' },
  },
  {
    path: '/tenants',
    name: 'tenants',
    component: () => import('@/views/tenants/TenantListView.vue'),
    meta: { titleKey: 'tenants.list.title' },
  },
  {
    path: '/tenants/new',
    name: 'tenant-new',
    component: () => import('@/views/provision/ProvisionView.vue'),
    meta: { titleKey: 'provision.title' },
  },
  {
    path: '/tenants/:tenantId',
    component: () => import('@/views/tenant/TenantLayout.vue'),
    props: true,
    children: [
      {
        path: '',
        name: 'tenant-overview',
        component: () => import('@/views/tenant/TenantOverviewView.vue'),
        meta: { titleKey: 'tenant.overview.title' },
      },
      {
        path: 'users',
        name: 'tenant-users',
        component: () => import('@/views/users/UsersView.vue'),
        meta: { titleKey: 'users.title', console: true },
      },
      {
        path: 'exchange',
        name: 'tenant-exchange',
        component: () => import('@/views/tenant/TenantExchangeView.vue'),
        meta: { titleKey: 'exchange.title', console: true },
      },
      {
        path: 'sharepoint',
        name: 'tenant-sharepoint',
        component: () => import('@/views/tenant/TenantSharePointView.vue'),
        meta: { titleKey: 'sharepoint.title', console: true },
      },
      {
        path: 'communications',
        name: 'tenant-communications',
        component: () => import('@/views/tenant/TenantCommunicationsView.vue'),
        meta: { titleKey: 'tenant.communications.title', console: true },
      },
      {
        // Not a console section: a Deskless-only tenant comes here to buy or move to an offer that has one.
        path: 'subscriptions',
        name: 'tenant-subscriptions',
        component: () => import('@/views/tenant/TenantSubscriptionsView.vue'),
        meta: { titleKey: 'subscriptions.title' },
      },
      {
        path: 'domains',
        name: 'tenant-domains',
        component: () => import('@/views/tenant/TenantDomainsView.vue'),
        meta: { titleKey: 'domains.title', console: true },
      },
      {
        // Not a console section: a Deskless-only tenant buys installations and migrations too.
        path: 'services',
        name: 'tenant-services',
        component: () => import('@/views/tenant/TenantServicesView.vue'),
        meta: { titleKey: 'services.title' },
      },
      {
        path: 'activity',
        name: 'tenant-activity',
        component: () => import('@/views/tenant/TenantActivityView.vue'),
        meta: { titleKey: 'activityLog.tenantTitle' },
      },
    ],
  },
  {
    path: '/activity',
    name: 'activity',
    component: () => import('@/views/activity/ActivityView.vue'),
    meta: { titleKey: 'activityLog.title' },
  },
  {
    path: '/baselines',
    name: 'baselines',
    component: () => import('@/views/baselines/BaselinesView.vue'),
    meta: { titleKey: 'baselines.title' },
  },
  {
    path: '/baselines/new',
    name: 'baseline-new',
    component: () => import('@/views/baselines/BaselineEditView.vue'),
    meta: { titleKey: 'baselines.editor.newTitle' },
  },
  {
    path: '/baselines/:baselineId',
    name: 'baseline-edit',
    component: () => import('@/views/baselines/BaselineEditView.vue'),
    props: true,
    meta: { titleKey: 'baselines.editor.editTitle' },
  },
  {
    path: '/baselines/:baselineId/apply',
    name: 'baseline-apply',
    component: () => import('@/views/baselines/BaselineApplyView.vue'),
    props: true,
    meta: { titleKey: 'baselines.applyPageTitle' },
  },
  {
    path: '/services',
    name: 'services',
    component: () => import('@/views/services/ServicesView.vue'),
    meta: { titleKey: 'services.title' },
  },
  {
    path: '/quotes',
    name: 'quotes',
    component: () => import('@/views/quotes/QuoteListView.vue'),
    meta: { titleKey: 'quotes.title' },
  },
  {
    path: '/quotes/new',
    name: 'quote-new',
    component: () => import('@/views/quotes/QuoteBuilderView.vue'),
    meta: { titleKey: 'quotes.newTitle' },
  },
  {
    path: '/quotes/:quoteId',
    name: 'quote-edit',
    component: () => import('@/views/quotes/QuoteBuilderView.vue'),
    props: true,
    meta: { titleKey: 'quotes.editTitle' },
  },
  {
    path: '/quotes/:quoteId/proposal',
    name: 'quote-proposal',
    component: () => import('@/views/quotes/QuoteProposalView.vue'),
    props: true,
    meta: { titleKey: 'quotes.proposal.title' },
  },
  {
    path: '/quotes/:quoteId/convert',
    name: 'quote-convert',
    component: () => import('@/views/quotes/QuoteConvertView.vue'),
    props: true,
    meta: { titleKey: 'quotes.convert.title' },
  },
  {
    path: '/opportunities',
    name: 'opportunities',
    component: () => import('@/views/opportunities/OpportunitiesView.vue'),
    meta: { titleKey: 'officePro.opportunities.title' },
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('@/views/settings/SettingsView.vue'),
    meta: { titleKey: 'settings.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { titleKey: 'shell.notFound.title' },
  },
])

export const router = createRouter({ history: createWebHistory(import.meta.env.BASE_URL), routes })

// The first pages (the dashboard, the home page, and the tenant list) need only the core
// messages; every other page waits until all have loaded.
const CORE_MESSAGE_PAGES = new Set<keyof RouteMap>(['dashboard', 'tenants'])

router.beforeEach(async to => {
  if (!CORE_MESSAGE_PAGES.has(to.name)) await loadAllMessages()
})
