import type { MaybeRefOrGetter } from 'vue'
import type { ActivityEntry } from '@/domain/tenant'
import { ref, shallowRef, toValue, watch } from 'vue'
import { useBackend } from '@/backends/current'

type LoadState = 'loading' | 'ready' | 'error'

/**
 * The activity log, newest first: the whole partner's without a tenant, else that tenant's, read
 * again when it changes. A tenant id of `null` (the tenant isn't loaded yet) reads nothing.
 */
export function useActivityLog(tenantId?: MaybeRefOrGetter<string | null>) {
  const entries = shallowRef<readonly ActivityEntry[]>([])
  const state = ref<LoadState>('loading')
  let latest = 0

  async function load(): Promise<void> {
    const call = ++latest
    const id = toValue(tenantId)
    state.value = 'loading'
    if (id === null)
      return
    try {
      const found = await useBackend().activity.list(id === undefined ? {} : { tenantId: id })
      // A slower answer for a tenant the person has since left must not replace the current one.
      if (call === latest) {
        entries.value = found
        state.value = 'ready'
      }
    }
    catch {
      if (call === latest)
        state.value = 'error'
    }
  }

  watch(() => toValue(tenantId), load, { immediate: true })

  return { entries, state, load }
}
