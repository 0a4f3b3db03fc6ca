import type { ActivityArea, ActivityEntry } from '@/domain/activityLog'
import type { OfferId } from '@/domain/catalogue'
import type { Baseline, BaselineInput, BaselinePlan, SkippedSetting } from '@/domain/console/baselines'
import type { DistributionList, DistributionListInput, MailContact, MailContactInput } from '@/domain/console/exchange'
import type { SenderEntry, SenderListKind } from '@/domain/console/senders'
import type { SettingChange, SettingKey, TenantSettings } from '@/domain/console/settings'
import type { SiteCollection, SiteTemplate } from '@/domain/console/sharePoint'
import type { AddOn, AddOnFilter, AddOnInput, AddOnStatus } from '@/domain/ledger/addOns'
import type { PriceList } from '@/domain/pricing/pricing'
import type { Quote, QuoteInput } from '@/domain/quotes/quotes'
import type { VerificationRecord } from '@/domain/tenant/domains'
import type { BillingChoice, ProvisionRequest } from '@/domain/tenant/provisioning'
import type { Partner, Tenant, TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { WorkstationCount } from '@/domain/tenant/workstations'
import type { TenantUser, UserExchangeOverrides, UserInput, UserWorkload } from '@/domain/users/users'
import type { ValidationIssue } from '@/domain/validation'

/** Why a backend call failed, stable enough for the interface to say what to do next. */
export type BackendErrorCode =
  | 'validation' // the input breaks a domain rule: `issues` says which field and why
  | 'notFound' // the tenant (or record) no longer exists
  | 'consoleUnavailable' // the tenant's offers give no application console (Deskless only)
  | 'featureUnavailable' // the tenant's offers don't include what the change needs
  | 'unsupported' // this backend can't do it (the reason is in the message)
  | 'storage' // the browser refused the write (quota, private mode, blocked database)
  | 'invalidImport' // an import file is not a console export, or its data break a rule
  | 'conflict' // someone changed the record elsewhere since it was read: reload, then change it again
  | 'unauthorized' // the sign-in expired or lacks a permission: sign in again
  | 'remote' // the online service failed or kept refusing (throttling); trying again later may work
  | 'pending' // the service did it, but it doesn't show yet where the console reads it (Microsoft 365 propagates changes): don't do it again
  | 'notLogged' // the change was made, but its activity entry could not be written (`ChangeNotLogged` carries the result)

export class BackendError extends Error {
  constructor(
    readonly code: BackendErrorCode,
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'BackendError'
  }
}

/**
 * The change was made (the result is `result`, what the call would have returned), but its
 * activity entry could not be written, even after retries: not a failure of the change.
 */
export class ChangeNotLogged<T = unknown> extends BackendError {
  constructor(
    readonly result: T,
    message: string,
    options?: ErrorOptions,
  ) {
    super('notLogged', message, [], options)
    this.name = 'ChangeNotLogged'
  }
}

export function isBackendError(error: unknown, code?: BackendErrorCode): error is BackendError {
  return error instanceof BackendError && (code === undefined || error.code === code)
}

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
  /** What this backend can do: the interface shows the rest as unavailable, with the reason. */
  readonly capabilities: BackendCapabilities
  /**
   * Where a new tenant's initial domain lives, when not BPOS's `microsoftonline.com` (the demo's):
   * Microsoft 365 creates `<prefix>.onmicrosoft.com`.
   */
  readonly initialDomainSuffix?: string
  /** Present when the data live in this browser: reset, bulk load, export and import. */
  readonly dataAdmin?: DataAdmin
}

type RepositoryName = Exclude<keyof Backend, 'capabilities' | 'initialDomainSuffix' | 'dataAdmin'>
/** The methods of a repository, named from `Prefix`, and those of the repositories it groups. */
type MethodNames<R, Prefix extends string> = {
  [K in Extract<keyof R, string>]: R[K] extends (...args: never[]) => unknown
    ? `${Prefix}.${K}`
    : MethodNames<R[K], `${Prefix}.${K}`>
}[Extract<keyof R, string>]
/** One repository method, e.g. `tenants.provision` or `exchange.contacts.add`. */
export type BackendAction = { [R in RepositoryName]: MethodNames<Backend[R], R> }[RepositoryName]

