import type { SenderEntryInput, TenantRecordRepository } from '../backend'
import type { SenderEntry, SenderListKind } from '@/domain/console/senders'
import type { ExchangeContext, RelayItemResult } from './exchangeRelay'
import type { RelayConnection } from './relayClient'
import { BackendError } from '../backend'
import { refuseInvalid } from '../records/checks'
import { exchangePath, failedItems, refusePartly, requireOffers } from './exchangeRelay'
import { relayCall } from './relayClient'
import { normalizeSender, validateSenderEntry } from '@/domain/console/senders'

/** The default anti-spam policy's lists, as the relay reads them (`GET …/exchange/senders`). */
interface RelaySenders {
  readonly allowed?: readonly string[]
  readonly allowedDomains?: readonly string[]
  readonly blocked?: readonly string[]
  readonly blockedDomains?: readonly string[]
}

/** The console's safe list is Exchange's allowed one. */
const RELAY_LIST: Record<SenderListKind, 'allowed' | 'blocked'> = { safe: 'allowed', blocked: 'blocked' }

/** An entry's id is its list and value: Exchange keeps plain strings, with no id of their own. */
const entryId = (list: SenderListKind, value: string) => `${list}:${value}`

function entriesOf(tenantId: string, senders: RelaySenders): SenderEntry[] {
  const entry = (list: SenderListKind) => (value: string) => {
    const normalized = normalizeSender(value)
    // Exchange keeps no date for an entry: none is shown rather than one made up.
    return { id: entryId(list, normalized), tenantId, list, value: normalized, createdAt: '' }
  }
  return [
    ...[...(senders.allowed ?? []), ...(senders.allowedDomains ?? [])].map(entry('safe')),
    ...[...(senders.blocked ?? []), ...(senders.blockedDomains ?? [])].map(entry('blocked')),
  ].sort((a, b) => a.value.localeCompare(b.value))
}

/** The relay's field for the one entry sent, as the sender form's field. */
const senderField = (field: string) => (field.startsWith('entries') ? 'sender' : undefined)

/**
 * Safe and blocked senders on Microsoft 365: the tenant's default anti-spam policy
 * (`Set-HostedContentFilterPolicy`) through the partner relay, checked first by the console's rules.
 */
export function createRelaySenders(
  relay: RelayConnection,
  context: ExchangeContext,
): TenantRecordRepository<SenderEntry, SenderEntryInput> {
  const read = async (tenantId: string) =>
    entriesOf(
      tenantId,
      (
        await relayCall<RelaySenders>(relay, {
          method: 'GET',
          path: exchangePath(tenantId, '/exchange/senders'),
          what: 'read the sender lists',
        })
      ).body ?? {},
    )

  return {
    list: async tenantId => {
      await context.tenant(tenantId)
      return read(tenantId)
    },

    add: async (tenantId, { list, value }) => {
      const loaded = await context.consoleTenant(tenantId)
      requireOffers(loaded, 'exchange.filtering', context.today())
      refuseInvalid(validateSenderEntry(value, list, await read(tenantId)), 'The sender breaks a rule')
      const sender = normalizeSender(value)
      const answer = await relayCall<{ results?: RelayItemResult[] }>(relay, {
        method: 'POST',
        path: exchangePath(tenantId, '/exchange/senders'),
        body: { list: RELAY_LIST[list], entries: [sender] },
        what: 'add the sender',
        field: senderField,
      })
      refusePartly(failedItems(answer.body?.results, 'sender'), 'add the sender', answer.correlationId)
      await context.log({
        area: 'exchange',
        action: `exchange.${list}SenderAdded`,
        tenant: loaded.tenant,
        details: { value: sender },
        changes: [{ field: `senders.${list}`, before: null, after: sender }],
      })
      return { id: entryId(list, sender), tenantId, list, value: sender, createdAt: '' }
    },

    remove: async (tenantId, entryIdToRemove) => {
      const loaded = await context.consoleTenant(tenantId)
      requireOffers(loaded, 'exchange.filtering', context.today())
      const entry = (await read(tenantId)).find(candidate => candidate.id === entryIdToRemove)
      if (!entry) throw new BackendError('notFound', 'There is no such sender in this tenant')
      await relayCall(relay, {
        method: 'DELETE',
        path: exchangePath(tenantId, `/exchange/senders/${RELAY_LIST[entry.list]}/${encodeURIComponent(entry.value)}`),
        what: 'remove the sender',
      })
      await context.log({
        area: 'exchange',
        action: `exchange.${entry.list}SenderRemoved`,
        tenant: loaded.tenant,
        details: { value: entry.value },
        changes: [{ field: `senders.${entry.list}`, before: entry.value, after: null }],
      })
    },
  }
}
