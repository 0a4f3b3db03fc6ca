import type { SettingKey, TenantSettings } from '@/domain/console/settings'
import type { Subscription } from '@/domain/tenant/tenant'

/** What a card of a tenant's setting switches is given: the settings as read, and what decides which can change. */
export interface TenantSettingsScope {
  tenantId: string
  settings: TenantSettings
  /** Settings the backend couldn't read: their values in `settings` are placeholders. */
  unknown?: readonly SettingKey[]
  subscriptions: readonly Subscription[]
  today: string
}
