import type { TenantStatus } from '@/domain/tenant/policy'

/** The badge tone of each tenant status, wherever a status shows. */
export const STATUS_TONE: Readonly<Record<TenantStatus, string>> = {
  active: 'badge--success',
  trial: 'badge--brand',
  trialExpired: 'badge--warning',
  cancelled: 'badge--danger',
}
