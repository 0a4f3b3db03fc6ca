import type { SearchRepository, TenantRepository } from '../backend'
import type { GraphClient } from './graphClient'
import type { GraphUser } from './graphTypes'
import type { FindIndex, FindItem } from '@/domain/find/findIndex'
import { CONCURRENT_TENANTS, createQueue } from './concurrency'
import { graphCall } from './graphErrors'
import { buildFindIndex, findInIndex } from '@/domain/find/findIndex'
import { domainFindItems, namedTenantFindItem, tenantFindItem, userFindItem } from '@/domain/find/findItems'

/** How long one reading of the customers and their users serves the keystrokes after it. */
const DIRECTORY_KEPT_MS = 60_000

/** A client tenant's user as the search needs them: its names and sign-in address. */
export interface UserToFind {
  readonly id: string
  readonly displayName: string
  readonly firstName: string
  readonly lastName: string
  readonly userPrincipalName: string
}

/** One tenant's users, read silently with its own token (never a sign-in page in the middle of a search). */
export type ReadUsersToFind = (tenantId: string) => Promise<readonly UserToFind[]>

/** A tenant's users through Graph, only what the search shows, silently (a tenant wanting a sign-in is skipped). */
export function usersToFind(client: GraphClient): ReadUsersToFind {
  return async tenantId => {
    const users = await graphCall('read the users to search', () =>
      client.list<Pick<GraphUser, 'id' | 'displayName' | 'givenName' | 'surname' | 'userPrincipalName'>>(
        { clientTenantId: tenantId, silentOnly: true },
        '/users?$select=id,displayName,givenName,surname,userPrincipalName&$top=999',
      ),
    )
    return users.map(user => ({
      id: user.id,
      displayName: user.displayName ?? user.userPrincipalName,
      firstName: user.givenName ?? '',
      lastName: user.surname ?? '',
      userPrincipalName: user.userPrincipalName,
    }))
  }
}

interface Prepared {
  readonly index: FindIndex
  readonly usersNotSearchedIn: readonly string[]
}

/**
 * Search on Microsoft 365: every GDAP customer by name (one Graph call names them all), and the domains and users of
 * every tenant the console can read (those not read this session yet are read first), from an index built from those
 * answers and kept a minute, so keystrokes cost no call. Graph answers one customer's directory per token, so the
 * users are read once per tenant when the index is built (a few tenants at a time), not searched per keystroke; the
 * tenants whose users couldn't be read are named. A change the console makes drops the index: the next search reads
 * afresh.
 */
export function createSearchRepository(
  tenants: Pick<TenantRepository, 'directory' | 'read'>,
  readUsers: ReadUsersToFind,
  {
    now = Date.now,
    onChange,
  }: {
    readonly now?: () => number
    /** The console's own changes (`GraphContext.onChange`): a user it just added is found at once, not in a minute. */
    readonly onChange?: (listener: () => void) => void
  } = {},
): SearchRepository {
  let prepared: { at: number; index: Promise<Prepared> } | undefined
  onChange?.(() => (prepared = undefined))

  async function build(): Promise<Prepared> {
    const { names, known } = await tenants.directory()
    // Those not read this session yet are read now (the dashboard usually has): their users are searched too.
    const settled = new Set([...known.tenants.map(({ tenant }) => tenant.id), ...known.unreadable.map(t => t.tenantId)])
    const toRead = names.filter(name => !settled.has(name.tenantId)).map(name => name.tenantId)
    const fresh = toRead.length > 0 ? (await tenants.read(toRead)).tenants : []
    const read = new Map([...known.tenants, ...fresh].map(({ tenant }) => [tenant.id, tenant]))
    const queue = createQueue(CONCURRENT_TENANTS)
    const notSearched: string[] = []
    // In the directory's order, whichever tenant answers first.
    const perTenant = await Promise.all(
      names.map(async ({ tenantId, companyName }): Promise<FindItem[]> => {
        const tenant = read.get(tenantId)
        if (!tenant) {
          notSearched.push(companyName)
          return [namedTenantFindItem(tenantId, companyName)]
        }
        const found = [tenantFindItem(tenant), ...domainFindItems(tenant)]
        try {
          const users = await queue(() => readUsers(tenantId))
          return [...found, ...users.map(user => userFindItem(toFindUser(tenantId, user), tenant.companyName))]
        } catch {
          notSearched.push(tenant.companyName)
          return found
        }
      }),
    )
    return {
      index: buildFindIndex(perTenant.flat()),
      usersNotSearchedIn: notSearched.sort((a, b) => a.localeCompare(b)),
    }
  }

  function index(): Promise<Prepared> {
    if (!prepared || now() - prepared.at > DIRECTORY_KEPT_MS) {
      const building = build()
      prepared = { at: now(), index: building }
      building.catch(() => (prepared = undefined))
    }
    return prepared.index
  }

  return {
    find: async text => {
      const { index: words, usersNotSearchedIn } = await index()
      return { hits: findInIndex(words, text), usersNotSearchedIn }
    },
  }
}

/** The user's address in the parts the console keeps (alias and domain). */
function toFindUser(tenantId: string, user: UserToFind) {
  const at = user.userPrincipalName.lastIndexOf('@')
  return {
    id: user.id,
    tenantId,
    displayName: user.displayName,
    firstName: user.firstName,
    lastName: user.lastName,
    alias: at < 0 ? user.userPrincipalName : user.userPrincipalName.slice(0, at),
    domain: at < 0 ? '' : user.userPrincipalName.slice(at + 1),
  }
}
