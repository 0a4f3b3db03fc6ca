import type { IsoDate } from '@/domain/dates'
import type { Partner, Subscription, Tenant } from '@/domain/tenant/tenant'
import type { ActivityDraft } from '../records/activity'
import type { ConsoleDatabase } from './db'
import type { SeedLanguage } from './seed/seedBaselines'
import { localIsoDate } from '@/domain/dates'
import { noConsoleReason } from '@/domain/tenant/policy'
import { BackendError, ConsoleUnavailable } from '../backend'
import { activityEntry } from '../records/activity'
import { withSubscriptions } from './records'
import { demoPartner } from './seed/demoPartner'
import { guard } from './storageErrors'

export interface LoadedTenant {
  readonly tenant: Tenant
  readonly subscriptions: Subscription[]
}

/**
 * What every repository of the embedded backend shares: the database, the clock, the guard that
 * turns the browser's refusals into `storage` errors, and the activity log.
 */
export interface LocalContext {
  readonly db: ConsoleDatabase
  readonly now: () => Date
  /** The console's language, for the demo records written when it is seeded or reset. */
  readonly seedLanguage: () => SeedLanguage
  /** The calendar date on the person's own clock. */
  today: () => IsoDate
  /** Seeds on first use, then runs `work`; storage failures become `BackendError('storage')`. */
  run: <T>(operation: string, work: () => Promise<T>) => Promise<T>
  partner: () => Promise<Partner>
  /** Appends to the activity log; call inside the write's transaction so both land or neither. */
  log: (draft: ActivityDraft, at: Date) => Promise<void>
  /** The tenant and its subscriptions, or `notFound`. */
  loadTenant: (tenantId: string) => Promise<LoadedTenant>
  /** The tenant, or `ConsoleUnavailable` (with why: Deskless only, trial ended, cancelled) when it has no console. */
  loadConsoleTenant: (tenantId: string) => Promise<LoadedTenant>
}

export function createLocalContext(
  db: ConsoleDatabase,
  now: () => Date,
  ensureReady: () => Promise<void>,
  seedLanguage: () => SeedLanguage = () => 'en',
  /** Called in every write's transaction (each logs): other tabs hear of it once it commits. */
  announceWrite: () => void = () => {},
): LocalContext {
  async function partner(): Promise<Partner> {
    return ((await db.meta.get('partner'))?.value as Partner | undefined) ?? demoPartner
  }

  async function loadTenant(tenantId: string): Promise<LoadedTenant> {
    const record = await db.tenants.get(tenantId)
    if (!record) throw new BackendError('notFound', `There is no tenant ${tenantId}`)
    const [loaded] = withSubscriptions([record], await db.subscriptions.where('tenantId').equals(tenantId).toArray())
    return loaded as LoadedTenant
  }

  return {
    db,
    now,
    seedLanguage,
    today: () => localIsoDate(now()),
    run: (operation, work) =>
      guard(operation, async () => {
        await ensureReady()
        return work()
      }),
    partner,
    log: async (draft, at) => {
      await db.activity.add(activityEntry(draft, (await partner()).actor, at))
      announceWrite()
    },
    loadTenant,
    loadConsoleTenant: async tenantId => {
      const loaded = await loadTenant(tenantId)
      const reason = noConsoleReason(loaded.subscriptions, localIsoDate(now()))
      if (reason)
        throw new ConsoleUnavailable(reason, `${loaded.tenant.companyName} has no application console (${reason})`)
      return loaded
    },
  }
}
