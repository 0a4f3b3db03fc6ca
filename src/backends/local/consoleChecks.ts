import type { FeatureId } from '@/domain/catalogue'
import type { ValidationIssue } from '@/domain/validation'
import type { LoadedTenant, LocalContext } from './context'
import { tenantFeatures } from '@/domain/policy'
import { BackendError } from '../backend'

// Checks the console's object repositories (Exchange, SharePoint) make inside their write transactions.

/** Refuses a write the tenant's live offers can't carry: the capability, not a hidden button, is the rule. */
export function requireFeature(context: LocalContext, { tenant, subscriptions }: LoadedTenant, feature: FeatureId): void {
  if (!tenantFeatures(subscriptions, context.today()).has(feature))
    throw new BackendError('featureUnavailable', `${tenant.companyName}'s offers don't include ${feature}`, [{ field: feature, code: 'notAvailable' }])
}

/** Refuses input that breaks a domain rule, with every issue found. */
export function refuseInvalid(issues: readonly ValidationIssue[], what: string): void {
  if (issues.length > 0)
    throw new BackendError('validation', `The ${what} breaks a rule: ${issues.map(issue => `${issue.field} ${issue.code}`).join(', ')}`, issues)
}

/** One of the tenant's records, or `notFound`: another tenant's record is as good as none. */
export function ownRecord<T extends { readonly tenantId: string }>(record: T | undefined, tenantId: string, what: string): T {
  if (!record || record.tenantId !== tenantId)
    throw new BackendError('notFound', `There is no such ${what} in this tenant`)
  return record
}

/** Oldest first, the order a person added them. */
export function byCreation<T extends { readonly createdAt: string, readonly id: string }>(a: T, b: T): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)
}
