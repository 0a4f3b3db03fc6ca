import type { Backend, DataAdmin } from '../backend'
import type { ConsoleExport } from './import/exportFormat'
import type { SeedLanguage } from './seed/seedBaselines'
import { ALL_CAPABLE } from '../backend'
import { createActivityRepository } from './activityRepository'
import { createLocalContext } from './context'
import { guardDoors } from '../doorGuard'
import { ConsoleDatabase } from './db'
import { lazyRepository } from './lazyRepository'
import { createPricingRepository } from './pricingRepository'
import { createSettingsRepository } from './settingsRepository'
import { guard } from './storageErrors'
import { createTabChanges } from './tabChanges'
import { createTenantRepository } from './tenantsRepository'

export { MAX_GENERATED_TENANTS } from './dataAdminLimits'

/** The embedded backend, whose data admin speaks its own export format. */
export type LocalBackend = Omit<Backend, 'dataAdmin'> & { readonly dataAdmin: DataAdmin<ConsoleExport> }

export interface LocalBackendOptions {
  /** Where the data live; tests pass a database with a fresh name. */
  readonly db?: ConsoleDatabase
  /** The clock behind dates, trials and the activity log; tests fix it. */
  readonly now?: () => Date
  /** The console's language when the demo is seeded; English unless told. */
  readonly seedLanguage?: () => SeedLanguage
}

/**
 * The embedded backend: everything in this browser's IndexedDB, seeded with the demo partner on
 * first use. Every write is one transaction, so a failure leaves nothing half-stored.
 */
export function createLocalBackend(options: LocalBackendOptions = {}): LocalBackend {
  const db = options.db ?? new ConsoleDatabase()
  const now = options.now ?? (() => new Date())
  const seedLanguage = options.seedLanguage ?? (() => 'en')
  // A first visit is seeded in the language the console opened in, whenever its first read comes: switching language
  // while the page loads doesn't change which demo partner (and currency) it gets. A reset seeds in the language of
  // the moment.
  const openedIn = seedLanguage()

  // Seeding is checked inside the transaction, so two tabs opening at once seed only once.
  let ready: Promise<void> | undefined
  function ensureReady(): Promise<void> {
    ready ??= guard('open its data', async () => {
      if (await db.meta.get('partner')) return
      // The demo data load only on a browser's first visit. Loaded before the transaction opens:
      // awaiting a module inside a Dexie transaction would let it commit early.
      const { writeDemo } = await import('./seed/seeding')
      await db.transaction('rw', db.allTables, async () => {
        if (!(await db.meta.get('partner'))) await writeDemo(db, now(), openedIn)
      })
    }).catch((error: unknown) => {
      ready = undefined
      throw error
    })
    return ready
  }

  const tabs = createTabChanges(db.name)
  const context = createLocalContext(db, now, ensureReady, seedLanguage, tabs.announceOnCommit)

  // Every write's arguments are type-checked at the door, before any rule reads them.
  return guardDoors({
    partner: lazyRepository(async () => (await import('./partnerRepository')).createPartnerRepository(context)),
    tenants: createTenantRepository(context),
    settings: createSettingsRepository(context),
    // The console's areas load with their first use; the tenant list needs none of them.
    users: lazyRepository(async () => (await import('./usersRepository')).createUserRepository(context)),
    exchange: {
      senders: lazyRepository(async () => (await import('./exchangeRepository')).createSenderRepository(context)),
      distributionLists: lazyRepository(async () =>
        (await import('./exchangeRepository')).createDistributionListRepository(context),
      ),
      contacts: lazyRepository(async () => (await import('./exchangeRepository')).createContactRepository(context)),
    },
    sharePoint: lazyRepository(async () =>
      (await import('./sharePointRepository')).createSharePointRepository(context),
    ),
    subscriptions: lazyRepository(async () =>
      (await import('./subscriptionsRepository')).createSubscriptionRepository(context),
    ),
    domains: lazyRepository(async () => (await import('./domainsRepository')).createDomainRepository(context)),
    baselines: lazyRepository(async () => (await import('./baselinesRepository')).createBaselineRepository(context)),
    services: lazyRepository(async () => (await import('./servicesRepository')).createServiceRepository(context)),
    quotes: lazyRepository(async () => (await import('./quotesRepository')).createQuoteRepository(context)),
    search: lazyRepository(async () => (await import('./searchRepository')).createSearchRepository(context)),
    activity: createActivityRepository(context),
    pricing: createPricingRepository(context),
    capabilities: ALL_CAPABLE,
    dataAdmin: lazyRepository(async () => (await import('./dataAdmin')).createDataAdmin(context)),
    changedElsewhere: tabs.listen,
  })
}
