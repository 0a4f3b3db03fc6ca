import { ref } from 'vue'

// Below 1024 px the main navigation folds behind the top bar's menu button: the button and the
// navigation are in different components, so they share this one state.
const open = ref(false)
const button = ref<HTMLButtonElement | null>(null)

export function useNavMenu() {
  /** Closes the menu; `returnFocus` puts focus back on the button, as after Escape. */
  function close(returnFocus = false): void {
    if (!open.value) return
    open.value = false
    if (returnFocus) button.value?.focus()
  }
  function toggle(): void {
    open.value = !open.value
  }
  return { open, button, close, toggle }
}
