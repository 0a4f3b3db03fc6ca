import type { ValidationIssue } from '@/domain/validation'
import type { FeatureId } from '@/domain/catalogue'
import type { IsoDate } from '@/domain/dates'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { ActivityDraft } from '../records/activity'
import { BackendError } from '../backend'
import { RelayRefusal } from './relayClient'
import { tenantFeatures } from '@/domain/tenant/policy'

/** What the Exchange adapters need of the Graph backend: the tenant as Graph reads it, the log, the day. */
export interface ExchangeContext {
  /** A client tenant the partner administers, or `notFound`. */
  readonly tenant: (tenantId: string) => Promise<TenantWithSubscriptions>
  /** The tenant a console write is for: refused when its offers give no console. */
  readonly consoleTenant: (tenantId: string) => Promise<TenantWithSubscriptions>
  /** Appends to the partner's activity log, after the change it records. */
  readonly log: (draft: ActivityDraft) => Promise<void>
  readonly today: () => IsoDate
}

/** The relay's path for one of a tenant's Exchange routes (`relay/src/exchange/routes.ts`). */
export function exchangePath(tenantId: string, rest: string): string {
  return `/api/tenants/${encodeURIComponent(tenantId)}${rest}`
}

/** One item of a relay bulk write: done, or refused with Exchange's words. */
export type RelayItemResult =
  | { readonly item: string; readonly status: 'done' }
  | {
      readonly item: string
      readonly status: 'failed'
      readonly error: { readonly code?: string; readonly message?: string; readonly field?: string }
    }

/** The items a bulk answer says failed, each a refusal beside the console's `field`, naming the item. */
export function failedItems(results: readonly RelayItemResult[] | undefined, field: string): ValidationIssue[] {
  return (results ?? []).flatMap(result =>
    result.status === 'failed'
      ? [
          {
            field,
            code: 'rejectedByService' as const,
            params: { message: `${result.item}: ${result.error.message ?? result.error.code ?? ''}` },
          },
        ]
      : [],
  )
}

/**
 * Refuses with the items a 207 answer says failed (`validation`, one issue per item); the relay's
 * correlation id rides on the cause, as it does for a refusal of the whole call.
 */
export function refusePartly(issues: readonly ValidationIssue[], what: string, correlationId: string): void {
  if (issues.length === 0) return
  const refusal = new RelayRefusal(
    207,
    { code: 'partlyFailed', message: issues.map(issue => String(issue.params?.message ?? '')).join('; ') },
    correlationId,
  )
  throw new BackendError('validation', `${what}: ${refusal.message}`, issues, { cause: refusal })
}

/** Refuses a write the tenant's offers don't include (`featureUnavailable`), as the local adapter does. */
export function requireOffers(
  { tenant, subscriptions }: TenantWithSubscriptions,
  feature: FeatureId,
  today: string,
): void {
  if (!tenantFeatures(subscriptions, today).has(feature))
    throw new BackendError('featureUnavailable', `${tenant.companyName}'s offers don't include ${feature}`, [
      { field: feature, code: 'notAvailable' },
    ])
}

/** A megabyte as the console counts mailbox sizes, in bytes. */
export const MB = 1024 * 1024

/**
 * The three quotas for a mailbox of `mb`: Exchange refuses a send quota above the send/receive one,
 * and a warning above the send one; they keep Exchange Online's own proportions below the size.
 */
export function quotasFor(mb: number) {
  const bytes = mb * MB
  return {
    prohibitSendReceiveQuota: bytes,
    prohibitSendQuota: Math.floor(bytes * 0.98),
    issueWarningQuota: Math.floor(bytes * 0.9),
  }
}