/**
 * Why a backend can't do something, as a stable key the interface translates
 * (`backend.unavailable.<reason>`): Microsoft 365 keeps some things out of Graph's reach.
 */
export type UnavailableReason =
  | 'partnerCenter' // buying, seats and new tenants go through Partner Center, not Graph
  | 'partnerCenterPortal' // with Partner Center configured: done in Partner Center itself, not from the console yet
  | 'exchangeAdmin' // tenant-wide Exchange protocols, mailbox sizes and sender lists need Exchange's admin API
  | 'communications' // instant messaging and federation are Teams admin settings, outside Graph
  | 'notInGraph' // Graph has no equivalent of this BPOS feature
  | 'partnerRecords' // kept in the partner's SharePoint list, not available on this backend yet
  | 'notYetOnGraph' // Graph can do it; this version of the console doesn't yet
  | 'appOnly' // Microsoft allows it only to an app's own token in the customer's tenant (the partner relay's)

export type Capability =
  { readonly available: true } | { readonly available: false; readonly reason: UnavailableReason }

export interface BackendCapabilities {
  /** Whether a repository method works here; the repositories refuse the others with `unsupported`. */
  readonly action: (action: BackendAction) => Capability
  /** Whether a tenant-wide setting can be read and changed here (the offers' rules apply on top). */
  readonly setting: (key: SettingKey) => Capability
  /**
   * How a user import lands: `allOrNothing` (one transaction; the default when absent), or
   * `rowByRow` where the service has no transaction (Microsoft 365): some rows may be created
   * while others are refused, and the result says which.
   */
  readonly userImport?: 'allOrNothing' | 'rowByRow'
}

/** Everything available: the embedded backend keeps every part of the console itself. */
export const ALL_CAPABLE: BackendCapabilities = {
  action: () => ({ available: true }),
  setting: () => ({ available: true }),
}

export interface PartnerRepository {
  /** The signed-in partner (the demo partner on embedded data). */
  get: () => Promise<Partner>
}

/**
 * An administrator role the console needs in a client tenant, granted to the partner's technicians
 * through GDAP (each needs its own: reading, users, licences, domains, SharePoint, Exchange, consent).
 */
export type AdminRole =
  | 'directoryReaders'
  | 'userAdministrator'
  | 'licenseAdministrator'
  | 'domainNameAdministrator'
  | 'sharePointAdministrator'
  | 'exchangeAdministrator'
  | 'cloudApplicationAdministrator'

/** Why the console can't read a client tenant yet, and so who must act. */
export type TenantAccessProblem =
  | { readonly kind: 'signInNeeded' } // the technician, at that tenant's sign-in (MFA, an expired session)
  | { readonly kind: 'consentNeeded'; readonly canConsent: boolean } // an admin consent there: the technician's if `canConsent`
  | { readonly kind: 'noRole'; readonly missingRoles: readonly AdminRole[] } // roles granted in Partner Center (GDAP)

/** A client tenant the backend knows of but could not read, named as GDAP names it. */
export interface UnreadableTenant {
  readonly tenantId: string
  readonly companyName: string
  readonly problem: TenantAccessProblem
}

/** The partner's tenants as the lists show them: those read, and the others with why each wasn't. */
export interface TenantListing {
  readonly tenants: TenantWithSubscriptions[]
  readonly unreadable: readonly UnreadableTenant[]
}

/** A client tenant as the partner's directory names it, before it is read. */
export interface TenantName {
  readonly tenantId: string
  readonly companyName: string
}

/**
 * The partner's client tenants as a list first shows them: every one by name, and those the
 * backend had at hand (all of them in this browser; on Microsoft 365, those already read this
 * session). The rest are read with `read` as they are needed.
 */
