import type { ValidationIssue } from '@/domain/validation'

/** Why a backend call failed, stable enough for the interface to say what to do next. */
export type BackendErrorCode =
  | 'validation' // the input breaks a domain rule: `issues` says which field and why
  | 'notFound' // the tenant (or record) no longer exists
  | 'consoleUnavailable' // the tenant has no application console (`ConsoleUnavailable.reason` says why)
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

/** Why a tenant has no application console: only Deskless offers run, its trial ended, or all is cancelled. */
export type NoConsoleReason = 'desklessOnly' | 'trialEnded' | 'cancelled'

/**
 * A console write refused because the tenant has no application console, with why (`consoleUnavailable`):
 * a tenant whose trial ended is told so, not that its offers are Deskless.
 */
export class ConsoleUnavailable extends BackendError {
  constructor(
    readonly reason: NoConsoleReason,
    message: string,
  ) {
    super('consoleUnavailable', message)
    this.name = 'ConsoleUnavailable'
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
