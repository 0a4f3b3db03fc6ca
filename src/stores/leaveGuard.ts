import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * The one question the console asks before unsaved work is dropped ("Leave this page?"): pages and
 * dialogs with changes ask it through `useLeaveGuard`, the shell shows it.
 */
export const useLeaveGuardStore = defineStore('leaveGuard', () => {
  const asking = ref(false)
  let answer: ((leave: boolean) => void) | null = null

  /** Resolves true when the person chooses to leave, false when they stay. */
  function ask(): Promise<boolean> {
    answer?.(false)
    asking.value = true
    return new Promise(resolve => (answer = resolve))
  }

  function answered(leave: boolean): void {
    asking.value = false
    answer?.(leave)
    answer = null
  }

  return { asking, ask, answered }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLeaveGuardStore, import.meta.hot))
