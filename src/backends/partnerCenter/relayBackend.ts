import type { BackendCapabilities, QuoteRepository, SubscriptionRepository, TenantRepository } from '../backend'
import type { GraphContext } from '../graph/graphContext'
import type { RelayConnection } from '../relay/relayClient'
import type { ReadBackPolicy } from './readBack'
import { unsupportedRepository } from '../graph/capabilities'
import { withPartnerCenter } from './capabilities'
import { createConfirmedSeats } from './confirmedSeats'
import { relayCustomers, relayProvisioning } from './relayProvisioning'
import { relayQuoteConversion } from './relayQuoteConversion'
import { createRelaySubscriptions } from './relaySeats'

interface GraphParts {
  readonly tenants: TenantRepository
  readonly quotes: QuoteRepository
  readonly capabilities: BackendCapabilities
  readonly readBack?: ReadBackPolicy
}

/**
 * What Partner Center adds to the Graph backend, always through the partner relay (the page never calls Partner
 * Center: no Microsoft source says its API answers a browser, review item 8e): new tenants, seat changes and quote
 * conversions. Without a relay they stay unavailable, for the reason 'partnerCenter'.
 */
export function withPartnerCenterThroughRelay(
  relay: RelayConnection | undefined,
  context: GraphContext,
  graph: GraphParts,
): GraphParts & { readonly subscriptions: SubscriptionRepository } {
  if (!relay) return { ...graph, subscriptions: unsupportedRepository('subscriptions') }
  const customers = relayCustomers(relay, context, graph.tenants.domainPrefixes, graph.readBack)
  // Seat changes Partner Center confirmed that Graph doesn't count yet: shown as confirmed on every read.
  const confirmedSeats = createConfirmedSeats()
  return {
    tenants: confirmedSeats.over({ ...graph.tenants, provision: relayProvisioning(customers) }),
    quotes: { ...graph.quotes, convert: relayQuoteConversion(customers, context) },
    subscriptions: createRelaySubscriptions(relay, context, confirmedSeats),
    capabilities: withPartnerCenter(graph.capabilities),
  }
}
