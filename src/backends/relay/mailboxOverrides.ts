import type { UserRepository } from '../backend'
import type { ActivityChange } from '@/domain/activityLog'
import type { TenantUser, UserExchangeOverrides } from '@/domain/users/users'
import type { ExchangeContext } from './exchangeRelay'
import type { RelayConnection } from './relayClient'
import { BackendError, isBackendError } from '../backend'
import { who } from '../records/users'
import { refuseInvalid } from '../records/checks'
import { exchangePath, MB, quotasFor } from './exchangeRelay'
import { relayCall } from './relayClient'
import {
  checkExchangeOverrides,
  normalizeExchangeOverrides,
  USER_PROTOCOLS,
  userLicence,
} from '@/domain/users/userWorkloads'
import { userPrincipalName } from '@/domain/users/users'

/** The user's switches, as the relay names the CAS mailbox's properties (Outlook Anywhere is MAPI over HTTP). */
const RELAY_PROTOCOLS = { outlookAnywhere: 'mapi', activeSync: 'activeSync', pop3: 'pop', imap4: 'imap' } as const

/** A mailbox as the relay reads it (`GET …/users/{upn}/exchange`). */
interface RelayMailbox {
  readonly protocols?: Record<string, boolean>
  readonly quotas?: { readonly prohibitSendReceiveQuota?: number | null }
}

/** What the mailbox says, as overrides: a protocol off, and its size in MB. */
function overridesOf(mailbox: RelayMailbox | undefined): UserExchangeOverrides {
  const off = Object.fromEntries(
    USER_PROTOCOLS.filter(protocol => mailbox?.protocols?.[RELAY_PROTOCOLS[protocol]] === false).map(p => [p, false]),
  )
  const bytes = mailbox?.quotas?.prohibitSendReceiveQuota
  return { ...off, ...(typeof bytes === 'number' ? { mailboxMb: Math.round(bytes / MB) } : {}) }
}

/** The relay's fields as the user's Exchange fields. */
function overrideField(field: string): string | undefined {
  if (field.startsWith('quotas')) return 'exchange.mailboxMb'
  const protocol = USER_PROTOCOLS.find(p => field === `protocols.${RELAY_PROTOCOLS[p]}`)
  return protocol && `exchange.${protocol}`
}

/**
 * A user's mailbox on Microsoft 365 through the partner relay (`Get-`/`Set-CASMailbox`,
 * `Get-`/`Set-Mailbox`): read for their page, written with only what changed, so a protocol the
 * tenant turned off is never switched back on by a size change. A mailbox size left empty keeps the
 * mailbox's size: Graph can't read the tenant default it would otherwise follow.
 */
export function withMailboxOverrides(
  users: UserRepository,
  relay: RelayConnection,
  context: ExchangeContext,
): UserRepository {
  async function userOf(tenantId: string, userId: string): Promise<TenantUser> {
    const user = (await users.list(tenantId)).find(candidate => candidate.id === userId)
    if (!user) throw new BackendError('notFound', `There is no user ${userId} in tenant ${tenantId}`)
    return user
  }

  const mailboxPath = (user: TenantUser) =>
    exchangePath(user.tenantId, `/users/${encodeURIComponent(userPrincipalName(user))}/exchange`)

  /**
   * The mailbox's overrides; none when Exchange has no mailbox for the user (no Exchange licence, or
   * one assigned moments ago: Exchange makes the mailbox some time after).
   */
  const readMailbox = async (user: TenantUser): Promise<UserExchangeOverrides> => {
    try {
      const answer = await relayCall<RelayMailbox>(relay, {
        method: 'GET',
        path: mailboxPath(user),
        what: "read the user's mailbox",
      })
      return overridesOf(answer.body)
    } catch (error) {
      if (isBackendError(error, 'notFound')) return {}
      throw error
    }
  }

  return {
    ...users,

    exchangeOverrides: async (tenantId, userId) => readMailbox(await userOf(tenantId, userId)),

    setExchangeOverrides: async (tenantId, userId, overrides) => {
      const loaded = await context.consoleTenant(tenantId)
      const user = await userOf(tenantId, userId)
      const before = await readMailbox(user)
      // The size the mailbox already has is no change: Exchange's own limit may be above the offer's.
      const { mailboxMb, ...protocolsAsked } = overrides
      const asked = mailboxMb === before.mailboxMb ? protocolsAsked : overrides
      const { unavailable, invalid } = checkExchangeOverrides(
        asked as Record<string, unknown>,
        userLicence(user, loaded.subscriptions, context.today()),
      )
      if (unavailable.length > 0)
        throw new BackendError(
          'featureUnavailable',
          `The user's licence at ${loaded.tenant.companyName} doesn't include ${unavailable.map(issue => issue.field).join(', ')}`,
          unavailable,
        )
      refuseInvalid(invalid, 'A value is not allowed')
      const next = normalizeExchangeOverrides(overrides)
      const protocols = USER_PROTOCOLS.filter(p => (before[p] !== false) !== (next[p] !== false))
      const size = next.mailboxMb !== undefined && next.mailboxMb !== before.mailboxMb ? next.mailboxMb : undefined
      if (protocols.length === 0 && size === undefined) return { ...user, exchange: before }
      const { body } = await relayCall<RelayMailbox>(relay, {
        method: 'PATCH',
        path: mailboxPath(user),
        body: {
          ...(protocols.length > 0
            ? { protocols: Object.fromEntries(protocols.map(p => [RELAY_PROTOCOLS[p], next[p] !== false])) }
            : {}),
          ...(size === undefined ? {} : { quotas: quotasFor(size) }),
        },
        what: "save the user's mailbox settings",
        field: overrideField,
      })
      const after = overridesOf(body)
      const changes: ActivityChange[] = [
        ...protocols.map(p => ({ field: `exchange.${p}`, before: before[p] !== false, after: after[p] !== false })),
        ...(size === undefined
          ? []
          : [{ field: 'exchange.mailboxMb', before: before.mailboxMb ?? null, after: after.mailboxMb ?? null }]),
      ]
      await context.log({
        area: 'user',
        action: 'user.exchangeChanged',
        tenant: loaded.tenant,
        details: who(user),
        changes,
      })
      return { ...user, exchange: after }
    },
  }
}
