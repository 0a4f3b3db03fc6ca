import type { TenantRecordRepository } from '../backend'
import type { DistributionList, DistributionListInput } from '@/domain/console/exchange'
import type { TenantUser } from '@/domain/users/users'
import type { ExchangeContext, RelayItemResult } from './exchangeRelay'
import type { RelayConnection } from './relayClient'
import { BackendError } from '../backend'
import { refuseInvalid } from '../records/checks'
import { exchangePath, failedItems, refusePartly, requireOffers } from './exchangeRelay'
import { relayCall } from './relayClient'
import { normalizeAddress, uniqueMembers, validateDistributionList } from '@/domain/console/exchange'
import { primaryDomain } from '@/domain/tenant/tenant'
import { userPrincipalName } from '@/domain/users/users'

/** A distribution group as the relay lists it (`Get-DistributionGroup`). */
interface RelayList {
  readonly id: string
  readonly name: string
  readonly displayName?: string
  readonly alias?: string
  readonly primarySmtpAddress?: string
}

interface RelayMember {
  readonly name?: string
  readonly primarySmtpAddress?: string
}

/** The relay's fields as the list form's. */
function listField(field: string): string | undefined {
  if (field === 'name') return 'listName'
  if (field === 'alias' || field === 'primarySmtpAddress') return 'listAlias'
  if (field.startsWith('members')) return 'listMembers'
  return undefined
}

/**
 * Distribution lists on Microsoft 365: Exchange's distribution groups through the partner relay.
 * Members are the tenant's users, sent by UPN and read back to their Graph ids; the list is read
 * with one call, then one per list for its members (Exchange lists members only group by group).
 */
export function createRelayDistributionLists(
  relay: RelayConnection,
  context: ExchangeContext,
  /** The tenant's users as Graph lists them: members are chosen among them. */
  users: (tenantId: string) => Promise<readonly TenantUser[]>,
): TenantRecordRepository<DistributionList, DistributionListInput> {
  const groups = async (tenantId: string) =>
    (
      await relayCall<{ value?: RelayList[] }>(relay, {
        method: 'GET',
        path: exchangePath(tenantId, '/exchange/distribution-lists'),
        what: 'read the distribution lists',
      })
    ).body?.value ?? []

  const members = async (tenantId: string, list: RelayList) =>
    (
      await relayCall<{ value?: RelayMember[] }>(relay, {
        method: 'GET',
        path: exchangePath(tenantId, `/exchange/distribution-lists/${encodeURIComponent(list.id)}/members`),
        what: `read the members of ${list.displayName ?? list.name}`,
      })
    ).body?.value ?? []

  const asList = (tenantId: string, list: RelayList, memberIds: readonly string[]): DistributionList => ({
    id: list.id,
    tenantId,
    displayName: list.displayName ?? list.name,
    alias: normalizeAddress(list.alias ?? ''),
    memberIds,
    // Exchange's creation date isn't read: none is shown rather than one made up.
    createdAt: '',
  })

  return {
    list: async tenantId => {
      await context.tenant(tenantId)
      const [lists, people] = await Promise.all([groups(tenantId), users(tenantId)])
      const byAddress = new Map(people.map(user => [userPrincipalName(user).toLowerCase(), user.id]))
      return Promise.all(
        lists.map(async list => {
          // A member who isn't one of the tenant's users (a contact, another group) is kept by address.
          const ids = (await members(tenantId, list)).map(member => {
            const address = normalizeAddress(member.primarySmtpAddress ?? member.name ?? '')
            return byAddress.get(address) ?? address
          })
          return asList(tenantId, list, ids)
        }),
      )
    },

    add: async (tenantId, input) => {
      const loaded = await context.consoleTenant(tenantId)
      requireOffers(loaded, 'exchange.owa', context.today())
      const [lists, people] = await Promise.all([groups(tenantId), users(tenantId)])
      // A list's address sits on the default domain, where a user's mailbox may already have it.
      const defaultDomain = primaryDomain(loaded.tenant)
      const takenAliases = new Set([
        ...lists.map(list => normalizeAddress(list.alias ?? '')),
        ...people.filter(user => user.domain === defaultDomain).map(user => user.alias),
      ])
      refuseInvalid(
        validateDistributionList(input, { takenAliases, userIds: new Set(people.map(user => user.id)) }),
        'The distribution list breaks a rule',
      )
      const memberIds = uniqueMembers(input.memberIds)
      const byId = new Map(people.map(user => [user.id, userPrincipalName(user)]))
      const displayName = input.displayName.trim()
      const answer = await relayCall<{ list?: RelayList; results?: RelayItemResult[] }>(relay, {
        method: 'POST',
        path: exchangePath(tenantId, '/exchange/distribution-lists'),
        body: { name: displayName, alias: normalizeAddress(input.alias), members: memberIds.map(id => byId.get(id)!) },
        what: 'create the distribution list',
        field: listField,
      })
      const created = answer.body?.list
      if (!created?.id) throw new BackendError('remote', 'The partner relay created the list but did not return it')
      const results = answer.body?.results ?? []
      const refused = new Set(results.flatMap(result => (result.status === 'failed' ? [result.item] : [])))
      const added = memberIds.filter(id => !refused.has(byId.get(id)!))
      const address = created.primarySmtpAddress ?? `${created.alias}@${defaultDomain}`
      // The list exists whatever its members came to: logged first, then the members refused are said.
      await context.log({
        area: 'exchange',
        action: 'exchange.distributionListCreated',
        tenant: loaded.tenant,
        details: { displayName, address, members: added.length },
        changes: [{ field: 'distributionLists', before: null, after: address }],
      })
      refusePartly(failedItems(results, 'listMembers'), 'add members to the distribution list', answer.correlationId)
      return asList(tenantId, created, added)
    },

    remove: async (tenantId, listId) => {
      const loaded = await context.consoleTenant(tenantId)
      requireOffers(loaded, 'exchange.owa', context.today())
      const list = (await groups(tenantId)).find(candidate => candidate.id === listId)
      if (!list) throw new BackendError('notFound', 'There is no such distribution list in this tenant')
      await relayCall(relay, {
        method: 'DELETE',
        path: exchangePath(tenantId, `/exchange/distribution-lists/${encodeURIComponent(listId)}`),
        what: 'delete the distribution list',
      })
      await context.log({
        area: 'exchange',
        action: 'exchange.distributionListRemoved',
        tenant: loaded.tenant,
        details: { displayName: list.displayName ?? list.name, address: list.primarySmtpAddress ?? '' },
        changes: [{ field: 'distributionLists', before: list.primarySmtpAddress ?? list.name, after: null }],
      })
    },
  }
}
