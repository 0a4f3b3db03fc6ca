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

describe('Microsoft 365: search', () => {
  it('finds every customer by name and the domains of those read, and says users are not searched', async () => {
    const tenants = { directory: vi.fn(async () => directory) }
    const search = createSearchRepository(tenants)
    expect(await search.find('batiment')).toEqual({
      hits: [
        expect.objectContaining({ kind: 'tenant', key: 't-1', detail: 'contoso-batiment.fr' }),
        expect.objectContaining({ kind: 'domain', key: 'contoso-batiment.fr', tenantId: 't-1' }),
      ],
      unsearched: ['user'],
    })
    expect((await search.find('fabri')).hits).toEqual([expect.objectContaining({ kind: 'tenant', key: 't-2' })])
  })

  it('reads the customers once a minute, not once a keystroke', async () => {
    let now = 0
    const tenants = { directory: vi.fn(async () => directory) }
    const search = createSearchRepository(tenants, () => now)
    for (const text of ['c', 'co', 'con']) await search.find(text)
    expect(tenants.directory).toHaveBeenCalledTimes(1)
    now = 61_000
    await search.find('cont')
    expect(tenants.directory).toHaveBeenCalledTimes(2)
  })
})
