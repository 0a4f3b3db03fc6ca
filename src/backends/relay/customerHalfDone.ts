import { BackendError } from '@/backends/backend'

/** The steps after the customer exists, where a failure leaves it half done. */
export type HalfDoneStep = 'agreement' | 'cart' | 'checkout'

/**
 * Partner Center created the customer, then a later step failed (the agreement, the cart or its checkout). Partner
 * Center can't delete a customer, so it is said plainly; the next attempt for the same initial domain finishes this
 * customer instead of creating another. It keeps the failure's code and issues, so a refusal still shows beside its
 * field.
 */
export class CustomerHalfDone extends BackendError {
  constructor(
    readonly companyName: string,
    readonly customerId: string,
    readonly step: HalfDoneStep,
    failure: BackendError,
  ) {
    super(
      failure.code,
      `${companyName} was created in Partner Center (customer ${customerId}), but its ${step} step failed: ${failure.message}`,
      failure.issues,
      { cause: failure },
    )
    this.name = 'CustomerHalfDone'
  }
}

/** The half-done customer an error is about, if it is. */
export function customerHalfDoneIn(error: unknown): CustomerHalfDone | undefined {
  return error instanceof CustomerHalfDone ? error : undefined
}
