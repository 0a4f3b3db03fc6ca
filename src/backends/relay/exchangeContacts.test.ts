import type { BackendError } from '../backend'
import { describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { useTestGraph } from '../graph/testing'
import { fakeRelay, on, refusal } from './testing'

const [STANDARD] = CLIENT_TENANTS
const CONTACT = { id: 'c-1', name: 'Cabinet Roux', displayName: 'Cabinet Roux', email: 'Compta@Cabinet-Roux.fr' }

describe('relay adapter: mail contacts', () => {
  const { backend } = useTestGraph()
  const readContacts = on('GET', '/exchange/contacts', () => ({ status: 200, body: { value: [CONTACT] } }))

  it('lists the mail contacts with their address in lower case', async () => {
    const { relay } = fakeRelay(readContacts)
    expect(await backend({ relay }).exchange.contacts.list(STANDARD.id)).toEqual([
      { id: 'c-1', tenantId: STANDARD.id, displayName: 'Cabinet Roux', email: 'compta@cabinet-roux.fr', createdAt: '' },
    ])
  })

  it("refuses an address on the tenant's own domain, or one already a contact, before asking the relay", async () => {
    const { relay, writes } = fakeRelay(readContacts)
    const contacts = backend({ relay }).exchange.contacts
    const internal = await contacts
      .add(STANDARD.id, { displayName: 'Marc', email: `marc@${STANDARD.defaultDomain}` })
      .catch(e => e)
    expect((internal as BackendError).issues[0]).toMatchObject({ field: 'mailContactEmail', code: 'internalAddress' })
    const taken = await contacts
      .add(STANDARD.id, { displayName: 'Roux', email: 'compta@cabinet-roux.fr' })
      .catch(e => e)
    expect((taken as BackendError).issues[0]).toMatchObject({ field: 'mailContactEmail', code: 'taken' })
    expect(writes()).toEqual([])
  })

  it('creates a contact through the relay and logs it', async () => {
    const { relay, writes } = fakeRelay(
      readContacts,
      on('POST', '/exchange/contacts', call => ({
        status: 201,
        body: { id: 'c-2', ...(call.body as object) },
      })),
    )
    const graph = backend({ relay })
    const contact = await graph.exchange.contacts.add(STANDARD.id, {
      displayName: ' Notaire Blanc ',
      email: 'Office@Notaire-Blanc.fr',
    })
    expect(contact).toMatchObject({ id: 'c-2', displayName: 'Notaire Blanc', email: 'office@notaire-blanc.fr' })
    expect(writes()[0]!.body).toEqual({
      name: 'Notaire Blanc',
      displayName: 'Notaire Blanc',
      email: 'office@notaire-blanc.fr',
    })
    const [logged] = await graph.activity.list({ tenantId: STANDARD.id, limit: 1 })
    expect(logged).toMatchObject({ action: 'exchange.contactCreated', details: { email: 'office@notaire-blanc.fr' } })
  })

  it("puts Exchange's refusal of the address beside the e-mail field", async () => {
    const { relay } = fakeRelay(
      readContacts,
      on('POST', '/exchange/contacts', () =>
        refusal(400, 'Exchange Online refused: not a valid SMTP address.', 'email'),
      ),
    )
    const error = await backend({ relay })
      .exchange.contacts.add(STANDARD.id, { displayName: 'Blanc', email: 'office@notaire-blanc.fr' })
      .catch(e => e)
    expect((error as BackendError).issues).toEqual([
      {
        field: 'mailContactEmail',
        code: 'rejectedByService',
        params: { message: 'Exchange Online refused: not a valid SMTP address.' },
      },
    ])
  })
})
