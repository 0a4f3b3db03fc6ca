import type { DistributionList, DistributionListInput, MailContact, MailContactInput } from '@/domain/console/exchange'
import type { SenderEntry } from '@/domain/console/senders'
import type { SenderEntryInput, TenantRecordRepository } from '../backend'
import type { LocalContext } from './context'
import {
  distributionListAddress,
  normalizeAddress,
  uniqueMembers,
  validateDistributionList,
  validateMailContact,
} from '@/domain/console/exchange'
import { normalizeSender, validateSenderEntry } from '@/domain/console/senders'
import { primaryDomain } from '@/domain/tenant/tenant'
import { byCreation, refuseInvalid } from '../records/checks'
import { requireFeature } from './consoleChecks'
import { removeTenantRecord } from './tenantRecordRemoval'

// Sender lists, distribution lists and mail contacts: each write is one transaction with its activity entry.

/** Every write reads the tenant, its subscriptions and the activity log's partner, and appends to the log. */
function writeTables({ db }: LocalContext) {
  return [db.tenants, db.subscriptions, db.activity, db.meta]
}

/** Both Forefront sender lists of a tenant. */
export function createSenderRepository(context: LocalContext): TenantRecordRepository<SenderEntry, SenderEntryInput> {
  const { db, run } = context
  return {
    list: tenantId =>
      run('read the sender lists', () =>
        db.transaction('r', db.tenants, db.subscriptions, db.senders, async () => {
          await context.loadTenant(tenantId)
          return (await db.senders.where('tenantId').equals(tenantId).toArray()).sort((a, b) =>
            a.value.localeCompare(b.value),
          )
        }),
      ),

    add: (tenantId, { list, value }) =>
      run('add the sender', () =>
        db.transaction('rw', [...writeTables(context), db.senders], async () => {
          const loaded = await context.loadConsoleTenant(tenantId)
          requireFeature(context, loaded, 'exchange.filtering')
          const existing = await db.senders.where('tenantId').equals(tenantId).toArray()
          refuseInvalid(validateSenderEntry(value, list, existing), 'The sender breaks a rule')
          const at = context.now()
          const entry: SenderEntry = {
            id: crypto.randomUUID(),
            tenantId,
            list,
            value: normalizeSender(value),
            createdAt: at.toISOString(),
          }
          await db.senders.add(entry)
          await context.log(
            {
              area: 'exchange',
              action: `exchange.${list}SenderAdded`,
              tenant: loaded.tenant,
              details: { value: entry.value },
              changes: [{ field: `senders.${list}`, before: null, after: entry.value }],
            },
            at,
          )
          return entry
        }),
      ),

    remove: (tenantId, entryId) =>
      removeTenantRecord(
        context,
        {
          operation: 'remove the sender',
          table: db.senders,
          feature: 'exchange.filtering',
          noun: 'sender',
          activity: entry => ({
            area: 'exchange',
            action: `exchange.${entry.list}SenderRemoved`,
            details: { value: entry.value },
            changes: [{ field: `senders.${entry.list}`, before: entry.value, after: null }],
          }),
        },
        tenantId,
        entryId,
      ),
  }
}

