import type { TenantRecordRepository } from '../backend'
import type { MailContact, MailContactInput } from '@/domain/console/exchange'
import type { ExchangeContext } from './exchangeRelay'
import type { RelayConnection } from './relayClient'
import { BackendError } from '../backend'
import { refuseInvalid } from '../records/checks'
import { exchangePath, requireOffers } from './exchangeRelay'
import { relayCall } from './relayClient'
import { normalizeAddress, validateMailContact } from '@/domain/console/exchange'

/** A mail contact as the relay lists it (`Get-MailContact`). */
interface RelayContact {
  readonly id: string
  readonly name?: string
  readonly displayName?: string
  readonly email?: string
}

/** The relay's fields as the contact form's. */
function contactField(field: string): string | undefined {
  if (field === 'name' || field === 'displayName') return 'mailContactName'
  if (field === 'email') return 'mailContactEmail'
  return undefined
}

/** Mail contacts on Microsoft 365: Exchange's mail contacts through the partner relay. */
export function createRelayContacts(
  relay: RelayConnection,
  context: ExchangeContext,
): TenantRecordRepository<MailContact, MailContactInput> {
  const read = async (tenantId: string): Promise<MailContact[]> =>
    (
      (
        await relayCall<{ value?: RelayContact[] }>(relay, {
          method: 'GET',
          path: exchangePath(tenantId, '/exchange/contacts'),
          what: 'read the mail contacts',
        })
      ).body?.value ?? []
    ).map(contact => ({
      id: contact.id,
      tenantId,
      displayName: contact.displayName ?? contact.name ?? '',
      email: normalizeAddress(contact.email ?? ''),
      // Exchange's creation date isn't read: none is shown rather than one made up.
      createdAt: '',
    }))

  return {
    list: async tenantId => {
      await context.tenant(tenantId)
      return read(tenantId)
    },

    add: async (tenantId, input) => {
      const loaded = await context.consoleTenant(tenantId)
      requireOffers(loaded, 'exchange.owa', context.today())
      const contacts = await read(tenantId)
      refuseInvalid(
        validateMailContact(input, {
          contactEmails: new Set(contacts.map(contact => contact.email)),
          tenantDomains: loaded.tenant.domains.map(domain => domain.name),
        }),
        'The mail contact breaks a rule',
      )
      const displayName = input.displayName.trim()
      const email = normalizeAddress(input.email)
      // Exchange's Name (unique, 64 characters at most) is the display name; a clash is Exchange's refusal to say.
      const { body } = await relayCall<RelayContact>(relay, {
        method: 'POST',
        path: exchangePath(tenantId, '/exchange/contacts'),
        body: { name: displayName, displayName, email },
        what: 'create the mail contact',
        field: contactField,
      })
      await context.log({
        area: 'exchange',
        action: 'exchange.contactCreated',
        tenant: loaded.tenant,
        details: { displayName, email },
        changes: [{ field: 'contacts', before: null, after: email }],
      })
      return { id: body?.id ?? email, tenantId, displayName, email, createdAt: '' }
    },

    remove: async (tenantId, contactId) => {
      const loaded = await context.consoleTenant(tenantId)
      requireOffers(loaded, 'exchange.owa', context.today())
      const contact = (await read(tenantId)).find(candidate => candidate.id === contactId)
      if (!contact) throw new BackendError('notFound', 'There is no such mail contact in this tenant')
      await relayCall(relay, {
        method: 'DELETE',
        path: exchangePath(tenantId, `/exchange/contacts/${encodeURIComponent(contactId)}`),
        what: 'delete the mail contact',
      })
      await context.log({
        area: 'exchange',
        action: 'exchange.contactRemoved',
        tenant: loaded.tenant,
        details: { displayName: contact.displayName, email: contact.email },
        changes: [{ field: 'contacts', before: contact.email, after: null }],
      })
    },
  }
}