export interface TenantDirectory {
  readonly names: readonly TenantName[]
  readonly known: TenantListing
}

export interface TenantRepository {
  /**
   * Every client tenant it can read, each with its subscriptions, and the others named with why,
   * never asking the person to act. (No plain `list`: a caller that ignored `unreadable` would
   * show a partial list as the whole.)
   */
  listing: () => Promise<TenantListing>
  /** Every client tenant by name at once, with those at hand already read. */
  directory: () => Promise<TenantDirectory>
  /**
   * These tenants read (or named unreadable, with why), never asking the person to act; on
   * Microsoft 365 a few at a time, and kept for the session.
   */
  read: (tenantIds: readonly string[]) => Promise<TenantListing>
  /** One tenant with its subscriptions, or `undefined` when there is none with that id. */
  get: (tenantId: string) => Promise<TenantWithSubscriptions | undefined>
  /** Initial-domain prefixes already used by the partner's tenants, for the uniqueness rule. */
  domainPrefixes: () => Promise<Set<string>>
  /** Validates and creates a tenant with its subscriptions (and its baseline, if chosen) in one step. */
  provision: (request: ProvisionRequest & { readonly baselineId?: string | null }) => Promise<TenantWithSubscriptions>
  /** Records the client's workstations and how many have Office Pro; not a console write, so any tenant may. */
  updateWorkstations: (tenantId: string, count: WorkstationCount) => Promise<TenantWithSubscriptions>
}

/** Building blocks a tenant buys. Each call returns the tenant with all its subscriptions as they now are. */
export interface SubscriptionRepository {
  /** Adds a catalogue offer the tenant doesn't have live yet. */
  add: (tenantId: string, offerId: OfferId, seats: number, billing: BillingChoice) => Promise<TenantWithSubscriptions>
  /** Changes the seats bought; never below the licences assigned or the offer's minimum. */
  changeSeats: (tenantId: string, subscriptionId: string, seats: number) => Promise<TenantWithSubscriptions>
  /** Turns a trial (running or ended) into a paid subscription, keeping its seats and users. */
  convertToPaid: (tenantId: string, subscriptionId: string) => Promise<TenantWithSubscriptions>
  /**
   * Moves a subscription to another offer (Deskless Worker Suite → Standard Suite), keeping seats
   * and users; when the tenant already runs that offer, they join that subscription and this one ends.
   */
  move: (tenantId: string, subscriptionId: string, toOfferId: OfferId) => Promise<TenantWithSubscriptions>
  /** Cancels from today; users keep their accounts but lose the licence. */
  cancel: (tenantId: string, subscriptionId: string) => Promise<TenantWithSubscriptions>
}

/** Custom domains; each call returns the tenant as it now is. */
export interface DomainRepository {
  add: (tenantId: string, name: string) => Promise<Tenant>
  /** The DNS record the tenant's owner publishes to prove the domain is theirs. */
  verificationRecord: (tenantId: string, name: string) => Promise<VerificationRecord>
  /** Marks a domain verified once its DNS record is in place (`validation`, code `dnsRecordMissing`, when it isn't). */
  verify: (tenantId: string, name: string) => Promise<Tenant>
  /** The domain new users get by default; it must be verified. */
  setDefault: (tenantId: string, name: string) => Promise<Tenant>
  /** Removes a custom domain no user uses; the initial microsoftonline.com domain stays. */
  remove: (tenantId: string, name: string) => Promise<Tenant>
}

/** A tenant's Exchange, SharePoint and communications settings, and the baseline it follows. */
export interface TenantConfiguration {
  readonly tenantId: string
  readonly settings: TenantSettings
  readonly baselineId: string | null
  /**
   * The settings this backend couldn't read (none when absent): their values in `settings` are
   * placeholders; they show as not readable and never count as drift (Microsoft 365: Exchange's
   * and communications' switches, which Graph doesn't expose).
   */
  readonly unknownSettings?: readonly SettingKey[]
}

