import type { QuoteRepository } from '../backend'
import type { GraphContext } from '../graph/graphContext'
import type { relayCustomers } from './relayProvisioning'
import type { AddOn } from '@/domain/ledger/addOns'
import type { Quote } from '@/domain/quotes/quotes'
import { refuseInvalid } from '../records/checks'
import { requireOpenQuote } from '../records/quotes'
import { normalizeAddOnInput } from '@/domain/ledger/addOns'
import { quoteAddOnInput, validateQuoteInput } from '@/domain/quotes/quotes'

/**
 * `quotes.convert` on Microsoft 365 with the partner relay: the quote's offers and seats (paid) provisioned as any new
 * tenant is, through the relay's `POST /api/customers`; then its services recorded in the partner's list as accepted
 * and the quote marked converted, before the tenant is read back, so a tenant Graph shows only later (`pending`) is
 * never converted twice.
 */
export function relayQuoteConversion(
  customers: ReturnType<typeof relayCustomers>,
  context: GraphContext,
): QuoteRepository['convert'] {
  const { records } = context
  return async (quoteId, details) => {
    const stored = await records.current<Quote>('quote', quoteId)
    const quote = requireOpenQuote(stored?.value, quoteId)
    // The quote's own rules first: a quote stored before a rule changed must still hold.
    refuseInvalid(validateQuoteInput({ ...quote, status: 'accepted' }, quote.currency), 'The quote breaks a rule')
    const request = {
      ...details,
      lines: quote.lines.map(({ offerId, seats }) => ({ offerId, seats })),
      billing: 'paid' as const,
    }
    await customers.check(request)
    const tenantId = await customers.create(request)

    const at = context.now().toISOString()
    for (const [index, line] of quote.services.entries()) {
      const service: AddOn = {
        ...normalizeAddOnInput(quoteAddOnInput(line, quote.createdOn)),
        // Named after the quote, in its order, as the demo names them.
        id: `${quote.id}-service-${String(index + 1).padStart(3, '0')}`,
        tenantId,
        // Sold at the quote's prices, in its currency, and already agreed to: accepted.
        currency: quote.currency,
        status: 'accepted',
        createdAt: at,
        updatedAt: at,
      }
      await records.create('service', service.id, tenantId, service, `Service: ${service.description}`)
    }
    const converted: Quote = { ...quote, status: 'converted', tenantId, updatedAt: at }
    await records.update(stored!, converted, `Quote: ${quote.prospect.companyName}`)

    const tenant = await customers.readBackProvisioned(tenantId, request)
    await context.log({
      area: 'quote',
      action: 'quote.converted',
      tenant: tenant.tenant,
      details: { companyName: tenant.tenant.companyName, services: quote.services.length },
      changes: [{ field: 'quote.status', before: quote.status, after: 'converted' }],
    })
    return { quote: converted, tenant }
  }
}
