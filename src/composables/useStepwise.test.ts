import type { Steps } from '@/domain/steps'
import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref, watch } from 'vue'
import { runSteps } from '@/domain/steps'
import { useStepwise } from './useStepwise'

/** Adds 1 to `n` times, busy for `stepMs` each step: a stand-in for the fee engine. */
function* count(n: number, stepMs: number, log: number[] = []): Steps<number> {
  let total = 0
  for (let i = 0; i < n; i++) {
    const until = performance.now() + stepMs
    while (performance.now() < until);
    total++
    log.push(total)
    yield
  }
  return total
}

/** Resolves once `check` holds, giving the event loop back in between. */
async function until(check: () => boolean): Promise<void> {
  for (let tries = 0; !check(); tries++) {
    if (tries > 500) throw new Error('Never came')
    await new Promise(resolve => setTimeout(resolve, 5))
  }
}

describe('useStepwise', () => {
  it('gives the steps’ result, as running them at once does, handing the event loop back in between', async () => {
    const scope = effectScope()
    const { data, isLoading } = scope.run(() =>
      useStepwise(
        () => 40,
        n => count(n, 2),
      ),
    )!
    expect(isLoading.value).toBe(true)
    let ticks = 0
    const timer = setInterval(() => ticks++, 0)
    await until(() => data.value !== null)
    clearInterval(timer)
    expect(data.value).toBe(runSteps(count(40, 0)))
    // 40 steps of 2 ms in slices of 10 ms: other tasks ran meanwhile.
    expect(ticks).toBeGreaterThan(2)
    expect(isLoading.value).toBe(false)
    scope.stop()
  })

  it('drops a run whose inputs changed, and keeps the last result until the new one is done', async () => {
    const scope = effectScope()
    const input = ref<number | null>(30)
    const first: number[] = []
    const { data } = scope.run(() =>
      useStepwise(
        () => input.value,
        n => count(n, 2, n === 30 ? first : []),
      ),
    )!
    const shown: (number | null)[] = []
    scope.run(() => watch(data, value => shown.push(value), { flush: 'sync' }))
    await until(() => data.value === 30)
    input.value = 50
    await nextTick()
    expect(data.value).toBe(30)
    await until(() => data.value === 50)
    input.value = 200
    await nextTick()
    input.value = 5
    await until(() => data.value === 5)
    input.value = null
    await nextTick()
    expect(data.value).toBeNull()
    expect(first).toHaveLength(30)
    // The run for 200 was dropped: never shown, and a null only once the inputs are gone.
    expect(shown).toEqual([30, 50, 5, null])
    scope.stop()
  })

  it('says what failed', async () => {
    const scope = effectScope()
    const failing = function* (): Steps<number> {
      throw new RangeError('No price for this offer')
    }
    const { data, error } = scope.run(() => useStepwise(() => 1, failing))!
    await until(() => error.value !== null)
    expect(error.value).toBeInstanceOf(RangeError)
    expect(data.value).toBeNull()
    scope.stop()
  })
})
