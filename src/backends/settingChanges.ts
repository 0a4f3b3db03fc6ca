import type { TenantSettings } from '@/domain/console/settings'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { ValidationIssue } from '@/domain/validation'
import { BackendError } from './backend'
import { isSettingKey, settingAvailability, validateSettingValue } from '@/domain/console/settings'

/**
 * Refuses changes the tenant's offers can't carry (`featureUnavailable`) or values a setting
 * doesn't accept (`validation`); returns the changes as typed settings otherwise.
 */
export function checkSettingChanges(
  loaded: TenantWithSubscriptions,
  changes: Record<string, unknown>,
  today: string,
): Partial<TenantSettings> {
  const unavailable: ValidationIssue[] = []
  const invalid: ValidationIssue[] = []
  for (const [key, value] of Object.entries(changes)) {
    if (!isSettingKey(key)) {
      invalid.push({ field: key, code: 'unknown', params: { value: key } })
      continue
    }
    const availability = settingAvailability(key, loaded.subscriptions, today)
    if (!availability.available) unavailable.push({ field: key, code: 'notAvailable' })
    else invalid.push(...validateSettingValue(key, value, loaded.subscriptions, today))
  }
  if (unavailable.length > 0)
    throw new BackendError(
      'featureUnavailable',
      `${loaded.tenant.companyName}'s offers don't include ${unavailable.map(issue => issue.field).join(', ')}`,
      unavailable,
    )
  if (invalid.length > 0) throw new BackendError('validation', 'A setting value is not allowed', invalid)
  return changes as Partial<TenantSettings>
}