export interface SettingsRepository {
  get: (tenantId: string) => Promise<TenantConfiguration>
  /** Every tenant's configuration, for drift on the tenant list. */
  list: () => Promise<TenantConfiguration[]>
  /** Changes some settings at once; refuses all of them if one is unavailable or invalid. */
  update: (tenantId: string, changes: Partial<TenantSettings>) => Promise<TenantConfiguration>
}

/** A user just created, with the temporary password to hand over: shown once, stored nowhere in clear. */
export interface CreatedUser {
  readonly user: TenantUser
  readonly temporaryPassword: string
}

/**
 * What one row of a row-by-row import came to (`row` is its index among the inputs): created;
 * created without the licence it asked for (`issues` say why); or refused, creating nobody.
 */
export type UserImportRow =
  | { readonly row: number; readonly outcome: 'created'; readonly user: TenantUser }
  | {
      readonly row: number
      readonly outcome: 'unlicensed'
      readonly user: TenantUser
      readonly issues: readonly ValidationIssue[]
    }
  | { readonly row: number; readonly outcome: 'refused'; readonly issues: readonly ValidationIssue[] }

/** Result of a user import: every row created, or (row by row) what each row came to. */
export interface UserImportResult {
  readonly created: readonly TenantUser[]
  /** Where imports go row by row (`capabilities.userImport`): every row's outcome, in input order. */
  readonly rows?: readonly UserImportRow[]
  /** The users were created, but the activity entry recording the import could not be written, even after retries. */
  readonly notLogged?: boolean
}

export interface UserRepository {
  list: (tenantId: string) => Promise<TenantUser[]>
  /**
   * Creates a user with a temporary password to change at first sign-in; refuses with `validation`
   * (field issues, `noSeatsLeft` with how many are left).
   */
  create: (tenantId: string, input: UserInput) => Promise<CreatedUser>
  update: (tenantId: string, userId: string, input: UserInput) => Promise<TenantUser>
  /**
   * Checks every row first and refuses the whole file (`validation`, issues naming the row as
   * `rows[<index>].<field>`) if one breaks a rule; then creates every user or none, or, where
   * `capabilities.userImport` is `rowByRow`, each row it can and says in `rows` what each came to.
   */
  importMany: (tenantId: string, inputs: readonly UserInput[]) => Promise<UserImportResult>
  setBlocked: (tenantId: string, userId: string, blocked: boolean) => Promise<TenantUser>
  /** Turns services on or off for one user, within what their licence includes. */
  setServices: (
    tenantId: string,
    userId: string,
    services: Partial<Record<UserWorkload, boolean>>,
  ) => Promise<TenantUser>
  /** Per-user Exchange overrides (protocols, mailbox size) within the licence and the tenant's settings. */
  setExchangeOverrides: (tenantId: string, userId: string, overrides: UserExchangeOverrides) => Promise<TenantUser>
  /** Returns a new temporary password, shown once and never stored in clear. */
  resetPassword: (tenantId: string, userId: string) => Promise<string>
  remove: (tenantId: string, userId: string) => Promise<void>
}

/**
 * One kind of a tenant's records (sender entries, distribution lists, mail contacts): read whole,
 * added and removed one at a time. Each write checks the tenant's console and offers first.
 */
export interface TenantRecordRepository<T, Input> {
  /** The tenant's records, in the order the console shows them. */
  list: (tenantId: string) => Promise<T[]>
  /** Validates and adds one record; refuses it with `validation` issues field by field. */
  add: (tenantId: string, input: Input) => Promise<T>
  /** Removes one of the tenant's records (`notFound` when the tenant has no such record). */
  remove: (tenantId: string, recordId: string) => Promise<void>
}

/** A sender to put on one of the tenant's Forefront lists (a domain or an address). */
export interface SenderEntryInput {
  readonly list: SenderListKind
  readonly value: string
}

