import { BackendError } from './backend'

/**
 * An online service's refusal (Microsoft Graph, Partner Center) as an error the interface
 * explains, by its HTTP status; the service's own words stay in `message`, the original in `cause`.
 */
export function errorForStatus(status: number, what: string, message: string, cause: unknown): BackendError {
  switch (status) {
    case 401:
    case 403:
      return new BackendError('unauthorized', message, [], { cause })
    case 404:
      return new BackendError('notFound', message, [], { cause })
    case 409:
    case 412:
      return new BackendError(
        'conflict',
        `${what}: it was changed elsewhere since it was read; reload, then change it again`,
        [],
        { cause },
      )
    default:
      return new BackendError('remote', message, [], { cause })
  }
}

/** Runs a call to an online service, failing with a `BackendError` that says what was being done. */
export async function remoteCall<T>(
  what: string,
  run: () => Promise<T>,
  toBackendError: (error: unknown, what: string) => BackendError,
): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw toBackendError(error, what)
  }
}
