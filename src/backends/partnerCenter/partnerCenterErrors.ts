import { BackendError } from '../backend'
import { errorForStatus, remoteCall } from '../remoteErrors'
import { PartnerCenterRequestError } from './partnerCenterClient'

/**
 * Turns what Partner Center said into an error the interface explains; its code and description stay in the message.
 */
export function toBackendError(error: unknown, what: string): BackendError {
  if (error instanceof BackendError) return error
  if (!(error instanceof PartnerCenterRequestError))
    return new BackendError('remote', `${what}: ${String(error)}`, [], { cause: error })
  return errorForStatus(error.status, what, `${what}: ${error.message}`, error)
}

/** Runs a Partner Center call, failing with a `BackendError` that says what was being done. */
export function partnerCenterCall<T>(what: string, run: () => Promise<T>): Promise<T> {
  return remoteCall(what, run, toBackendError)
}
