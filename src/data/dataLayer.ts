import type { App } from 'vue'
import type { Router } from 'vue-router'
import { PiniaColada, useQueryCache, type UseQueryOptionsGlobal } from '@pinia/colada'
import { nextTick } from 'vue'
import { useBackend } from '@/backends/current'

/**
 * How every feature's reads behave unless it says otherwise. What a screen read stays fresh for
 * a short while, so moving between a tenant's sections doesn't read it again; past that it is
 * shown at once and read again behind it (stale-while-revalidate). A window regaining focus
 * doesn't re-read: on Microsoft 365 each read is Graph calls across every customer, and the
 * console's own writes already invalidate what they change.
 */
const QUERY_DEFAULTS: UseQueryOptionsGlobal = {
  staleTime: 30_000,
  gcTime: 5 * 60_000,
  refetchOnWindowFocus: false,
}

/**
 * Reads a screen started and no longer needs when the person leaves it are cancelled: their
 * `signal` aborts, so a backend that honours it stops, and a late answer never lands.
 */
function cancelReadsLeftBehind(router: Router): void {
  const cache = useQueryCache()
  router.afterEach(async () => {
    // The left route's components unmount in the render that follows the navigation.
    await nextTick()
    cache.cancelQueries({ active: false })
  })
}

/**
 * When another tab writes (the demo data are shared by this browser's tabs), what this one shows is
 * read again. Forms keep what is being typed; their save names the version they started from.
 */
function readAgainOnChangesElsewhere(): void {
  const cache = useQueryCache()
  useBackend().changedElsewhere?.(() => void cache.invalidateQueries())
}

/** The async-state primitive every feature module builds on (Pinia Colada), installed after Pinia. */
export function installDataLayer(app: App, router: Router): void {
  app.use(PiniaColada, { queryOptions: QUERY_DEFAULTS })
  cancelReadsLeftBehind(router)
  readAgainOnChangesElsewhere()
}
