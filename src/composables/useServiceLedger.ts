import type { MaybeRefOrGetter } from 'vue'
import type { AddOn, AddOnFilter, AddOnInput, AddOnStatus } from '@/domain/ledger/addOns'
import { ref, shallowRef, toValue, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { isBackendError } from '@/backends/backend'
import { useBackend } from '@/backends/current'
import { useValidationMessages } from './useValidationMessages'

/**
 * The services ledger for one tenant or the whole partner: loads it, records, edits, moves and
 * deletes services, and keeps each refusal by the field (form) or the row (actions) that caused it.
 */
export function useServiceLedger(filter: MaybeRefOrGetter<AddOnFilter> = {}) {
  const { t } = useI18n()
  const { byField } = useValidationMessages()
  // Thousands of plain records on the partner page: shallow, so Vue doesn't proxy each one.
  const services = shallowRef<AddOn[]>([])
  const state = ref<'loading' | 'ready' | 'error'>('loading')
  const busy = ref(false)
  /** The form's messages by field; `form` when no field is to blame. */
  const fieldErrors = ref<Record<string, string>>({})
  /** Why an action on a row failed, by service id. */
  const rowErrors = ref<Record<string, string>>({})

  function refusal(error: unknown): string {
    if (isBackendError(error, 'validation'))
      return Object.values(byField(error.issues))[0] ?? t('services.errors.saveFailed')
    if (isBackendError(error, 'notFound')) return t('services.errors.gone')
    if (isBackendError(error, 'conflict')) return t('backend.conflict')
    return t('services.errors.saveFailed')
  }

  async function load(): Promise<void> {
    try {
      services.value = await useBackend().services.list(toValue(filter))
      state.value = 'ready'
    } catch {
      state.value = 'error'
    }
  }

  /** Records a new service (`serviceId` null) or saves an edit; resolves to whether it was stored. */
  async function save(tenantId: string, serviceId: string | null, input: AddOnInput): Promise<boolean> {
    busy.value = true
    fieldErrors.value = {}
    try {
      const backend = useBackend()
      await (serviceId === null
        ? backend.services.create(tenantId, input)
        : backend.services.update(tenantId, serviceId, input))
      await load()
      return true
    } catch (error) {
      fieldErrors.value = isBackendError(error, 'validation') ? byField(error.issues) : { form: refusal(error) }
      return false
    } finally {
      busy.value = false
    }
  }

  async function act(service: AddOn, action: () => Promise<unknown>): Promise<boolean> {
    busy.value = true
    rowErrors.value = { ...rowErrors.value, [service.id]: '' }
    try {
      await action()
      await load()
      return true
    } catch (error) {
      rowErrors.value = { ...rowErrors.value, [service.id]: refusal(error) }
      return false
    } finally {
      busy.value = false
    }
  }

  const move = (service: AddOn, status: AddOnStatus) =>
    act(service, () => useBackend().services.setStatus(service.tenantId, service.id, status))
  const remove = (service: AddOn) => act(service, () => useBackend().services.remove(service.tenantId, service.id))

  watch(
    () => toValue(filter),
    () => {
      state.value = 'loading'
      void load()
    },
    { immediate: true, deep: true },
  )

  return { services, state, busy, fieldErrors, rowErrors, load, save, move, remove }
}
