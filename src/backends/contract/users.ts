import type { BulkUserAction } from '@/domain/users/bulkUsers'
import type { TenantUser, UserExchangeOverrides, UserInput, UserWorkload } from '@/domain/users/users'
import type { ValidationIssue } from '@/domain/validation'
import type { BackendError } from './errors'

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
  /** Each created user with the temporary password it was given: to hand over once, stored nowhere in clear. */
  readonly handover: readonly CreatedUser[]
  /** Where imports go row by row (`capabilities.userImport`): every row's outcome, in input order. */
  readonly rows?: readonly UserImportRow[]
  /** The users were created, but the activity entry recording the import could not be written, even after retries. */
  readonly notLogged?: boolean
}

/**
 * What one user of a bulk action came to (`index` is its place among the ids given): changed (with
 * the new temporary password of a reset, to hand over once), already as asked, or refused with why.
 */
export type BulkUserOutcome =
  | {
      readonly index: number
      readonly outcome: 'changed'
      readonly user: TenantUser
      readonly temporaryPassword?: string
      /** Changed, but its activity entry could not be written, even after retries. */
      readonly notLogged?: boolean
    }
  | { readonly index: number; readonly outcome: 'unchanged'; readonly user: TenantUser }
  /** Refused, where the backend goes user by user: `error` says why (its issues name the fields at fault). */
  | { readonly index: number; readonly outcome: 'refused'; readonly error: BackendError }

/** Every chosen user's outcome, in the order the ids were given. */
export interface BulkUserResult {
  readonly outcomes: readonly BulkUserOutcome[]
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
   * `rows[<index>].<field>`) if one breaks a rule. Then, as `capabilities.userImport` says: creates
   * every user or none (`allOrNothing`), or each row the service accepts (`rowByRow`, Microsoft 365),
   * never throwing for a row: `rows` says what each came to, created, unlicensed or refused.
   */
  importMany: (tenantId: string, inputs: readonly UserInput[]) => Promise<UserImportResult>
  setBlocked: (tenantId: string, userId: string, blocked: boolean) => Promise<TenantUser>
  /** Turns services on or off for one user, within what their licence includes. */
  setServices: (
    tenantId: string,
    userId: string,
    services: Partial<Record<UserWorkload, boolean>>,
  ) => Promise<TenantUser>
  /**
   * One user's Exchange overrides as the service has them now (read for their page, not for the
   * list: on Microsoft 365 each is a call to Exchange).
   */
  exchangeOverrides: (tenantId: string, userId: string) => Promise<UserExchangeOverrides>
  /** Per-user Exchange overrides (protocols, mailbox size) within the licence and the tenant's settings. */
  setExchangeOverrides: (tenantId: string, userId: string, overrides: UserExchangeOverrides) => Promise<TenantUser>
  /** Returns a new temporary password, shown once and never stored in clear. */
  resetPassword: (tenantId: string, userId: string) => Promise<string>
  remove: (tenantId: string, userId: string) => Promise<void>
  /**
   * One action on many users (licence, services, block, password reset), planned by the same rules
   * as a single change, seats counted across the selection. Then, as `capabilities.userImport`
   * says: every user or none (`allOrNothing`: one refused user refuses the whole action with
   * `validation`, issues named `users[<index>].<field>`, and nothing is written), or user by user
   * (`rowByRow`, Microsoft 365), never throwing for one user: the outcomes say what each came to.
   */
  bulk: (tenantId: string, userIds: readonly string[], action: BulkUserAction) => Promise<BulkUserResult>
}
