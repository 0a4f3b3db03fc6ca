import type { Steps } from '@/domain/steps'
import { computed, onScopeDispose, shallowRef, watch } from 'vue'

/**
 * How long steps run before the page gets the event loop back: well under the 50 ms a browser
 * counts as a long task, so a frame can be painted and a click answered in between.
 */
const BUDGET_MS = 10

interface Scheduler {
  yield?: () => Promise<void>
}

/**
 * Gives the event loop back for a moment: `scheduler.yield()` where the browser has it (the work
 * resumes before other queued tasks), else a message to ourselves (no 4 ms clamp, unlike a timer).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise(resolve => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * A figure worked out in steps (`Steps` from the domain) from the inputs `input` reads, a time
 * slice at a time, so thousands of records never freeze the page. `input` returns null while the
 * inputs aren't ready (`data` is then null too); when they change, the run under way is dropped
 * and a new one starts, and `data` keeps the last figure until the new one is done.
 */
export function useStepwise<I, T>(input: () => I | null, steps: (input: I) => Steps<T>) {
  const data = shallowRef<T | null>(null)
  const error = shallowRef<unknown>(null)
  const running = shallowRef(false)
  /** The current run; an older one stops at its next step. */
  let run = 0

  async function drive(id: number, work: Steps<T>): Promise<void> {
    let since = performance.now()
    try {
      for (let step = work.next(); ; step = work.next()) {
        if (step.done) {
          if (id !== run) return
          data.value = step.value
          running.value = false
          return
        }
        if (performance.now() - since >= BUDGET_MS) {
          await yieldToPage()
          if (id !== run) return
          since = performance.now()
        }
      }
    } catch (failure) {
      if (id !== run) return
      error.value = failure
      running.value = false
    }
  }

  watch(
    input,
    value => {
      const id = ++run
      error.value = null
      if (value === null) {
        data.value = null
        running.value = false
        return
      }
      running.value = true
      void drive(id, steps(value))
    },
    { immediate: true },
  )
  onScopeDispose(() => {
    run++
  })

  return { data, error, isLoading: computed(() => running.value && data.value === null) }
}
