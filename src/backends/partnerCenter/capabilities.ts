import type { BackendAction, BackendCapabilities } from '../backend'

/** What Partner Center adds to the Graph backend: new tenants, and seat changes. */
export const PARTNER_CENTER_ACTIONS: ReadonlySet<BackendAction> = new Set(['tenants.provision', 'subscriptions.changeSeats'])

/** The Graph backend's capabilities with Partner Center's actions available. */
export function withPartnerCenter(capabilities: BackendCapabilities): BackendCapabilities {
  return {
    action: action => PARTNER_CENTER_ACTIONS.has(action) ? { available: true } : capabilities.action(action),
    setting: capabilities.setting,
  }
}
