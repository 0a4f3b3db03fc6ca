import type { SearchRepository } from '../backend'
import type { FindIndex, FindItem } from '@/domain/find/findIndex'
import type { LocalContext } from './context'
import { buildFindIndex, findInIndex } from '@/domain/find/findIndex'
import { domainFindItems, tenantFindItem, userFindItem } from '@/domain/find/findItems'

/**
 * Search in this browser: an index of every tenant, domain and user, built on the first search from one read of
 * the store, then kept while the store is unchanged. Every write logs an activity entry in its transaction (resets,
 * bulk loads and imports too), so the last entry's number says whether the index still holds: one small read a
 * keystroke, not a pass over the users. Any change, from this tab or another, builds it again on the next search.
 */
export function createSearchRepository(context: LocalContext): SearchRepository {
  const { db } = context
  let prepared: { stamp: string; index: Promise<FindIndex> } | undefined

  async function stamp(): Promise<string> {
    return String(await db.activity.orderBy(':id').lastKey())
  }

  async function build(): Promise<FindIndex> {
    const { tenants, users } = await db.transaction('r', [db.tenants, db.users], async () => ({
      tenants: await db.tenants.toArray(),
      users: await db.users.toArray(),
    }))
    const names = new Map(tenants.map(tenant => [tenant.id, tenant.companyName]))
    const items: FindItem[] = []
    for (const tenant of tenants) items.push(tenantFindItem(tenant), ...domainFindItems(tenant))
    for (const user of users) items.push(userFindItem(user, names.get(user.tenantId) ?? ''))
    return buildFindIndex(items)
  }

  async function index(): Promise<FindIndex> {
    const now = await stamp()
    if (prepared?.stamp !== now) {
      const building = build()
      prepared = { stamp: now, index: building }
      building.catch(() => (prepared = undefined))
    }
    return prepared.index
  }

  return {
    find: text =>
      context.run('search', async () => ({ hits: findInIndex(await index(), text), usersNotSearchedIn: [] })),
  }
}
