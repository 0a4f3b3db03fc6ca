import type { SharedRecordKind, SkippedRecord } from '@/backends/backend'
import type { MaybeRefOrGetter } from 'vue'
import { computed, toValue } from 'vue'
import { useBackend } from '@/backends/current'

export type { SkippedRecord }

/**
 * The records of a kind (of one tenant, if named) the backend left out of its reads because they
 * can't be read, asked again whenever `read` (the list's data) changes: the list that skipped them
 * shows beside them.
 */
export function useSkippedRecords(
  kind: SharedRecordKind,
  read: MaybeRefOrGetter<unknown>,
  tenantId: MaybeRefOrGetter<string | null> = null,
) {
  return computed<readonly SkippedRecord[]>(() => {
    if (toValue(read) === undefined) return []
    const tenant = toValue(tenantId)
    const skipped = useBackend().skippedRecords?.() ?? []
    return skipped.filter(record => record.kind === kind && (tenant === null || record.tenantId === tenant))
  })
}
