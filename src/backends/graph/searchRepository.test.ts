import type { TenantDirectory } from '../backend'
import { describe, expect, it, vi } from 'vitest'
import { createSearchRepository } from './searchRepository'

const directory: TenantDirectory = {
  names: [
    { tenantId: 't-1', companyName: 'Contoso Bâtiment' },
    { tenantId: 't-2', companyName: 'Fabrikam Conseil' },
  ],
  known: {
    tenants: [
      {
        tenant: {
          id: 't-1',
          companyName: 'Contoso Bâtiment',
          contact: { name: '', email: '', phone: '' },
          country: 'FR',
          language: 'fr',
          domains: [{ name: 'contoso-batiment.fr', isInitial: false, isDefault: true, verified: true }],
          createdAt: '2026-01-05T09:00:00.000Z',
        },
        subscriptions: [],
      },
    ],
    unreadable: [],
  },
}

const users = {
  't-1': [
    {
      id: 'u-1',
      displayName: 'Jean Dupré',
      firstName: 'Jean',
      lastName: 'Dupré',
      userPrincipalName: 'jean@contoso-batiment.fr',
    },
  ],
}

/** The directory above, whose second customer can't be read; users read per tenant, counted. */
function microsoft365(readUsers = vi.fn(async (tenantId: string) => users[tenantId as 't-1'] ?? [])) {
  const tenants = {
    directory: vi.fn(async () => directory),
    read: vi.fn(async (ids: readonly string[]) => ({
      tenants: [],
      unreadable: ids.map(tenantId => ({
        tenantId,
        companyName: 'Fabrikam Conseil',
        problem: { kind: 'consentNeeded' as const, canConsent: false },
      })),
    })),
  }
  return { tenants, readUsers }
}

describe('Microsoft 365: search', () => {
  it("finds every customer by name, and the domains and users of those it can read; names those whose users it couldn't", async () => {
    const { tenants, readUsers } = microsoft365()
    const search = createSearchRepository(tenants, readUsers)
    expect(await search.find('batiment')).toEqual({
      hits: [
        expect.objectContaining({ kind: 'tenant', key: 't-1', detail: 'contoso-batiment.fr' }),
        expect.objectContaining({ kind: 'domain', key: 'contoso-batiment.fr', tenantId: 't-1' }),
        expect.objectContaining({ kind: 'user', key: 'u-1', detail: 'jean@contoso-batiment.fr' }),
      ],
      usersNotSearchedIn: ['Fabrikam Conseil'],
    })
    // Accents aside, by any of their words, with the tenant they are in.
    expect((await search.find('dupre jea')).hits).toEqual([
      expect.objectContaining({ kind: 'user', key: 'u-1', tenantId: 't-1', tenantName: 'Contoso Bâtiment' }),
    ])
    expect((await search.find('fabri')).hits).toEqual([expect.objectContaining({ kind: 'tenant', key: 't-2' })])
    // The one not read this session was asked for first; only the readable one's users were read.
    expect(tenants.read).toHaveBeenCalledWith(['t-2'])
    expect(readUsers.mock.calls).toEqual([['t-1']])
  })

  it('reads the customers and their users once a minute, not once a keystroke', async () => {
    let now = 0
    const { tenants, readUsers } = microsoft365()
    const search = createSearchRepository(tenants, readUsers, { now: () => now })
    for (const text of ['c', 'co', 'con']) await search.find(text)
    expect(tenants.directory).toHaveBeenCalledTimes(1)
    expect(readUsers).toHaveBeenCalledTimes(1)
    now = 61_000
    await search.find('cont')
    expect(tenants.directory).toHaveBeenCalledTimes(2)
    expect(readUsers).toHaveBeenCalledTimes(2)
  })

  it('reads afresh after a change the console made, so a user it just added is found', async () => {
    const { tenants, readUsers } = microsoft365()
    let changed = () => {}
    const search = createSearchRepository(tenants, readUsers, {
      now: () => 0,
      onChange: listener => (changed = listener),
    })
    expect((await search.find('lucie')).hits).toEqual([])
    users['t-1'].push({
      id: 'u-2',
      displayName: 'Lucie Ferrand',
      firstName: 'Lucie',
      lastName: 'Ferrand',
      userPrincipalName: 'lucie@contoso-batiment.fr',
    })
    expect((await search.find('lucie')).hits).toEqual([])
    changed()
    expect((await search.find('lucie')).hits).toEqual([expect.objectContaining({ kind: 'user', key: 'u-2' })])
    users['t-1'].pop()
  })

  it("still finds the tenant whose users Graph refused, and names it among those whose users weren't searched", async () => {
    const { tenants, readUsers } = microsoft365(
      vi.fn(async () => {
        throw new Error('403')
      }),
    )
    const search = createSearchRepository(tenants, readUsers)
    expect(await search.find('contoso')).toEqual({
      hits: [
        expect.objectContaining({ kind: 'tenant', key: 't-1' }),
        expect.objectContaining({ kind: 'domain', key: 'contoso-batiment.fr' }),
      ],
      usersNotSearchedIn: ['Contoso Bâtiment', 'Fabrikam Conseil'],
    })
  })
})
