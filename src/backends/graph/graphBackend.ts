import type { Backend } from '../backend'
import type { GraphTokenSource } from './tokens'
import type { GraphOrganization } from './graphTypes'
import type { Partner } from '@/domain/tenant/tenant'
import type { RetryPolicy } from './graphClient'
import type { ReadBackPolicy } from '../partnerCenter'
import type { RelayConnection } from '../relay/relayClient'
import { withSharePointRelay } from '../relay/capabilities'
import { createRelayExchange } from '../relay/exchange'
import { combinedSources } from '../relay/exchangeSettings'
import { relaySharePointSettings } from '../relay/sharePointSettings'
import { guardDoors } from '../doorGuard'
import { withFailedWritesLogged } from './relayFailureLog'
import { GRAPH_CAPABILITIES, unsupportedRepository } from './capabilities'
import { createActivityRepository } from './activityRepository'
import { createBaselineRepository } from './baselinesRepository'
import { createGraphClient } from './graphClient'
import { createDomainRepository } from './domainsRepository'
import { createGraphContext } from './graphContext'
import { graphCall } from './graphErrors'
import { createPartnerIdentityRepository } from './partnerIdentityRepository'
import { createPartnerRecords } from './partnerRecords'
import { createPricingRepository } from './pricingRepository'
import { createQuoteRepository } from './quotesRepository'
import { createServiceRepository } from './servicesRepository'
import { createSearchRepository, usersToFind } from './searchRepository'
import { createSettingsRepository } from './settingsRepository'
import { createTenantRepository } from './tenantsRepository'
import { createUserRepository } from './usersRepository'
import { MICROSOFT_INITIAL_DOMAIN_SUFFIX, withPartnerCenterThroughRelay } from '../partnerCenter'

export interface GraphBackendOptions {
  /** Graph's base URL with its version, e.g. `https://graph.microsoft.com/v1.0` (a local server in tests). */
  readonly baseUrl?: string
  readonly tokens: GraphTokenSource
  /** Who the activity log names: the signed-in technician; the partner organization's name when not given. */
  readonly actor?: string
  readonly retry?: Partial<RetryPolicy>
  readonly now?: () => Date
  /** How long to wait for a tenant Partner Center created to show in Graph (tests make it short). */
  readonly readBack?: ReadBackPolicy
  /**
   * The partner relay, when the build names one and it is well formed: what Microsoft serves only
   * to servers (Exchange Online's admin API, Partner Center) goes through it: without it, new tenants, seat changes
   * and quote conversions are unavailable ('partnerCenter').
   */
  readonly relay?: RelayConnection
}

/**
 * The console on Microsoft 365: the partner's GDAP customers are its client tenants, read and
 * changed through Microsoft Graph with a token for each tenant. What Graph can't do is declared
 * in `capabilities` and refused with `unsupported`.
 */
export function createGraphBackend(options: GraphBackendOptions): Backend {
  const client = createGraphClient({ baseUrl: options.baseUrl, tokens: options.tokens, retry: options.retry })
  async function partner(): Promise<Partner> {
    const [organization] = await graphCall('read the partner organization', () =>
      client.list<GraphOrganization>('partner', '/organization'),
    )
    if (!organization) throw new Error('Microsoft Graph returned no organization for the partner')
    const name = organization.displayName ?? organization.id
    return { id: organization.id, name, actor: options.actor ?? name }
  }
  const actor = options.actor === undefined ? async () => (await partner()).actor : async () => options.actor!
  const context = createGraphContext(client, {
    now: options.now ?? (() => new Date()),
    records: createPartnerRecords(client),
    actor,
  })
  const tenants = createTenantRepository(context)
  // The partner relay, when the build names one: its failed writes are kept in the activity log.
  const relay = options.relay && withFailedWritesLogged(options.relay, context)
  // Exchange Online through the partner relay.
  const exchange = relay && createRelayExchange(relay, context)
  const graphCapabilities = exchange
    ? withSharePointRelay(exchange.capabilities(GRAPH_CAPABILITIES))
    : GRAPH_CAPABILITIES
  // SharePoint's external sharing and site creation through the relay too, app-only (Graph refuses them over GDAP).
  const elsewhere = relay && exchange && combinedSources(exchange.settings, relaySharePointSettings(relay))
  const settings = createSettingsRepository(context, { capabilities: graphCapabilities, elsewhere })
  const users = createUserRepository(context)
  // Partner Center through the partner relay, when the build names one: new tenants, seats and quote conversions.
  const partnerCenter = withPartnerCenterThroughRelay(relay, context, {
    tenants,
    quotes: createQuoteRepository(context),
    capabilities: graphCapabilities,
    readBack: options.readBack,
  })
  // Every write's arguments are type-checked at the door, as on the local backend.
  return guardDoors({
    partner: { get: partner, ...createPartnerIdentityRepository(context) },
    tenants: partnerCenter.tenants,
    settings,
    users: exchange ? exchange.users(users) : users,
    exchange: exchange?.records(users) ?? {
      senders: unsupportedRepository('exchange.senders'),
      distributionLists: unsupportedRepository('exchange.distributionLists'),
      contacts: unsupportedRepository('exchange.contacts'),
    },
    sharePoint: unsupportedRepository('sharePoint'),
    subscriptions: partnerCenter.subscriptions,
    domains: createDomainRepository(context),
    baselines: createBaselineRepository(context, settings, graphCapabilities),
    activity: createActivityRepository(context),
    services: createServiceRepository(context),
    pricing: createPricingRepository(context),
    quotes: partnerCenter.quotes,
    search: createSearchRepository(partnerCenter.tenants, usersToFind(client), { onChange: context.onChange }),
    capabilities: partnerCenter.capabilities,
    initialDomainSuffix: MICROSOFT_INITIAL_DOMAIN_SUFFIX,
    skippedRecords: () => context.records.unreadable(),
  })
}
