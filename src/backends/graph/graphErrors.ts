import { BackendError } from '../backend'
import { errorForStatus, remoteCall } from '../remoteErrors'
import { GraphRequestError } from './graphClient'
import { consentNeededIn, signInNeededIn } from './tokens'

/**
 * Turns what Graph said into an error the interface already knows how to explain. Graph's own
 * code and message stay in the message (and the original in `cause`) for whoever reads logs.
 */
export function toBackendError(error: unknown, what: string): BackendError {
  if (error instanceof BackendError) return error
  const signInNeeded = signInNeededIn(error)
  if (signInNeeded)
    return new BackendError(
      'unauthorized',
      `${what}: the tenant ${signInNeeded.tenantId} needs the technician to sign in to it again`,
      [],
      { cause: signInNeeded },
    )
  const consentNeeded = consentNeededIn(error)
  if (consentNeeded)
    return new BackendError(
      'unauthorized',
      `${what}: the console is not consented in the tenant ${consentNeeded.tenantId}`,
      [],
      { cause: consentNeeded },
    )
  if (!(error instanceof GraphRequestError))
    return new BackendError('remote', `${what}: ${String(error)}`, [], { cause: error })
  return errorForStatus(
    error.status,
    what,
    `${what}: Microsoft Graph answered ${error.status} ${error.code}: ${error.message}`,
    error,
  )
}

/** Runs a Graph read or write, failing with a `BackendError` that says what was being done. */
export function graphCall<T>(what: string, run: () => Promise<T>): Promise<T> {
  return remoteCall(what, run, toBackendError)
}
