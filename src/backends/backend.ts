import type { ActivityRepository } from './contract/activity'
import type { BaselineRepository } from './contract/baselines'
import type { ChangesElsewhere } from './contract/changesElsewhere'
import type { BackendCapabilities } from './contract/capabilities'
import type { DataAdmin } from './contract/dataAdmin'
import type { DomainRepository } from './contract/domains'
import type { ExchangeRepository } from './contract/exchange'
import type { PartnerRepository } from './contract/partner'
import type { PricingRepository } from './contract/pricing'
import type { QuoteRepository } from './contract/quotes'
import type { SearchRepository } from './contract/search'
import type { ServiceRepository } from './contract/services'
import type { SettingsRepository } from './contract/settings'
import type { SharePointRepository } from './contract/sharePoint'
import type { SkippedRecord } from './contract/skippedRecords'
import type { SubscriptionRepository } from './contract/subscriptions'
import type { TenantRepository } from './contract/tenants'
import type { UserRepository } from './contract/users'

// The backend's contract, one file per area under contract/ (errors, capabilities, one repository
// each, dataAdmin), composed here; importing from '@/backends/backend' reaches all of it.
export * from './contract/errors'
export * from './contract/capabilities'
export * from './contract/partner'
export * from './contract/tenants'
export * from './contract/settings'
export * from './contract/users'
export * from './contract/tenantRecords'
export * from './contract/exchange'
export * from './contract/sharePoint'
export * from './contract/subscriptions'
export * from './contract/domains'
export * from './contract/baselines'
export * from './contract/activity'
export * from './contract/services'
export * from './contract/pricing'
export * from './contract/quotes'
export * from './contract/search'
export * from './contract/dataAdmin'
export * from './contract/skippedRecords'
export * from './contract/versions'
export * from './contract/changesElsewhere'

/**
 * The data this console reads and writes, whatever keeps it (this browser or Microsoft 365),
 * one repository per area. Every write checks the domain's rules itself (console availability,
 * offer capabilities, seats): the interface hiding a control is never the restriction.
 */
export interface Backend {
  readonly partner: PartnerRepository
  readonly tenants: TenantRepository
  readonly settings: SettingsRepository
  readonly users: UserRepository
  readonly exchange: ExchangeRepository
  readonly sharePoint: SharePointRepository
  readonly subscriptions: SubscriptionRepository
  readonly domains: DomainRepository
  readonly baselines: BaselineRepository
  readonly activity: ActivityRepository
  readonly services: ServiceRepository
  readonly pricing: PricingRepository
  readonly quotes: QuoteRepository
  /** One search across every client tenant's tenants, domains and users (the top bar's). */
  readonly search: SearchRepository
  /** What this backend can do: the interface shows the rest as unavailable, with the reason. */
  readonly capabilities: BackendCapabilities
  /**
   * Where a new tenant's initial domain lives, when not BPOS's `microsoftonline.com` (the demo's):
   * Microsoft 365 creates `<prefix>.onmicrosoft.com`.
   */
  readonly initialDomainSuffix?: string
  /** Present when the data live in this browser: reset, bulk load, export and import. */
  readonly dataAdmin?: DataAdmin
  /**
   * The shared records the reads so far left out because they can't be read; absent where every
   * record is the console's own (this browser's), which can't be edited by hand.
   */
  readonly skippedRecords?: () => readonly SkippedRecord[]
  /** Where other tabs share the data (this browser's demo): the page hears of their writes. */
  readonly changedElsewhere?: ChangesElsewhere
}
