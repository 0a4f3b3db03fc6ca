import type { TenantSettings } from '@/domain/console/settings'
import type { TenantSettingsSource } from './exchangeSettings'
import type { RelayItemResult } from './exchangeRelay'
import type { RelayConnection } from './relayClient'
import { exchangePath, failedItems, MB, quotasFor, refusePartly } from './exchangeRelay'
import { relayCall } from './relayClient'

const KEY = 'exchange.defaultMailboxMb'

interface RelayMailboxPlans {
  readonly plans?: readonly {
    readonly name?: string
    readonly displayName?: string
    readonly quotas?: { readonly prohibitSendReceiveQuota?: number | null }
  }[]
  readonly results?: readonly RelayItemResult[]
}

/**
 * Kiosk and F-plan mailboxes keep their licence's size whatever the tenant's default, as the
 * console's Deskless ones do: Exchange names their plan `ExchangeOnlineDeskless` (the plan takes the
 * licence's Exchange service plan's name: test-world/exchange/world.ts).
 */
const isDeskless = (displayName: string | undefined) => /deskless/i.test(displayName ?? '')

/** The size the standard plans give new mailboxes, when they agree on it. */
function sizeOf(body: RelayMailboxPlans | undefined): Partial<TenantSettings> {
  const sizes = new Set(
    (body?.plans ?? [])
      .filter(plan => !isDeskless(plan.displayName))
      .map(plan => plan.quotas?.prohibitSendReceiveQuota),
  )
  const [only] = sizes
  return sizes.size === 1 && typeof only === 'number' ? { [KEY]: Math.round(only / MB) } : {}
}

/**
 * The tenant's default mailbox size through the partner relay's mailbox-plans route
 * (`Get-`/`Set-MailboxPlan`): the size the standard plans give mailboxes created or licensed from
 * now on; "Modifying the settings in a mailbox plan doesn't affect existing mailboxes"
 * (https://learn.microsoft.com/powershell/module/exchangepowershell/set-mailboxplan).
 */
export function relayMailboxPlans(relay: RelayConnection): TenantSettingsSource {
  const path = (tenantId: string) => exchangePath(tenantId, '/exchange/mailbox-plans')
  return {
    keys: [KEY],

    read: async tenantId =>
      sizeOf(
        (
          await relayCall<RelayMailboxPlans>(relay, {
            method: 'GET',
            path: path(tenantId),
            what: 'read the mailbox plans',
          })
        ).body,
      ),

    write: async (tenantId, changes) => {
      const mb = changes[KEY]
      if (mb === undefined) return {}
      const { body: current } = await relayCall<RelayMailboxPlans>(relay, {
        method: 'GET',
        path: path(tenantId),
        what: 'read the mailbox plans',
      })
      const plans = (current?.plans ?? []).filter(plan => !isDeskless(plan.displayName)).map(plan => plan.name)
      const answer = await relayCall<RelayMailboxPlans>(relay, {
        method: 'PATCH',
        path: path(tenantId),
        body: { plans, quotas: quotasFor(mb) },
        what: 'change the default mailbox size',
        field: field => (field.startsWith('quotas') ? KEY : undefined),
      })
      refusePartly(failedItems(answer.body?.results, KEY), 'change the default mailbox size', answer.correlationId)
      return sizeOf(answer.body)
    },
  }
}
