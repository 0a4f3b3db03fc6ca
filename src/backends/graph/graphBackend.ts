import type { Backend, PricingRepository } from '../backend'
import type { GraphTokenSource } from './tokens'
import type { GraphOrganization } from './graphTypes'
import type { RetryPolicy } from './graphClient'
import { GRAPH_CAPABILITIES, unsupported, unsupportedRepository } from './capabilities'
import { createGraphClient } from './graphClient'
import { createDomainRepository } from './domainsRepository'
import { createGraphContext } from './graphContext'
import { graphCall } from './graphErrors'
import { createSettingsRepository } from './settingsRepository'
import { createTenantRepository } from './tenantsRepository'
import { createUserRepository } from './usersRepository'
import { cataloguePriceList } from '@/domain/pricing'

export interface GraphBackendOptions {
  /** Graph's base URL with its version, e.g. `https://graph.microsoft.com/v1.0` (a local server in tests). */
  readonly baseUrl?: string
  readonly tokens: GraphTokenSource
  /** Who the activity log names: the signed-in technician; the partner organization's name when not given. */
  readonly actor?: string
  readonly retry?: Partial<RetryPolicy>
  readonly now?: () => Date
}

/** The catalogue's list prices: the price list can't be changed on this backend yet (it will live in the partner's list). */
function pricingRepository(): PricingRepository {
  return {
    get: async () => cataloguePriceList(),
    update: () => unsupported('pricing.update'),
  }
}

/**
 * The console on Microsoft 365: the partner's GDAP customers are its client tenants, read and
 * changed through Microsoft Graph with a token for each tenant. What Graph can't do is declared
 * in `capabilities` and refused with `unsupported`.
 */
export function createGraphBackend(options: GraphBackendOptions): Backend {
  const client = createGraphClient({ baseUrl: options.baseUrl, tokens: options.tokens, retry: options.retry })
  const context = createGraphContext(client, options.now ?? (() => new Date()))
  return {
    partner: {
      get: async () => {
        const [organization] = await graphCall('read the partner organization', () => client.list<GraphOrganization>('partner', '/organization'))
        if (!organization)
          throw new Error('Microsoft Graph returned no organization for the partner')
        const name = organization.displayName ?? organization.id
        return { id: organization.id, name, actor: options.actor ?? name }
      },
    },
    tenants: createTenantRepository(context),
    settings: createSettingsRepository(context),
    users: createUserRepository(context),
    exchange: unsupportedRepository('exchange'),
    sharePoint: unsupportedRepository('sharePoint'),
    subscriptions: unsupportedRepository('subscriptions'),
    domains: createDomainRepository(context),
    baselines: unsupportedRepository('baselines'),
    activity: unsupportedRepository('activity'),
    services: unsupportedRepository('services'),
    pricing: pricingRepository(),
    // Quotes are the partner's own records, kept beside Microsoft 365 rather than in it.
    quotes: unsupportedRepository('quotes'),
    capabilities: GRAPH_CAPABILITIES,
  }
}
