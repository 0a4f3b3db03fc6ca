import type { FeatureId } from '@/domain/catalogue'
import type { LoadedTenant, LocalContext } from './context'
import { tenantFeatures } from '@/domain/tenant/policy'
import { BackendError } from '../backend'

// Checks the console's object repositories (Exchange, SharePoint) make inside their write transactions.

/** Refuses a write the tenant's live offers can't carry: the capability, not a hidden button, is the rule. */
export function requireFeature(
  context: LocalContext,
  { tenant, subscriptions }: LoadedTenant,
  feature: FeatureId,
): void {
  if (!tenantFeatures(subscriptions, context.today()).has(feature))
    throw new BackendError('featureUnavailable', `${tenant.companyName}'s offers don't include ${feature}`, [
      { field: feature, code: 'notAvailable' },
    ])
}
