import { describe, expect, it } from 'vitest'
import { makeLocal } from './testing'

describe('local backend: search', () => {
  it('finds tenants, their domains and their users across every tenant, accents aside', async () => {
    const backend = makeLocal()
    const { hits, usersNotSearchedIn } = await backend.search.find('dupre')
    expect(usersNotSearchedIn).toEqual([])
    expect(hits.filter(hit => hit.kind === 'tenant').map(hit => hit.label)).toEqual(['Boulangerie Dupré & Fils'])
    expect(hits.filter(hit => hit.kind === 'domain').every(hit => hit.tenantId === 'tenant-dupre')).toBe(true)
    const users = await backend.users.list('tenant-dupre')
    const someone = users[0]!
    const found = await backend.search.find(`${someone.lastName} ${someone.firstName.slice(0, 2)}`)
    expect(found.hits).toContainEqual(
      expect.objectContaining({ kind: 'user', key: someone.id, tenantId: 'tenant-dupre', label: someone.displayName }),
    )
  })

  it('finds what was written since the last search', async () => {
    const backend = makeLocal()
    expect((await backend.search.find('fournil')).hits).toEqual([])
    await backend.domains.add('tenant-dupre', 'fournil-dupre.fr')
    expect((await backend.search.find('fournil')).hits).toEqual([
      expect.objectContaining({ kind: 'domain', key: 'fournil-dupre.fr', tenantName: 'Boulangerie Dupré & Fils' }),
    ])
  })
})