/** A tenant's Exchange objects, each kind its own record repository. */
export interface ExchangeRepository {
  /** Both sender lists as one set of entries: a sender is on one list at most. */
  readonly senders: TenantRecordRepository<SenderEntry, SenderEntryInput>
  readonly distributionLists: TenantRecordRepository<DistributionList, DistributionListInput>
  readonly contacts: TenantRecordRepository<MailContact, MailContactInput>
}

/** Storage a tenant's SharePoint has and uses, in megabytes. */
export interface SharePointStorage {
  readonly allottedMb: number
  readonly usedMb: number
  /** What site quotas already reserve; a new site's quota must fit in the rest. */
  readonly reservedMb: number
}

export interface SharePointRepository {
  listSites: (tenantId: string) => Promise<SiteCollection[]>
  createSite: (
    tenantId: string,
    input: { title: string; path: string; template: SiteTemplate; quotaMb: number },
  ) => Promise<SiteCollection>
  removeSite: (tenantId: string, siteId: string) => Promise<void>
  storage: (tenantId: string) => Promise<SharePointStorage>
}

/** What applying a baseline did (or would do) to one tenant. */
export type BaselineOutcome =
  | {
      readonly tenantId: string
      readonly status: 'applied' | 'unchanged'
      readonly changes: readonly SettingChange[]
      readonly skipped: readonly SkippedSetting[]
    }
  | { readonly tenantId: string; readonly status: 'skipped'; readonly reason: 'noConsole' | 'notFound' | 'noAccess' }
  | { readonly tenantId: string; readonly status: 'failed'; readonly message: string }

export interface BaselineRepository {
  list: () => Promise<Baseline[]>
  create: (input: BaselineInput) => Promise<Baseline>
  update: (baselineId: string, input: BaselineInput) => Promise<Baseline>
  remove: (baselineId: string) => Promise<void>
  /** What applying the baseline would change on each tenant, without changing anything. */
  preview: (baselineId: string, tenantIds: readonly string[]) => Promise<{ tenantId: string; plan: BaselinePlan }[]>
  /** Applies the baseline tenant by tenant (each one all or nothing) and says what happened to each. */
  apply: (baselineId: string, tenantIds: readonly string[]) => Promise<BaselineOutcome[]>
}

/** The partner's price list: what every price, bill and fee in the console is worked out from. */
export interface PricingRepository {
  /** The stored price list, or the catalogue's list prices in dollars until the partner changes them. */
  get: () => Promise<PriceList>
  /** Replaces the price list (currency and every offer's price); refuses it whole with `validation`. */
  update: (priceList: PriceList) => Promise<PriceList>
}

/**
 * The partner's own services sold around the subscription. Not console writes: a Deskless-only
 * tenant can buy an installation or a migration too.
 */
export interface ServiceRepository {
  /** Services of one tenant or the whole partner, in the order they were recorded, filtered on the service's date. */
  list: (filter?: AddOnFilter) => Promise<AddOn[]>
  /** Records a quoted service at the price list's currency; refuses it with `validation` issues field by field. */
  create: (tenantId: string, input: AddOnInput) => Promise<AddOn>
  /** Changes a service not yet invoiced or cancelled (`validation`, field `status`, code `closed` otherwise). */
  update: (tenantId: string, serviceId: string, input: AddOnInput) => Promise<AddOn>
  /**
   * Moves a service one allowed step (`transitionNotAllowed` otherwise); delivering stamps today if no date was set.
   */
  setStatus: (tenantId: string, serviceId: string, status: AddOnStatus) => Promise<AddOn>
  /** Deletes a service not yet invoiced or cancelled: those are history. */
  remove: (tenantId: string, serviceId: string) => Promise<void>
}

/** What provisioning still needs when a quote becomes a tenant: its offers and seats come from the quote. */
export interface QuoteConversion extends Omit<ProvisionRequest, 'lines' | 'billing'> {
  readonly baselineId?: string | null
}

