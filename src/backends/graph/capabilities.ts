import type { BackendAction, BackendCapabilities, Capability, UnavailableReason } from '../backend'
import type { SettingKey } from '@/domain/console/settings'
import { BackendError } from '../backend'

/**
 * What the console can't do through Microsoft Graph, and why. Everything not listed works.
 * The repositories refuse these with `unsupported`, so the rule holds below the interface too.
 */
const UNAVAILABLE_ACTIONS: Partial<Record<BackendAction, UnavailableReason>> = {
  'tenants.provision': 'partnerCenter',
  'subscriptions.add': 'partnerCenter',
  'subscriptions.changeSeats': 'partnerCenter',
  'subscriptions.convertToPaid': 'partnerCenter',
  'subscriptions.move': 'partnerCenter',
  'subscriptions.cancel': 'partnerCenter',
  'exchange.senders.list': 'exchangeAdmin',
  'exchange.senders.add': 'exchangeAdmin',
  'exchange.senders.remove': 'exchangeAdmin',
  'exchange.distributionLists.list': 'exchangeAdmin',
  'exchange.distributionLists.add': 'exchangeAdmin',
  'exchange.distributionLists.remove': 'exchangeAdmin',
  'exchange.contacts.list': 'exchangeAdmin',
  'exchange.contacts.add': 'exchangeAdmin',
  'exchange.contacts.remove': 'exchangeAdmin',
  'users.exchangeOverrides': 'exchangeAdmin',
  'users.setExchangeOverrides': 'exchangeAdmin',
  'users.remove': 'notYetOnGraph',
  'sharePoint.listSites': 'notInGraph',
  'sharePoint.createSite': 'notInGraph',
  'sharePoint.removeSite': 'notInGraph',
  'sharePoint.storage': 'notInGraph',
  'domains.setDefault': 'notYetOnGraph',
  'domains.remove': 'notYetOnGraph',
  // Converting provisions the prospect's tenant: Partner Center's, like provisioning itself.
  'quotes.convert': 'partnerCenter',
}

/** Tenant-wide settings Graph has no write for (SharePoint's sharing and site creation are in `sharepointSettings`). */
const UNAVAILABLE_SETTINGS: Partial<Record<SettingKey, UnavailableReason>> = {
  'exchange.owa': 'exchangeAdmin',
  'exchange.outlookAnywhere': 'exchangeAdmin',
  'exchange.activeSync': 'exchangeAdmin',
  'exchange.pop3': 'exchangeAdmin',
  'exchange.imap4': 'exchangeAdmin',
  'exchange.defaultMailboxMb': 'exchangeAdmin',
  'exchange.filtering': 'exchangeAdmin',
  // Refused to a delegated GDAP token (see test-world/graph/permissions.ts): app-only, through the relay.
  'sharepoint.externalSharing': 'appOnly',
  'sharepoint.userSiteCreation': 'appOnly',
  'sharepoint.workflows': 'notInGraph',
  'communications.im': 'communications',
  'communications.federation': 'communications',
  'communications.liveMeeting': 'communications',
}

function capability(reason: UnavailableReason | undefined): Capability {
  return reason ? { available: false, reason } : { available: true }
}

export const GRAPH_CAPABILITIES: BackendCapabilities = {
  action: action => capability(UNAVAILABLE_ACTIONS[action]),
  setting: key => capability(UNAVAILABLE_SETTINGS[key]),
  // Graph has no transaction: an import creates what it can and says what it couldn't.
  userImport: 'rowByRow',
}

/** Refuses an action Graph can't do (a rejected promise, as every repository call fails), naming the reason. */
export function unsupported(action: BackendAction): Promise<never> {
  const reason = UNAVAILABLE_ACTIONS[action] ?? 'notInGraph'
  return Promise.reject(new BackendError('unsupported', `${action} is not available on Microsoft 365 (${reason})`))
}

/** A repository none of whose methods Graph can do: each call refuses with `unsupported`. */
export function unsupportedRepository<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get: (_target, method) =>
      typeof method === 'string' && method !== 'then'
        ? () => unsupported(`${name}.${method}` as BackendAction)
        : undefined,
  })
}
