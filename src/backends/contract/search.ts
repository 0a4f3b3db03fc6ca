import type { FindItem, FindKind } from '@/domain/find/findIndex'

/** What one search found, and what this backend could not search (said beside the results). */
export interface SearchResults {
  /** Tenants first, then domains, then users; a few of each at most. */
  readonly hits: readonly FindItem[]
  /** Kinds this backend doesn't search across tenants (Microsoft 365: users): the results say where to look. */
  readonly unsearched: readonly FindKind[]
}

export interface SearchRepository {
  /**
   * Tenants, domains and users across every client tenant whose words start with each word typed, accents and
   * case aside ("dupre jea" finds Jean Dupré), a few of each kind. Fast enough for every keystroke: the embedded
   * backend answers from a prepared index, not a read of the store.
   */
  find: (text: string) => Promise<SearchResults>
}
