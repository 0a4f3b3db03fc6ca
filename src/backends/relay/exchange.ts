import type { BackendCapabilities, ExchangeRepository, UserRepository } from '../backend'
import type { ExchangeContext } from './exchangeRelay'
import type { RelayConnection } from './relayClient'
import { withExchangeRelay } from './capabilities'
import { createRelayContacts } from './exchangeContacts'
import { createRelayDistributionLists } from './exchangeDistributionLists'
import { createRelaySenders } from './exchangeSenders'
import { relayMailboxPlans } from './exchangeMailboxPlans'
import { combinedSources, relayExchangeSettings } from './exchangeSettings'
import { withMailboxOverrides } from './mailboxOverrides'

/** Everything the Graph backend gets from the partner relay on Exchange Online, assembled in one place. */
export function createRelayExchange(relay: RelayConnection, context: ExchangeContext) {
  return {
    capabilities: (graph: BackendCapabilities) => withExchangeRelay(graph),
    settings: combinedSources(relayExchangeSettings(relay), relayMailboxPlans(relay)),
    users: (users: UserRepository) => withMailboxOverrides(users, relay, context),
    /** Lists take their members among the tenant's users, as Graph lists them. */
    records: (users: UserRepository): ExchangeRepository => ({
      senders: createRelaySenders(relay, context),
      distributionLists: createRelayDistributionLists(relay, context, tenantId => users.list(tenantId)),
      contacts: createRelayContacts(relay, context),
    }),
  }
}
