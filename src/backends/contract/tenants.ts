import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import type { WorkstationCount } from '@/domain/tenant/workstations'
import { BackendError } from './errors'

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

/** A new tenant's first administrator: how it signs in and the temporary password it changes at first sign-in. */
export interface FirstAdministrator {
  readonly userName: string
  readonly temporaryPassword: string
}

/** A tenant just provisioned, with its first administrator where the backend created one and knows its password. */
export type ProvisionedTenant = TenantWithSubscriptions & { readonly administrator?: FirstAdministrator }

/**
 * `pending` for a tenant created but not yet shown where the console reads it (Microsoft 365
 * propagates): its first administrator's password comes with it, as it is never given again.
 */
export class ProvisionPending extends BackendError {
  constructor(
    message: string,
    readonly tenantId: string,
    readonly administrator?: FirstAdministrator,
    options?: ErrorOptions,
  ) {
    super('pending', message, [], options)
    this.name = 'ProvisionPending'
  }
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
  /**
   * Validates and creates a tenant with its subscriptions (and its baseline, if chosen) in one step,
   * with its first administrator where the backend hands one over: its password is shown once, stored
   * nowhere in clear.
   */
  provision: (request: ProvisionRequest & { readonly baselineId?: string | null }) => Promise<ProvisionedTenant>
  /** Records the client's workstations and how many have Office Pro; not a console write, so any tenant may. */
  updateWorkstations: (tenantId: string, count: WorkstationCount) => Promise<TenantWithSubscriptions>
}
