import type { FindItem } from '@/domain/find/findIndex'

/** What one search found, and what this backend could not search (said beside the results). */
export interface SearchResults {
  /** Tenants first, then domains, then users; a few of each at most. */
  readonly hits: readonly FindItem[]
  /** Tenants whose users this search couldn't look through (Microsoft 365: those it can't read), by name. */
  readonly usersNotSearchedIn: readonly string[]
}

export interface SearchRepository {
  /**
   * Tenants, domains and users across every client tenant whose words start with each word typed, accents and
   * case aside ("dupre jea" finds Jean Dupré), a few of each kind. Fast enough for every keystroke: the embedded
   * backend answers from a prepared index, not a read of the store.
   */
  find: (text: string) => Promise<SearchResults>
}
