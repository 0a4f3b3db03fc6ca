import type { MaybeRefOrGetter } from 'vue'
import { ref, shallowRef, toValue, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { BackendAction, TenantRecordRepository } from '@/backends/backend'
import { isBackendError } from '@/backends/backend'
import { useBackendCapability } from '@/composables/useBackendCapability'
import { useValidationMessages } from '@/composables/useValidationMessages'

/** Where one kind of a tenant's records comes from: a backend repository, and the action its `list` is. */
export interface RecordSource<T, Input> {
  /** When the backend can't do this action, nothing is asked for. */
  readonly listAction: BackendAction
  readonly repository: TenantRecordRepository<T, Input>
}

/**
 * One kind of a tenant's records (sender entries, lists, contacts, sites): loads them, creates
 * and removes through the backend, and turns a refusal into messages for the field or the row
 * that caused it. Resolves `create`/`remove` to whether they succeeded, so forms know to reset.
 */
export function useTenantRecords<T extends { readonly id: string }, Input>(
  tenantId: MaybeRefOrGetter<string>,
  /** Whose messages say a refusal: `exchange.errors.*` or `sharepoint.errors.*`. */
  area: 'exchange' | 'sharepoint',
  { listAction, repository }: RecordSource<T, Input>,
) {
  const { t } = useI18n()
  const { byField } = useValidationMessages()
  const records = shallowRef<T[]>([])
  const { can } = useBackendCapability()
  const state = ref<'loading' | 'ready' | 'error' | 'unavailable'>('loading')
  const busy = ref(false)
  /** Messages for the creation form, by field. */
  const fieldErrors = ref<Record<string, string>>({})
  /** Why the creation failed when no field is to blame. */
  const formError = ref('')
  /** Why removing a record failed, by record id. */
  const rowErrors = ref<Record<string, string>>({})

  function refusal(error: unknown): string {
    if (isBackendError(error, 'consoleUnavailable')) return t('tenant.console.unavailable')
    if (isBackendError(error, 'featureUnavailable')) return t(`${area}.errors.notInOffers`)
    if (isBackendError(error, 'notFound')) return t(`${area}.errors.gone`)
    return t('tenant.settings.saveFailed')
  }

  async function load(): Promise<void> {
    if (!can(listAction)) {
      state.value = 'unavailable'
      return
    }
    try {
      records.value = await repository.list(toValue(tenantId))
      state.value = 'ready'
    } catch {
      state.value = 'error'
    }
  }

  async function create(input: Input): Promise<T | null> {
    busy.value = true
    fieldErrors.value = {}
    formError.value = ''
    try {
      const created = await repository.add(toValue(tenantId), input)
      await load()
      return created
    } catch (error) {
      if (isBackendError(error, 'validation')) fieldErrors.value = byField(error.issues)
      else formError.value = refusal(error)
      return null
    } finally {
      busy.value = false
    }
  }

  async function remove(id: string): Promise<boolean> {
    busy.value = true
    rowErrors.value = { ...rowErrors.value, [id]: '' }
    try {
      await repository.remove(toValue(tenantId), id)
      await load()
      return true
    } catch (error) {
      rowErrors.value = { ...rowErrors.value, [id]: refusal(error) }
      return false
    } finally {
      busy.value = false
    }
  }

  watch(
    () => toValue(tenantId),
    () => {
      state.value = 'loading'
      void load()
    },
    { immediate: true },
  )

  return { records, state, busy, fieldErrors, formError, rowErrors, load, create, remove }
}
