import type { DataAdmin } from '@/backends/backend'
import type { ValidationIssue } from '@/domain/validation'
import { useMutation, useQueryCache } from '@pinia/colada'
import { BackendError, isBackendError } from '@/backends/backend'
import { useBackend } from '@/backends/current'

/** Whether the data live in this browser, so the person can reset, load, export and import them. */
export function hasDataAdmin(): boolean {
  return useBackend().dataAdmin !== undefined
}

function dataAdmin(): DataAdmin {
  const admin = useBackend().dataAdmin
  if (!admin) throw new BackendError('unsupported', 'This backend has no whole-store operations')
  return admin
}

/**
 * A whole-store change (reset, bulk load, import) may have changed anything: every read is made
 * again when next shown, whether it succeeded or not (a refusal midway may have kept some rows).
 */
function useEverythingChanged() {
  const cache = useQueryCache()
  return () => cache.invalidateQueries()
}

/** Replaces everything with the demo partner's seeded data. */
export function useResetToDemo() {
  return useMutation({ mutation: () => dataAdmin().resetToDemo(), onSettled: useEverythingChanged() })
}

/** Adds `count` generated tenants; resolves to how many were added. */
export function useLoadLargeDataset() {
  return useMutation({
    mutation: (count: number) => dataAdmin().loadLargeDataset(count),
    onSettled: useEverythingChanged(),
  })
}

/** Replaces everything with an exported document; a bad file is refused whole (`invalidImport`). */
export function useImportAll() {
  return useMutation({
    mutation: ({ document }: { document: unknown }) => dataAdmin().importAll(document),
    onSettled: useEverythingChanged(),
  })
}

/** Everything stored, as the document an import takes back. */
export function exportAll(): Promise<unknown> {
  return dataAdmin().exportAll()
}

/** What made a file unimportable (not an export, or data that break a rule); `null` for any other failure. */
export function refusedImport(error: unknown): readonly ValidationIssue[] | null {
  return isBackendError(error, 'invalidImport') ? error.issues : null
}
