import type { BackendAction, BackendCapabilities } from '../backend'

/** What Partner Center adds to the Graph backend: new tenants, seat changes, and quotes converted to tenants. */
export const PARTNER_CENTER_ACTIONS: ReadonlySet<BackendAction> = new Set([
  'tenants.provision',
  'subscriptions.changeSeats',
  'quotes.convert',
])

/**
 * The Graph backend's capabilities with Partner Center's actions available; what else Graph
 * leaves to Partner Center (adding, converting a trial, moving, cancelling) is done in Partner Center itself.
 */
export function withPartnerCenter(capabilities: BackendCapabilities): BackendCapabilities {
  return {
    ...capabilities,
    action: action => {
      if (PARTNER_CENTER_ACTIONS.has(action)) return { available: true }
      const capability = capabilities.action(action)
      return !capability.available && capability.reason === 'partnerCenter'
        ? { available: false, reason: 'partnerCenterPortal' }
        : capability
    },
    setting: capabilities.setting,
  }
}
