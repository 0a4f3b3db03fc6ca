import { BackendError } from '../backend'
import { GraphRequestError } from './graphClient'

/**
 * Turns what Graph said into an error the interface already knows how to explain. Graph's own
 * code and message stay in the message (and the original in `cause`) for whoever reads logs.
 */
export function toBackendError(error: unknown, what: string): BackendError {
  if (error instanceof BackendError)
    return error
  if (!(error instanceof GraphRequestError))
    return new BackendError('remote', `${what}: ${String(error)}`, [], { cause: error })
  const message = `${what}: Microsoft Graph answered ${error.status} ${error.code}: ${error.message}`
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

/** Runs a Graph read or write, failing with a `BackendError` that says what was being done. */
export async function graphCall<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  }
  catch (error) {
    throw toBackendError(error, what)
  }
}
