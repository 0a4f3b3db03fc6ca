import type { MaybeRefOrGetter } from 'vue'
import type { SearchResults } from '@/backends/backend'
import { useQuery } from '@pinia/colada'
import { toValue } from 'vue'
import { useBackend } from '@/backends/current'

/** Cache keys of the top bar's search: one answer per text typed. */
export const findKeys = {
  all: ['find'] as const,
  text: (text: string) => ['find', text] as const,
}

const NOTHING: SearchResults = { hits: [], usersNotSearchedIn: [] }

/**
 * Tenants, domains and users across every client tenant for the text typed, read on each keystroke (the
 * backend answers from a prepared index). While the next answer comes the last one stays, so the list doesn't
 * flash empty; answers are never kept stale, since a user added a moment ago must be found.
 */
export function useFind(text: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => findKeys.text(toValue(text).trim()),
    query: () => {
      const typed = toValue(text).trim()
      return typed === '' ? Promise.resolve(NOTHING) : useBackend().search.find(typed)
    },
    staleTime: 0,
    gcTime: 10_000,
    placeholderData: previous => previous,
  })
}

/** Gets the backend's index ready while the person starts typing (the first search reads the whole store). */
export function warmFind(): void {
  useBackend()
    .search.find('')
    .catch(() => {})
}