/**
 * Quotes for prospects. Offers are priced at the partner's price list when a quote is saved; a
 * converted quote is history (`validation`, field `status`, code `closed`, on any change).
 */
export interface QuoteRepository {
  /** Every quote, newest first. */
  list: () => Promise<Quote[]>
  /** One quote, or `undefined` when there is none with that id. */
  get: (quoteId: string) => Promise<Quote | undefined>
  /** Saves a new quote; refuses it with `validation` issues field by field. */
  create: (input: QuoteInput) => Promise<Quote>
  /** Saves changes to a quote not yet converted, re-pricing its offers at today's price list. */
  update: (quoteId: string, input: QuoteInput) => Promise<Quote>
  /** Deletes a quote not yet converted. */
  remove: (quoteId: string) => Promise<void>
  /**
   * Provisions the tenant with the quote's offers and seats (paid), records its services in the
   * ledger as accepted and marks the quote converted, all or nothing; `validation` issues name
   * the provisioning field at fault (`domainPrefix`, `contactEmail`…).
   */
  convert: (quoteId: string, details: QuoteConversion) => Promise<{ quote: Quote; tenant: TenantWithSubscriptions }>
}

export interface ActivityRepository {
  /** Changes, newest first, for one tenant or (without an id) the whole partner. */
  list: (filter?: { tenantId?: string; area?: ActivityArea; limit?: number }) => Promise<ActivityEntry[]>
  /**
   * One page of changes, newest first (one tenant's, or the whole partner's): at most `limit`,
   * then the `cursor` that reads the next page (null once none remain). What the activity pages
   * read, so a partner's log of any size is never read whole.
   */
  page: (query: { tenantId?: string; limit: number; cursor?: string }) => Promise<ActivityPage>
}

/** A page of the activity log and where the next one starts. */
export interface ActivityPage {
  readonly entries: ActivityEntry[]
  /** Opaque; null when this was the last page. */
  readonly cursor: string | null
}

/** Whole-store operations offered by backends whose data the person owns outright. */
export interface DataAdmin {
  /** Replaces everything with the demo partner's seeded data. */
  resetToDemo: () => Promise<void>
  /** Adds generated tenants (for trying the console at scale); resolves to how many were added. */
  loadLargeDataset: (count: number) => Promise<number>
  /** Everything stored, as a JSON-serialisable document. */
  exportAll: () => Promise<ConsoleExport>
  /** Replaces everything with an export; refuses a bad file whole (`invalidImport`), changing nothing. */
  importAll: (document: unknown) => Promise<{ tenants: number }>
}

export const EXPORT_FORMAT = 'bpos-partner-console'
/**
 * Version 2 carries the console's data too (settings, users, Exchange and SharePoint objects,
 * baselines); version 3 the quotes. A version 2 file still imports (with no quotes); an older
 * console refuses a version 3 file rather than silently dropping its quotes.
 */
export const EXPORT_VERSION = 3
export const IMPORTABLE_VERSIONS: readonly number[] = [2, 3]

/** The file Settings exports and imports: everything, so an import gives back the same console. */
export interface ConsoleExport {
  readonly format: typeof EXPORT_FORMAT
  readonly version: number
  readonly exportedAt: string
  readonly partner: Partner
  readonly tenants: TenantWithSubscriptions[]
  readonly configurations: TenantConfiguration[]
  readonly users: TenantUser[]
  readonly senders: SenderEntry[]
  readonly distributionLists: DistributionList[]
  readonly contacts: MailContact[]
  readonly sites: SiteCollection[]
  readonly baselines: Baseline[]
  readonly activity: ActivityEntry[]
  /** The add-on services ledger (files written before it have none). */
  readonly services: AddOn[]
  /** Absent from files exported before the price list could be changed: the catalogue's prices then. */
  readonly priceList?: PriceList
  /** Quotes for prospects (version 2 files have none). */
  readonly quotes: Quote[]
}
