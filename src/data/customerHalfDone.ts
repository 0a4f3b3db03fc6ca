import { customerHalfDoneIn } from '@/backends/relay/customerHalfDone'

/**
 * What a page says when Partner Center created the customer and a later step failed: which customer, and which step.
 * The next attempt finishes that customer (the backend remembers it), so the form stays as it was.
 */
export function halfDoneCustomer(error: unknown) {
  const halfDone = customerHalfDoneIn(error)
  return halfDone && { companyName: halfDone.companyName, customerId: halfDone.customerId, step: halfDone.step }
}
