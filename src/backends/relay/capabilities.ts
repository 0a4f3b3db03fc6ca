import type { BackendAction, BackendCapabilities, UnavailableReason } from '../backend'
import type { SettingKey } from '@/domain/console/settings'
import { RELAY_PROTOCOLS } from './exchangeSettings'
import { SHAREPOINT_RELAY_SETTINGS } from './sharePointSettings'

/** The tenant settings the relay reads and writes: the protocols, and the default mailbox size (mailbox plans). */
const RELAY_SETTINGS: ReadonlySet<SettingKey> = new Set([
  ...(Object.keys(RELAY_PROTOCOLS) as SettingKey[]),
  'exchange.defaultMailboxMb',
])

/** What the partner relay adds to the Graph backend on Exchange Online: its records and a user's mailbox. */
export const EXCHANGE_RELAY_ACTIONS: ReadonlySet<BackendAction> = new Set([
  'exchange.senders.list',
  'exchange.senders.add',
  'exchange.senders.remove',
  'exchange.distributionLists.list',
  'exchange.distributionLists.add',
  'exchange.distributionLists.remove',
  'exchange.contacts.list',
  'exchange.contacts.add',
  'exchange.contacts.remove',
  'users.exchangeOverrides',
  'users.setExchangeOverrides',
])

/** Exchange settings the relay still leaves out, each with why (README, "Exchange Online"). */
const STILL_UNAVAILABLE: Partial<Record<SettingKey, UnavailableReason>> = {
  // Microsoft filters every tenant's mail through its default anti-spam policy, which can't be switched off.
  'exchange.filtering': 'alwaysOn',
}

/**
 * The Graph backend's capabilities with SharePoint's external sharing and site creation available: the partner relay
 * reads and writes them app-only (`sharePointSettings.ts`). SharePoint's sites, storage and workflows stay unavailable.
 */
export function withSharePointRelay(capabilities: BackendCapabilities): BackendCapabilities {
  const relayed = new Set<SettingKey>(SHAREPOINT_RELAY_SETTINGS)
  return {
    ...capabilities,
    setting: key => (relayed.has(key) ? { available: true } : capabilities.setting(key)),
  }
}

/** The Graph backend's capabilities with what the partner relay does on Exchange Online available. */
export function withExchangeRelay(capabilities: BackendCapabilities): BackendCapabilities {
  return {
    ...capabilities,
    action: action => (EXCHANGE_RELAY_ACTIONS.has(action) ? { available: true } : capabilities.action(action)),
    setting: key => {
      if (RELAY_SETTINGS.has(key)) return { available: true }
      const reason = STILL_UNAVAILABLE[key]
      return reason ? { available: false, reason } : capabilities.setting(key)
    },
  }
}
