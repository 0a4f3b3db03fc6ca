/*
 * The relay's refusals, apart from its client: the error voice (on the first page) reads them
 * without bringing the client and its fetch logic along.
 */

/** The relay's one error envelope (`relay/src/http.ts`). */
export interface RelayErrorEnvelope {
  readonly code?: string
  readonly message?: string
  readonly correlationId?: string
  /** The request's field the refusal concerns (`address.postalCode`, `quotas.prohibitSendReceiveQuota`). */
  readonly field?: string
  /** With `signInNeeded`: the identity platform's claims challenge, for the next sign-in to answer. */
  readonly claims?: string
}

/** A refusal of the relay's: its envelope stays on the error, so the activity log can keep the correlation id. */
export class RelayRefusal extends Error {
  constructor(
    readonly status: number,
    readonly envelope: RelayErrorEnvelope,
    readonly correlationId: string,
    /** The whole answer, for what a route says beside its envelope (the customer a half-done creation made). */
    readonly body?: unknown,
  ) {
    super(`The partner relay refused (${status} ${envelope.code ?? ''}, ${correlationId}): ${envelope.message ?? ''}`)
    this.name = 'RelayRefusal'
  }
}

/** The relay refusal an error is or was caused by. */
export function relayRefusalIn(error: unknown): RelayRefusal | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current instanceof RelayRefusal) return current
  }
  return undefined
}