/** A tenant's distribution lists; members are the tenant's users. */
export function createDistributionListRepository(
  context: LocalContext,
): TenantRecordRepository<DistributionList, DistributionListInput> {
  const { db, run } = context
  return {
    list: tenantId =>
      run('read the distribution lists', () =>
        db.transaction('r', [db.tenants, db.subscriptions, db.distributionLists, db.users], async () => {
          await context.loadTenant(tenantId)
          // A deleted user leaves every list: members are read against the users that still exist.
          const userIds = new Set(await db.users.where('tenantId').equals(tenantId).primaryKeys())
          return (await db.distributionLists.where('tenantId').equals(tenantId).toArray())
            .sort(byCreation)
            .map(list => ({ ...list, memberIds: list.memberIds.filter(id => userIds.has(id)) }))
        }),
      ),

    add: (tenantId, input) =>
      run('create the distribution list', () =>
        db.transaction('rw', [...writeTables(context), db.distributionLists, db.users], async () => {
          const loaded = await context.loadConsoleTenant(tenantId)
          requireFeature(context, loaded, 'exchange.owa')
          const lists = await db.distributionLists.where('tenantId').equals(tenantId).toArray()
          const users = await db.users.where('tenantId').equals(tenantId).toArray()
          // A list's address sits on the default domain, where a user's mailbox may already have it.
          const defaultDomain = primaryDomain(loaded.tenant)
          const takenAliases = new Set([
            ...lists.map(list => list.alias),
            ...users.filter(user => user.domain === defaultDomain).map(user => user.alias),
          ])
          refuseInvalid(
            validateDistributionList(input, { takenAliases, userIds: new Set(users.map(user => user.id)) }),
            'The distribution list breaks a rule',
          )
          const at = context.now()
          const list: DistributionList = {
            id: crypto.randomUUID(),
            tenantId,
            displayName: input.displayName.trim(),
            alias: normalizeAddress(input.alias),
            memberIds: uniqueMembers(input.memberIds),
            createdAt: at.toISOString(),
          }
          const address = distributionListAddress(list, loaded.tenant)
          await db.distributionLists.add(list)
          await context.log(
            {
              area: 'exchange',
              action: 'exchange.distributionListCreated',
              tenant: loaded.tenant,
              details: { displayName: list.displayName, address, members: list.memberIds.length },
              changes: [{ field: 'distributionLists', before: null, after: address }],
            },
            at,
          )
          return list
        }),
      ),

    remove: (tenantId, listId) =>
      removeTenantRecord(
        context,
        {
          operation: 'delete the distribution list',
          table: db.distributionLists,
          feature: 'exchange.owa',
          noun: 'distribution list',
          activity: (list, tenant) => {
            const address = distributionListAddress(list, tenant)
            return {
              area: 'exchange',
              action: 'exchange.distributionListRemoved',
              details: { displayName: list.displayName, address },
              changes: [{ field: 'distributionLists', before: address, after: null }],
            }
          },
        },
        tenantId,
        listId,
      ),
  }
}

/** A tenant's mail contacts: outside addresses that show in its address book. */
export function createContactRepository(context: LocalContext): TenantRecordRepository<MailContact, MailContactInput> {
  const { db, run } = context
  return {
    list: tenantId =>
      run('read the mail contacts', () =>
        db.transaction('r', db.tenants, db.subscriptions, db.contacts, async () => {
          await context.loadTenant(tenantId)
          return (await db.contacts.where('tenantId').equals(tenantId).toArray()).sort(byCreation)
        }),
      ),

    add: (tenantId, input) =>
      run('create the mail contact', () =>
        db.transaction('rw', [...writeTables(context), db.contacts], async () => {
          const loaded = await context.loadConsoleTenant(tenantId)
          requireFeature(context, loaded, 'exchange.owa')
          const contacts = await db.contacts.where('tenantId').equals(tenantId).toArray()
          refuseInvalid(
            validateMailContact(input, {
              contactEmails: new Set(contacts.map(contact => contact.email)),
              tenantDomains: loaded.tenant.domains.map(domain => domain.name),
            }),
            'The mail contact breaks a rule',
          )
          const at = context.now()
          const contact: MailContact = {
            id: crypto.randomUUID(),
            tenantId,
            displayName: input.displayName.trim(),
            email: normalizeAddress(input.email),
            createdAt: at.toISOString(),
          }
          await db.contacts.add(contact)
          await context.log(
            {
              area: 'exchange',
              action: 'exchange.contactCreated',
              tenant: loaded.tenant,
              details: { displayName: contact.displayName, email: contact.email },
              changes: [{ field: 'contacts', before: null, after: contact.email }],
            },
            at,
          )
          return contact
        }),
      ),

    remove: (tenantId, contactId) =>
      removeTenantRecord(
        context,
        {
          operation: 'delete the mail contact',
          table: db.contacts,
          feature: 'exchange.owa',
          noun: 'mail contact',
          activity: contact => ({
            area: 'exchange',
            action: 'exchange.contactRemoved',
            details: { displayName: contact.displayName, email: contact.email },
            changes: [{ field: 'contacts', before: contact.email, after: null }],
          }),
        },
        tenantId,
        contactId,
      ),
  }
}
