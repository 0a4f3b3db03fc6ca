import type { Ref } from 'vue'
import { onBeforeUnmount, onMounted } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'
import { useLeaveGuardStore } from '@/stores/leaveGuard'

/**
 * Asks before unsaved work is lost: leaving the page in the app (the router's guard asks in the
 * console's words), reloading or closing the tab (the browser's own prompt; it shows no page text).
 * `allowLeave` lets the page go once its work is saved and it moves on by itself.
 */
export function useLeaveGuard(dirty: () => boolean) {
  const guard = useLeaveGuardStore()
  let allowed = false

  onBeforeRouteLeave(() => allowed || !dirty() || guard.ask())

  function beforeUnload(event: BeforeUnloadEvent): void {
    if (allowed || !dirty()) return
    event.preventDefault()
    // Older Chromium asks only when returnValue is set.
    event.returnValue = ''
  }
  onMounted(() => window.addEventListener('beforeunload', beforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', beforeUnload))

  /** What the page does next (open what it just saved) is not leaving work behind. */
  function allowLeave(): void {
    allowed = true
  }

  /** Asks now (a dialog with changes being closed): true when the person lets the changes go. */
  function confirmDiscard(): Promise<boolean> {
    return dirty() ? guard.ask('form') : Promise.resolve(true)
  }

  return { allowLeave, confirmDiscard }
}

/**
 * A form that asks before what was typed into it is lost: changed is anything since it was last
 * filled or saved (`markSaved`).
 */
export function useUnsavedForm<T>(form: Ref<T>) {
  let kept = JSON.stringify(form.value)
  /** Something was typed since the form was last filled or saved. */
  const changed = () => JSON.stringify(form.value) !== kept
  const { allowLeave, confirmDiscard } = useLeaveGuard(changed)
  /** What the form holds now is stored (read, saved, or kept as a draft). */
  function markSaved(): void {
    kept = JSON.stringify(form.value)
  }
  return { markSaved, allowLeave, confirmDiscard, changed }
}
