import type { Ref } from 'vue'
import { onBeforeUnmount, onMounted, ref } from 'vue'

// Every clipped-text box on the page is checked in one animation frame: all reads first, then all writes, so a
// scrolling list of hundreds of cells costs one layout a frame, not one per cell.
const dirty = new Map<Element, (clipped: boolean) => void>()
let frame = 0
let observer: ResizeObserver | undefined

function flush(): void {
  frame = 0
  const found = [...dirty].map(([element, set]) => [element.scrollWidth > element.clientWidth + 1, set] as const)
  dirty.clear()
  for (const [clipped, set] of found) set(clipped)
}

function schedule(element: Element, set: (clipped: boolean) => void): void {
  dirty.set(element, set)
  frame ||= requestAnimationFrame(flush)
}

const watched = new Map<Element, (clipped: boolean) => void>()
function resizeObserver(): ResizeObserver {
  observer ??= new ResizeObserver(entries => {
    for (const entry of entries) {
      const set = watched.get(entry.target)
      if (set) schedule(entry.target, set)
    }
  })
  return observer
}

/**
 * Whether an element's text is cut off by its box (`text-overflow: ellipsis`), kept up to date as its box
 * resizes; call `recheck` when its text changes.
 */
export function useClipped(element: Readonly<Ref<HTMLElement | null>>) {
  const clipped = ref(false)
  const set = (value: boolean) => (clipped.value = value)

  function recheck(): void {
    if (element.value) schedule(element.value, set)
  }

  onMounted(() => {
    if (!element.value) return
    watched.set(element.value, set)
    resizeObserver().observe(element.value)
    recheck()
  })
  onBeforeUnmount(() => {
    if (!element.value) return
    watched.delete(element.value)
    dirty.delete(element.value)
    observer?.unobserve(element.value)
  })

  return { clipped, recheck }
}
