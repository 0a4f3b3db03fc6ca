import type { SettingKey, TenantSettings } from '@/domain/console/settings'
import type { UnreadableReason } from '../contract/settings'
import type { RelayItemResult } from './exchangeRelay'
import type { RelayConnection } from './relayClient'
import { exchangePath, failedItems, refusePartly } from './exchangeRelay'
import { relayCall } from './relayClient'

/** The tenant's protocol switches, as the relay names them (each a CAS mailbox plan property). */
export const RELAY_PROTOCOLS = {
  'exchange.owa': 'owa',
  'exchange.outlookAnywhere': 'mapi',
  'exchange.activeSync': 'activeSync',
  'exchange.pop3': 'pop',
  'exchange.imap4': 'imap',
} as const satisfies Partial<Record<SettingKey, string>>

type ProtocolSetting = keyof typeof RELAY_PROTOCOLS
const PROTOCOL_SETTINGS = Object.keys(RELAY_PROTOCOLS) as ProtocolSetting[]

/** Tenant-wide settings some service other than Graph reads and writes. */
export interface TenantSettingsSource {
  readonly keys: readonly SettingKey[]
  /** The values it could read; a key it couldn't is left out: unknown, never drift. */
  readonly read: (tenantId: string) => Promise<Partial<TenantSettings>>
  /** Writes the changes (its keys only); the values as read back. */
  readonly write: (tenantId: string, changes: Partial<TenantSettings>) => Promise<Partial<TenantSettings>>
  /** Why the last read in that tenant left some of its keys out, where it knows (none: it doesn't say). */
  readonly unreadableBecause?: (tenantId: string) => Partial<Record<SettingKey, UnreadableReason>>
}

interface RelayPlans {
  readonly plans?: readonly { readonly name?: string; readonly protocols?: Record<string, boolean> }[]
  readonly results?: readonly RelayItemResult[]
}

/**
 * Several sources as one: each reads on its own (one failing leaves only its own settings unknown)
 * and writes only its own keys.
 */
export function combinedSources(...sources: readonly TenantSettingsSource[]): TenantSettingsSource {
  return {
    keys: sources.flatMap(source => source.keys),
    unreadableBecause: tenantId =>
      Object.assign({}, ...sources.map(source => source.unreadableBecause?.(tenantId) ?? {})),
    read: async tenantId =>
      Object.assign({}, ...(await Promise.all(sources.map(source => source.read(tenantId).catch(() => ({})))))),
    write: async (tenantId, changes) => {
      const written: Partial<TenantSettings> = {}
      for (const source of sources) {
        const own = Object.fromEntries(
          Object.entries(changes).filter(([key]) => source.keys.includes(key as SettingKey)),
        ) as Partial<TenantSettings>
        if (Object.keys(own).length > 0) Object.assign(written, await source.write(tenantId, own))
      }
      return written
    },
  }
}

/**
 * A protocol's tenant value is its CAS mailbox plans' one: each licence brings a plan, and the
 * switch sets them all. Plans that disagree (changed elsewhere) or none at all: not known.
 */
function valuesOf(body: RelayPlans | undefined): Partial<TenantSettings> {
  const plans = body?.plans ?? []
  const known: Partial<Record<ProtocolSetting, boolean>> = {}
  if (plans.length === 0) return known
  for (const key of PROTOCOL_SETTINGS) {
    const values = new Set(plans.map(plan => plan.protocols?.[RELAY_PROTOCOLS[key]]))
    const [only] = values
    if (values.size === 1 && typeof only === 'boolean') known[key] = only
  }
  return known
}

/**
 * The tenant's Exchange protocols through the partner relay's protocols route
 * (`Get-`/`Set-CASMailboxPlan`). A plan's switches apply to mailboxes created or licensed after
 * the change; each existing mailbox keeps its own (a user's switches on their page).
 */
export function relayExchangeSettings(relay: RelayConnection): TenantSettingsSource {
  return {
    keys: PROTOCOL_SETTINGS,

    read: async tenantId => {
      const { body } = await relayCall<RelayPlans>(relay, {
        method: 'GET',
        path: exchangePath(tenantId, '/exchange/protocols'),
        what: "read the tenant's Exchange protocols",
      })
      return valuesOf(body)
    },

    write: async (tenantId, changes) => {
      const keys = PROTOCOL_SETTINGS.filter(key => changes[key] !== undefined)
      if (keys.length === 0) return {}
      const answer = await relayCall<RelayPlans>(relay, {
        method: 'PATCH',
        path: exchangePath(tenantId, '/exchange/protocols'),
        body: { protocols: Object.fromEntries(keys.map(key => [RELAY_PROTOCOLS[key], changes[key]])) },
        what: "change the tenant's Exchange protocols",
        field: field => keys.find(key => field === `protocols.${RELAY_PROTOCOLS[key]}`),
      })
      // A plan Exchange refused keeps its old switch: said beside each switch asked for.
      refusePartly(
        keys.flatMap(key => failedItems(answer.body?.results, key)),
        "change the tenant's Exchange protocols",
        answer.correlationId,
      )
      return valuesOf(answer.body)
    },
  }
}
