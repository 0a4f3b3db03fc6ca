import { BackendError } from '@/backends/backend'
import { errorForStatus } from '@/backends/remoteErrors'

/**
 * Where the relay client gets its access tokens: the partner's own authority, for the relay's
 * API scope. Silent only: when the person must act, it fails with `unauthorized`.
 */
export interface RelayTokenSource {
  readonly token: () => Promise<string>
}

/** The relay, as the session knows it: its origin and the tokens for it. */
export interface RelayConnection {
  readonly baseUrl: string
  readonly tokens: RelayTokenSource
}

/** Who the relay takes the technician for (`GET /api/me`). */
export interface RelayCaller {
  readonly name: string
  readonly tenantId: string
}

/** The relay's one error envelope (`relay/src/http.ts`). */
interface RelayErrorBody {
  readonly error?: { readonly code?: string; readonly message?: string }
}

/**
 * `GET /api/me` with the technician's token for the relay and a correlation id (the relay logs
 * it, and names it in its answer): a refusal becomes a BackendError by its status, a relay that
 * can't be reached (down, wrong address, not allowing this origin) a `remote` one.
 */
export async function relayWhoAmI(relay: RelayConnection, fetchImpl: typeof fetch = fetch): Promise<RelayCaller> {
  const token = await relay.tokens.token()
  const correlationId = crypto.randomUUID()
  let response: Response
  try {
    response = await fetchImpl(`${relay.baseUrl}/api/me`, {
      headers: { Authorization: `Bearer ${token}`, 'x-correlation-id': correlationId },
    })
  } catch (error) {
    throw new BackendError('remote', `The partner relay could not be reached (${correlationId})`, [], { cause: error })
  }
  const body = (await response.json().catch(() => ({}))) as RelayErrorBody & Partial<RelayCaller>
  if (!response.ok)
    throw errorForStatus(
      response.status,
      'The partner relay',
      `The partner relay refused (${response.status} ${body.error?.code ?? ''}, ${correlationId}): ${body.error?.message ?? ''}`,
      body,
    )
  return { name: String(body.name ?? ''), tenantId: String(body.tenantId ?? '') }
}
