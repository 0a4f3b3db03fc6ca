import type { ExchangeRouteOptions } from './exchange/routes.js'
import type { PartnerCenterServices } from './partnerCenter/client.js'
import type { ConsentApplications } from './partnerCenter/consent.js'
import type { RelayRoute } from './relay.js'
import { exchangeRoutes } from './exchange/routes.js'
import { partnerCenterRoutes } from './partnerCenter/routes.js'
import { sharePointRoutes } from './sharePoint/routes.js'

/**
 * The relay's functions. `GET /api/me`: who the relay takes the caller for, so the console can
 * tell a configured, reachable relay that accepts its tokens from one that doesn't.
 */
export const ROUTES: readonly RelayRoute[] = [
  {
    method: 'GET',
    pattern: /^\/api\/me$/,
    handle: (_request, caller, _params, correlationId) => ({
      status: 200,
      body: { name: caller.name, tenantId: caller.tenantId, correlationId },
    }),
  },
]

/**
 * Every function, those that call Microsoft on the technician's behalf included: Exchange Online
 * at `exchangeOrigin` (`https://outlook.office365.com`), Partner Center at `partnerCenterUrl`
 * (Partner Center's own unless said), and Graph at `graphUrl` (SharePoint's settings app-only, the consent's app-role
 * grant), with tokens from `downstream`.
 */
export function relayRoutes(
  options: ExchangeRouteOptions & PartnerCenterServices & { readonly consent?: ConsentApplications },
): readonly RelayRoute[] {
  return [...ROUTES, ...exchangeRoutes(options), ...partnerCenterRoutes(options), ...sharePointRoutes(options)]
}
