import { createRouter, createWebHistory } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title, shown in the tab and announced on navigation. */
    titleKey: string
  }
}

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', redirect: { name: 'tenants' } },
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
      name: 'tenant-overview',
      component: () => import('@/views/tenant/TenantOverviewView.vue'),
      props: true,
      meta: { titleKey: 'tenant.overview.title' },
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
  ],
})
