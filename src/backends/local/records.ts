import type { ActivityEntry } from '@/domain/activityLog'
import type { Subscription, Tenant, TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { ActivityRecord, TenantRecord } from './db'
import { catalogue } from '@/domain/catalogue'
import { initialDomainPrefix } from '@/domain/tenant/tenant'

const offerOrder = new Map(catalogue.offers.map((offer, index) => [offer.id, index]))

// Oldest first, suites before stand-alone offers: the order a reader expects on a tenant's page.
export function compareSubscriptions(a: Subscription, b: Subscription): number {
  return (
    a.startedOn.localeCompare(b.startedOn) ||
    (offerOrder.get(a.offerId) ?? 0) - (offerOrder.get(b.offerId) ?? 0) ||
    a.id.localeCompare(b.id)
  )
}

export function toRecord(tenant: Tenant): TenantRecord {
  return { ...tenant, initialPrefix: initialDomainPrefix(tenant) }
}

// Explicit fields, so storage-only ones (initialPrefix, seq) never leak to callers or exports.
export function toTenant(record: TenantRecord): Tenant {
  const { id, companyName, contact, country, address, language, domains, createdAt, workstations } = record
  return {
    id,
    companyName,
    contact,
    country,
    ...(address ? { address } : {}),
    language,
    domains,
    createdAt,
    ...(workstations ? { workstations } : {}),
  }
}

export function toEntry(record: ActivityRecord): ActivityEntry {
  const { id, at, actor, tenantId, tenantName, area, action, details, changes } = record
  return { id, at, actor, tenantId, tenantName, area, action, details, ...(changes ? { changes } : {}) }
}

export function withSubscriptions(
  records: readonly TenantRecord[],
  subscriptions: readonly Subscription[],
): TenantWithSubscriptions[] {
  const byTenant = new Map<string, Subscription[]>()
  for (const subscription of subscriptions) {
    const list = byTenant.get(subscription.tenantId)
    if (list) list.push(subscription)
    else byTenant.set(subscription.tenantId, [subscription])
  }
  return records.map(record => ({
    tenant: toTenant(record),
    subscriptions: (byTenant.get(record.id) ?? []).sort(compareSubscriptions),
  }))
}
