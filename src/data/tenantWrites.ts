import type { OfferId } from '@/domain/catalogue'
import type { DnsRecord } from '@/domain/tenant/dnsRecords'
import type { VerificationRecord } from '@/domain/tenant/domains'
import type { BillingChoice } from '@/domain/tenant/provisioning'
import type { Subscription, Tenant, TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { WorkstationCount } from '@/domain/tenant/workstations'
import type { ValidationIssue } from '@/domain/validation'
import type { MaybeRefOrGetter } from 'vue'
import { useMutation, useQuery, useQueryCache } from '@pinia/colada'
import { computed, shallowRef, toValue } from 'vue'
import { useTenantChange } from './currentTenant'
import { useErrorVoice } from './errorVoice'
import { tenantKeys } from './tenants'
import { isBackendError } from '@/backends/backend'
import { useBackend } from '@/backends/current'
import { useValidationMessages } from '@/composables/useValidationMessages'

/**
 * One change to a tenant (a subscription, a domain, its workstations) as a form makes it: the
 * changed tenant goes into the cache at once, so the header, overview and tenant list follow;
 * `onSaved` runs just before, while the form is still there (a cancelled subscription's card
 * goes away with the change, so it announces first). Each form has its own, so its refusals stay
 * its own: `errors` by field (the form's own checks first, then the backend's, in the one voice).
 */
function useTenantWrite<Vars>(
  write: (vars: Vars) => Promise<TenantWithSubscriptions | Tenant>,
  onSaved?: (changed: TenantWithSubscriptions, vars: Vars) => void,
) {
  const queryCache = useQueryCache()
  const { replaceTenant, reread } = useTenantChange()
  const voice = useErrorVoice()
  const validation = useValidationMessages()
  /** What the form found wrong itself, before asking the backend (a seat count that isn't a number). */
  const refused = shallowRef<readonly ValidationIssue[]>([])

  const mutation = useMutation({
    mutation: async (vars: Vars) => {
      refused.value = []
      const changed = await write(vars)
      if ('subscriptions' in changed) return changed
      // Domain writes return the tenant alone: its subscriptions are as they were.
      const before = queryCache.getQueryData<TenantWithSubscriptions | null>(tenantKeys.one(changed.id))
      return { tenant: changed, subscriptions: before?.subscriptions ?? [] }
    },
    onSuccess: (changed, vars) => {
      onSaved?.(changed, vars)
      replaceTenant(changed)
    },
    onError: (error, vars) => {
      // A record another tab removed: show the tenant as it now is.
      const tenantId = tenantIdOf(vars)
      if (isBackendError(error, 'notFound') && tenantId) void reread(tenantId)
    },
  })

  const errors = computed<Record<string, string>>(() => {
    if (refused.value.length > 0) return validation.byField(refused.value)
    return mutation.error.value ? voice.byField(mutation.error.value) : {}
  })

  function refuse(issues: readonly ValidationIssue[]): void {
    mutation.reset()
    refused.value = issues
  }

  /** Clears what was said, for a form opened again. */
  function clear(): void {
    mutation.reset()
    refused.value = []
  }

  /** The first refusal for a field the form doesn't show itself, so no refusal goes unsaid. */
  function otherError(...shownFields: string[]): string {
    return Object.entries(errors.value).find(([field]) => !shownFields.includes(field))?.[1] ?? ''
  }

  return { ...mutation, errors, refuse, clear, otherError }
}

/** The tenant a write's variables name, to read it afresh when the write finds a record gone. */
function tenantIdOf(vars: unknown): string | undefined {
  if (typeof vars !== 'object' || vars === null) return undefined
  const named = vars as { tenantId?: unknown; subscription?: { tenantId?: unknown } }
  const id = named.tenantId ?? named.subscription?.tenantId
  return typeof id === 'string' ? id : undefined
}

/** The DNS record that proves a domain is the tenant's (Microsoft 365 names its own value per domain). */
export function useDomainVerificationRecord(tenantId: MaybeRefOrGetter<string>, domain: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => [...tenantKeys.one(toValue(tenantId)), 'verificationRecord', toValue(domain)],
    query: (): Promise<VerificationRecord> =>
      useBackend().domains.verificationRecord(toValue(tenantId), toValue(domain)),
  })
}

/** The mail records (MX, Autodiscover, SPF) of a tenant's domain, as its backend's service names them. */
export function useDomainMailRecords(tenantId: MaybeRefOrGetter<string>, domain: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => [...tenantKeys.one(toValue(tenantId)), 'mailRecords', toValue(domain)],
    query: (): Promise<DnsRecord[]> => useBackend().domains.mailRecords(toValue(tenantId), toValue(domain)),
  })
}

export type DomainAction = 'add' | 'verify' | 'setDefault' | 'remove'
export interface DomainChange {
  readonly action: DomainAction
  readonly tenantId: string
  readonly name: string
}

/** Adds, verifies, makes default or removes one of a tenant's domains. */
export function useDomainChange(onSaved?: (changed: TenantWithSubscriptions, change: DomainChange) => void) {
  return useTenantWrite(
    ({ action, tenantId, name }: DomainChange) => useBackend().domains[action](tenantId, name),
    onSaved,
  )
}

export type SubscriptionChange =
  | {
      readonly kind: 'add'
      readonly tenantId: string
      readonly offerId: OfferId
      readonly seats: number
      readonly billing: BillingChoice
    }
  | { readonly kind: 'seats'; readonly subscription: Subscription; readonly seats: number }
  | { readonly kind: 'convert'; readonly subscription: Subscription }
  | { readonly kind: 'move'; readonly subscription: Subscription; readonly to: OfferId }
  | { readonly kind: 'cancel'; readonly subscription: Subscription }

function changeSubscription(change: SubscriptionChange): Promise<TenantWithSubscriptions> {
  const subscriptions = useBackend().subscriptions
  if (change.kind === 'add') return subscriptions.add(change.tenantId, change.offerId, change.seats, change.billing)
  const { tenantId, id } = change.subscription
  if (change.kind === 'seats') return subscriptions.changeSeats(tenantId, id, change.seats)
  if (change.kind === 'convert') return subscriptions.convertToPaid(tenantId, id)
  if (change.kind === 'move') return subscriptions.move(tenantId, id, change.to)
  return subscriptions.cancel(tenantId, id)
}

/** Buys an offer, changes seats, converts a trial, moves to another offer or cancels one. */
export function useSubscriptionChange(
  onSaved?: (changed: TenantWithSubscriptions, change: SubscriptionChange) => void,
) {
  return useTenantWrite(changeSubscription, onSaved)
}

/** Records a client's workstations and how many have Office Pro: not a console write, so any tenant may. */
export function useWorkstationsChange(onSaved?: () => void) {
  return useTenantWrite(
    ({ tenantId, count }: { tenantId: string; count: WorkstationCount }) =>
      useBackend().tenants.updateWorkstations(tenantId, count),
    onSaved,
  )
}
