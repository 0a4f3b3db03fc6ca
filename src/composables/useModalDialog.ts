import type { Ref } from 'vue'
import { useTemplateRef, watch } from 'vue'

/**
 * Drives the component's native `<dialog ref="dialog">` from a v-model: `showModal()` traps
 * focus, Esc closes, and focus returns to the opener. Set `open` false on the dialog's `@close`.
 */
export function useModalDialog(open: Ref<boolean>, templateRef = 'dialog'): void {
  const dialog = useTemplateRef<HTMLDialogElement>(templateRef)
  watch(
    open,
    isOpen => {
      if (isOpen && !dialog.value?.open) dialog.value?.showModal()
      else if (!isOpen && dialog.value?.open) dialog.value.close()
    },
    { flush: 'post' },
  )
}
