import type { SettingKey, TenantSettings } from '@/domain/console/settings'

/** A tenant's Exchange, SharePoint and communications settings, and the baseline it follows. */
export interface TenantConfiguration {
  readonly tenantId: string
  readonly settings: TenantSettings
  readonly baselineId: string | null
  /**
   * The settings this backend couldn't read (none when absent): their values in `settings` are
   * placeholders; they show as not readable and never count as drift (Microsoft 365: Exchange's
   * and communications' switches, which Graph doesn't expose).
   */
  readonly unknownSettings?: readonly SettingKey[]
  /** Why some of them couldn't be read, where the backend knows something the technician can act on. */
  readonly unknownBecause?: Partial<Record<SettingKey, UnreadableReason>>
}

/**
 * Why a setting couldn't be read: `appPermissionMissing`, the partner relay's app has no application permission for
 * it in that tenant (SharePoint's settings: consenting the tenant again through the relay grants it); `roleMissing`,
 * the technician holds no role there that may read it (SharePoint Administrator, for the relay's app-only settings);
 * `anyoneLinks`, it was read, but as SharePoint's "Anyone" sharing, wider than any level the console offers.
 */
export type UnreadableReason = 'appPermissionMissing' | 'roleMissing' | 'anyoneLinks'

export interface SettingsRepository {
  get: (tenantId: string) => Promise<TenantConfiguration>
  /** Every tenant's configuration, for drift on the tenant list. */
  list: () => Promise<TenantConfiguration[]>
  /** Changes some settings at once; refuses all of them if one is unavailable or invalid. */
  update: (tenantId: string, changes: Partial<TenantSettings>) => Promise<TenantConfiguration>
}
