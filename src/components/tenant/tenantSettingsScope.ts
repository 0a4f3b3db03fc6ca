import type { SettingKey, TenantSettings } from '@/domain/console/settings'
import type { Subscription } from '@/domain/tenant/tenant'
import type { UnreadableReason } from '@/data/currentTenant'

/** What a card of a tenant's setting switches is given: the settings as read, and what decides which can change. */
export interface TenantSettingsScope {
  tenantId: string
  settings: TenantSettings
  /** Settings the backend couldn't read: their values in `settings` are placeholders. */
  unknown?: readonly SettingKey[]
  /** Why some of them couldn't be read, where the backend knows (the relay's app lacking its permission there). */
  unknownBecause?: Partial<Record<SettingKey, UnreadableReason>>
  subscriptions: readonly Subscription[]
  today: string
}
