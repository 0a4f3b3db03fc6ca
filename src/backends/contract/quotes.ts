import type { Quote, QuoteInput } from '@/domain/quotes/quotes'
import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import type { ProvisionedTenant } from './tenants'

/** What provisioning still needs when a quote becomes a tenant: its offers and seats come from the quote. */
export interface QuoteConversion extends Omit<ProvisionRequest, 'lines' | 'billing'> {
  readonly baselineId?: string | null
}

/**
 * Quotes for prospects. Offers are priced at the partner's price list when a quote is saved; a
 * converted quote is history (`validation`, field `status`, code `closed`, on any change).
 */
export interface QuoteRepository {
  /** Every quote, newest first. */
  list: () => Promise<Quote[]>
  /** One quote, or `undefined` when there is none with that id. */
  get: (quoteId: string) => Promise<Quote | undefined>
  /** Saves a new quote; refuses it with `validation` issues field by field. */
  create: (input: QuoteInput) => Promise<Quote>
  /** Saves changes to a quote not yet converted, re-pricing its offers at today's price list. */
  update: (quoteId: string, input: QuoteInput) => Promise<Quote>
  /** Deletes a quote not yet converted. */
  remove: (quoteId: string) => Promise<void>
  /**
   * Provisions the tenant with the quote's offers and seats (paid), records its services in the
   * ledger as accepted and marks the quote converted, all or nothing; `validation` issues name
   * the provisioning field at fault (`domainPrefix`, `contactEmail`…).
   */
  convert: (quoteId: string, details: QuoteConversion) => Promise<{ quote: Quote; tenant: ProvisionedTenant }>
}
