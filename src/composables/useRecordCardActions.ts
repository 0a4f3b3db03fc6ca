import type { Ref } from 'vue'
import { ref } from 'vue'

interface NamedRecord {
  readonly id: string
  readonly displayName: string
}

/**
 * The add-and-delete flow of a card listing a tenant's records (contacts, distribution lists):
 * deleting asks first, and each change is announced politely by the record's name.
 */
export function useRecordCardActions<T extends NamedRecord, Input>(
  records: { create: (input: Input) => Promise<T | null>; remove: (id: string) => Promise<boolean> },
  messages: { created: (name: string) => string; deleted: (name: string) => string },
) {
  const pending = ref(null) as Ref<T | null>
  const confirming = ref(false)
  const announcement = ref('')

  async function create(input: Input): Promise<boolean> {
    announcement.value = ''
    const created = await records.create(input)
    if (created) announcement.value = messages.created(created.displayName)
    return created !== null
  }

  function askRemove(record: T): void {
    pending.value = record
    confirming.value = true
  }

  async function remove(): Promise<void> {
    const record = pending.value
    if (record && (await records.remove(record.id))) announcement.value = messages.deleted(record.displayName)
  }

  return { pending, confirming, announcement, create, askRemove, remove }
}
