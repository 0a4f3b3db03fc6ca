import type { Ref, ShallowRef } from 'vue'
import { ref, shallowRef } from 'vue'

/**
 * An action on one item that asks first (a delete): `ask(item)` remembers the item and opens the confirmation, bound
 * as `v-model:open="open"`; the confirm handler reads `pending`. The item stays after the dialog closes, so the
 * dialog's words don't change while it fades out.
 */
export function useConfirmFirst<T>(): { pending: ShallowRef<T | null>; open: Ref<boolean>; ask: (item: T) => void } {
  const pending = shallowRef<T | null>(null)
  const open = ref(false)
  function ask(item: T): void {
    pending.value = item
    open.value = true
  }
  return { pending, open, ask }
}
