import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

/** What is being left: a page ("Leave this page?") or a dialog's form ("Discard your changes?"). */
export type LeavingWhat = 'page' | 'form'

/**
 * The one question the console asks before unsaved work is dropped: pages and dialogs with changes
 * ask it through `useLeaveGuard`, the shell shows it in the words of what is being left.
 */
export const useLeaveGuardStore = defineStore('leaveGuard', () => {
  const asking = ref(false)
  const leaving = ref<LeavingWhat>('page')
  let answer: ((leave: boolean) => void) | null = null

  /** Resolves true when the person chooses to leave, false when they stay. */
  function ask(what: LeavingWhat = 'page'): Promise<boolean> {
    answer?.(false)
    leaving.value = what
    asking.value = true
    return new Promise(resolve => (answer = resolve))
  }

  function answered(leave: boolean): void {
    asking.value = false
    answer?.(leave)
    answer = null
  }

  return { asking, leaving, ask, answered }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLeaveGuardStore, import.meta.hot))
