import type { Table } from 'dexie'
import type { FeatureId } from '@/domain/catalogue'
import type { Tenant } from '@/domain/tenant/tenant'
import type { ActivityDraft } from '../records/activity'
import type { LocalContext } from './context'
import { ownRecord } from '../records/checks'
import { requireFeature } from './consoleChecks'

/** How one kind of a tenant's records (a sender, a distribution list, a site…) is removed and logged. */
export interface TenantRecordRemoval<T extends { readonly id: string; readonly tenantId: string }> {
  /** What the console was doing, for a storage failure's message: `delete the mail contact`. */
  readonly operation: string
  readonly table: Table<T, string, Partial<T>>
  /** The tenant's offers must include it: removing is customising the tenant. */
  readonly feature: FeatureId
  /** For "There is no such … in this tenant". */
  readonly noun: string
  readonly activity: (record: T, tenant: Tenant) => Omit<ActivityDraft, 'tenant'>
}

/**
 * Removes one of a tenant's records in one transaction with its activity entry: the tenant must
 * still have a console and the feature, and the record must be this tenant's.
 */
export function removeTenantRecord<T extends { readonly id: string; readonly tenantId: string }>(
  context: LocalContext,
  removal: TenantRecordRemoval<T>,
  tenantId: string,
  recordId: string,
): Promise<void> {
  const { db, run } = context
  return run(removal.operation, () =>
    db.transaction('rw', [db.tenants, db.subscriptions, db.activity, db.meta, removal.table], async () => {
      const loaded = await context.loadConsoleTenant(tenantId)
      requireFeature(context, loaded, removal.feature)
      const record = ownRecord(await removal.table.get(recordId), tenantId, removal.noun)
      const at = context.now()
      await removal.table.delete(recordId)
      await context.log({ ...removal.activity(record, loaded.tenant), tenant: loaded.tenant }, at)
    }),
  )
}
