import { BackendError } from '../backend'
import { PartnerCenterRequestError } from './partnerCenterClient'

/** Turns what Partner Center said into an error the interface explains; its code and description stay in the message. */
export function toBackendError(error: unknown, what: string): BackendError {
  if (error instanceof BackendError)
    return error
  if (!(error instanceof PartnerCenterRequestError))
    return new BackendError('remote', `${what}: ${String(error)}`, [], { cause: error })
  const message = `${what}: ${error.message}`
  switch (error.status) {
    case 401:
    case 403:
      return new BackendError('unauthorized', message, [], { cause: error })
    case 404:
      return new BackendError('notFound', message, [], { cause: error })
    case 409:
    case 412:
      return new BackendError('conflict', `${what}: it was changed elsewhere since it was read; reload, then change it again`, [], { cause: error })
    default:
      return new BackendError('remote', message, [], { cause: error })
  }
}

/** Runs a Partner Center call, failing with a `BackendError` that says what was being done. */
export async function partnerCenterCall<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  }
  catch (error) {
    throw toBackendError(error, what)
  }
}
