import type { RouteMap } from 'vue-router'

/** The routes of one tenant's pages: every one whose path is under the tenant's. */
type TenantRouteName = {
  [Name in keyof RouteMap]: RouteMap[Name]['path'] extends `/tenants/:tenantId${string}` ? Name : never
}[keyof RouteMap]

/** The sections of a tenant's page; `console` ones need the application console. */
export interface TenantTab {
  readonly routeName: TenantRouteName
  readonly labelKey: string
  readonly console: boolean
}

export const tenantTabs: readonly TenantTab[] = [
  { routeName: 'tenant-overview', labelKey: 'tenant.tabs.overview', console: false },
  { routeName: 'tenant-users', labelKey: 'users.tab', console: true },
  { routeName: 'tenant-exchange', labelKey: 'exchange.tab', console: true },
  { routeName: 'tenant-sharepoint', labelKey: 'sharepoint.tab', console: true },
  { routeName: 'tenant-communications', labelKey: 'tenant.tabs.communications', console: true },
  { routeName: 'tenant-subscriptions', labelKey: 'subscriptions.tab', console: false },
  { routeName: 'tenant-domains', labelKey: 'domains.tab', console: true },
  { routeName: 'tenant-services', labelKey: 'services.tab', console: false },
  { routeName: 'tenant-activity', labelKey: 'activityLog.title', console: false },
]
