import type { SettingKey } from '@/domain/console/settings'
import type { Backend } from '../backend'

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
  | 'notYetOnGraph' // Graph can do it; this version of the console doesn't yet
  | 'appOnly' // Microsoft allows it only to an app's own token in the customer's tenant (the partner relay's)
  | 'alwaysOn' // Microsoft 365 always does it: there is no switch to turn it off (spam filtering)

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
