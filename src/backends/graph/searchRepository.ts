import type { SearchRepository, TenantRepository } from '../backend'
import type { FindIndex, FindItem } from '@/domain/find/findIndex'
import { buildFindIndex, findInIndex } from '@/domain/find/findIndex'
import { domainFindItems, namedTenantFindItem, tenantFindItem } from '@/domain/find/findItems'

/** How long one reading of the customers serves the keystrokes after it. */
const DIRECTORY_KEPT_MS = 60_000

/**
 * Search on Microsoft 365: every GDAP customer by name (one Graph call names them all), and the domains of the
 * tenants read this session, from an index built from that answer and kept a minute, so keystrokes cost no call.
 * Users are not searched across tenants: Graph answers one customer's directory per token, so it would take a
 * call per customer per keystroke; the results say to look in a tenant's Users page.
 */
export function createSearchRepository(
  tenants: Pick<TenantRepository, 'directory'>,
  now: () => number = Date.now,
): SearchRepository {
  let prepared: { at: number; index: Promise<FindIndex> } | undefined

  async function build(): Promise<FindIndex> {
    const { names, known } = await tenants.directory()
    const read = new Map(known.tenants.map(({ tenant }) => [tenant.id, tenant]))
    const items: FindItem[] = []
    for (const { tenantId, companyName } of names) {
      const tenant = read.get(tenantId)
      if (tenant) items.push(tenantFindItem(tenant), ...domainFindItems(tenant))
      else items.push(namedTenantFindItem(tenantId, companyName))
    }
    return buildFindIndex(items)
  }

  function index(): Promise<FindIndex> {
    if (!prepared || now() - prepared.at > DIRECTORY_KEPT_MS) {
      const building = build()
      prepared = { at: now(), index: building }
      building.catch(() => (prepared = undefined))
    }
    return prepared.index
  }

  return {
    find: async text => ({ hits: findInIndex(await index(), text), unsearched: ['user'] }),
  }
}
