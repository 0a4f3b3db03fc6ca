import type { EntryKey } from '@pinia/colada'
import type { MaybeRefOrGetter } from 'vue'
import type { BackendAction, TenantRecordRepository } from '@/backends/backend'
import { useMutation, useQuery, useQueryCache } from '@pinia/colada'
import { toValue } from 'vue'
import { useBackend } from '@/backends/current'

/** Where one kind of a tenant's records comes from, and which cache entries a change to them makes stale. */
export interface RecordSource<T, Input> {
  /** The cache key of the tenant's list of these records. */
  readonly key: (tenantId: string) => EntryKey
  /** When the backend can't do this action, nothing is asked for. */
  readonly listAction: BackendAction
  /** Read at each call, so a backend set after start-up (tests, a reset) is the one asked. */
  readonly repository: () => TenantRecordRepository<T, Input>
  /** Other reads a change to these records moves (a site's quota moves the SharePoint storage). */
  readonly alsoChanges?: (tenantId: string) => readonly EntryKey[]
}

/**
 * One kind of a tenant's records (sender entries, distribution lists, contacts, sites): the list
 * as a read, and adding and removing as writes that read the list again, refused or not (another
 * tab may have changed what a refusal was about).
 */
export function useRecordList<T extends { readonly id: string }, Input>(
  tenantId: MaybeRefOrGetter<string>,
  source: RecordSource<T, Input>,
) {
  const cache = useQueryCache()
  const list = useQuery({
    key: () => source.key(toValue(tenantId)),
    query: () => source.repository().list(toValue(tenantId)),
    enabled: () => useBackend().capabilities.action(source.listAction).available,
  })

  function refreshAfterWrite(id: string): Promise<unknown> {
    const keys = [source.key(id), ...(source.alsoChanges?.(id) ?? [])]
    return Promise.all(keys.map(key => cache.invalidateQueries({ key })))
  }

  const add = useMutation({
    mutation: (input: Input) => source.repository().add(toValue(tenantId), input),
    onSettled: () => refreshAfterWrite(toValue(tenantId)),
  })
  const remove = useMutation({
    mutation: async (record: T) => {
      await source.repository().remove(toValue(tenantId), record.id)
      return record
    },
    onSettled: () => refreshAfterWrite(toValue(tenantId)),
  })

  return { list, add, remove }
}

/** What a record card needs: the list read, and the two writes. */
export type RecordList<T extends { readonly id: string }, Input> = ReturnType<typeof useRecordList<T, Input>>
