import type { BackendError } from '../backend'
import { describe, expect, it } from 'vitest'
import { CLIENT_TENANTS } from '../../../test-world/directory'
import { isBackendError } from '../backend'
import { useTestGraph } from '../graph/testing'
import { fakeRelay, on, refusal } from './testing'

const [STANDARD] = CLIENT_TENANTS
const DOMAIN = STANDARD.defaultDomain
const LIST = {
  id: 'g-1',
  name: 'Fournil',
  displayName: 'Fournil',
  alias: 'fournil',
  primarySmtpAddress: `fournil@${DOMAIN}`,
}

describe('relay adapter: distribution lists', () => {
  const { backend } = useTestGraph()
  const readLists = on('GET', '/exchange/distribution-lists', () => ({ status: 200, body: { value: [LIST] } }))
  const readMembers = on('GET', '/exchange/distribution-lists/g-1/members', () => ({
    status: 200,
    body: {
      value: [
        { name: 'Julien Bernard', primarySmtpAddress: `Julien.Bernard@${DOMAIN}` },
        { name: 'Extérieur', primarySmtpAddress: 'ext@ailleurs.fr' },
      ],
    },
  }))

  async function userIds(graph: ReturnType<typeof backend>) {
    const users = await graph.users.list(STANDARD.id)
    return Object.fromEntries(users.map(user => [user.alias, user.id]))
  }

  it("reads each list's members back to the tenant's users, keeping any other member by address", async () => {
    const { relay } = fakeRelay(readLists, readMembers)
    const graph = backend({ relay })
    const ids = await userIds(graph)
    expect(await graph.exchange.distributionLists.list(STANDARD.id)).toEqual([
      {
        id: 'g-1',
        tenantId: STANDARD.id,
        displayName: 'Fournil',
        alias: 'fournil',
        memberIds: [ids['julien.bernard'], 'ext@ailleurs.fr'],
        createdAt: '',
      },
    ])
  })

  it('refuses a taken alias before asking the relay', async () => {
    const { relay, writes } = fakeRelay(readLists)
    const error = await backend({ relay })
      .exchange.distributionLists.add(STANDARD.id, { displayName: 'Autre', alias: 'Fournil', memberIds: [] })
      .catch(e => e)
    expect((error as BackendError).issues).toEqual([
      { field: 'listAlias', code: 'taken', params: { alias: 'fournil' } },
    ])
    expect(writes()).toEqual([])
  })

  it('creates the list with its members by UPN; a member Exchange refused (207) is said beside Members, the list stays', async () => {
    const { relay, writes } = fakeRelay(
      readLists,
      on('POST', '/exchange/distribution-lists', () => ({
        status: 207,
        body: {
          list: {
            id: 'g-2',
            name: 'Vente',
            displayName: 'Vente',
            alias: 'vente',
            primarySmtpAddress: `vente@${DOMAIN}`,
          },
          results: [
            { item: `elodie.dupre@${DOMAIN}`, status: 'done' },
            {
              item: `marc.dupre@${DOMAIN}`,
              status: 'failed',
              error: { code: 'notFound', message: "Exchange Online refused: couldn't be found.", field: 'members[1]' },
            },
          ],
        },
      })),
    )
    const graph = backend({ relay })
    const ids = await userIds(graph)
    const error = await graph.exchange.distributionLists
      .add(STANDARD.id, {
        displayName: ' Vente ',
        alias: 'Vente',
        memberIds: [ids['elodie.dupre']!, ids['marc.dupre']!],
      })
      .catch(e => e)
    expect(writes()[0]!.body).toEqual({
      name: 'Vente',
      alias: 'vente',
      members: [`elodie.dupre@${DOMAIN}`, `marc.dupre@${DOMAIN}`],
    })
    expect(isBackendError(error, 'validation')).toBe(true)
    expect((error as BackendError).issues).toEqual([
      {
        field: 'listMembers',
        code: 'rejectedByService',
        params: { message: `marc.dupre@${DOMAIN}: Exchange Online refused: couldn't be found.` },
      },
    ])
    const [logged] = await graph.activity.list({ tenantId: STANDARD.id, limit: 1 })
    expect(logged).toMatchObject({
      action: 'exchange.distributionListCreated',
      details: { displayName: 'Vente', address: `vente@${DOMAIN}`, members: 1 },
    })
  })

  it("puts Exchange's refusal of the name beside the list's name field", async () => {
    const { relay } = fakeRelay(
      readLists,
      on('POST', '/exchange/distribution-lists', () =>
        refusal(400, 'Exchange Online refused: Name is too long.', 'name'),
      ),
    )
    const error = await backend({ relay })
      .exchange.distributionLists.add(STANDARD.id, { displayName: 'Vente', alias: 'vente', memberIds: [] })
      .catch(e => e)
    expect((error as BackendError).issues).toEqual([
      {
        field: 'listName',
        code: 'rejectedByService',
        params: { message: 'Exchange Online refused: Name is too long.' },
      },
    ])
  })

  it('deletes a list by its id and logs it with its address', async () => {
    const { relay, writes } = fakeRelay(
      readLists,
      on('DELETE', '/exchange/distribution-lists/g-1', () => ({ status: 204 })),
    )
    const graph = backend({ relay })
    await graph.exchange.distributionLists.remove(STANDARD.id, 'g-1')
    expect(writes().map(call => call.method)).toEqual(['DELETE'])
    const [logged] = await graph.activity.list({ tenantId: STANDARD.id, limit: 1 })
    expect(logged).toMatchObject({
      action: 'exchange.distributionListRemoved',
      details: { address: LIST.primarySmtpAddress },
    })
  })
})
