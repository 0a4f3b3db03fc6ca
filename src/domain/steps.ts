/**
 * A long computation written as steps: a generator that does a slice of the work between two
 * `yield`s and returns the result. The domain stays plain and synchronous; a caller on the page
 * may let the browser paint and answer input between steps (`useStepwise`), anything else runs
 * them all at once with `runSteps`, so both get the very same result.
 */
export type Steps<T> = Generator<void, T, void>

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** `items` in consecutive slices of `size` (the last one shorter), for a step each. */
export function* slices<T>(items: readonly T[], size: number): Generator<readonly T[], void, void> {
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`A slice holds at least one item, got ${size}`)
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size)
}
