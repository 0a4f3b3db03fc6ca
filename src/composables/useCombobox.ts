import type { MaybeRefOrGetter } from 'vue'
import { computed, ref, toValue, useId, watch } from 'vue'

/**
 * The WAI-ARIA combobox with a listbox popup, as the top bar's search and the tenant switcher have it: focus stays in
 * the text field, the active option is its `aria-activedescendant`, arrows move through the options and wrap. Bind
 * `inputAttrs` on the `<input>`, `listboxId` on the listbox and `optionId(index)` on each option; the screen keeps
 * what it lists, when the list shows, and what choosing does.
 */
export function useCombobox(options: {
  /** What the listbox offers; a new list makes its first option active again. */
  readonly items: MaybeRefOrGetter<readonly unknown[]>
  /** Whether the listbox is shown. */
  readonly expanded: MaybeRefOrGetter<boolean>
}) {
  const id = useId()
  const inputId = `${id}-input`
  const listboxId = `${id}-listbox`
  const optionId = (index: number) => `${id}-option-${index}`
  /** The active option's index, -1 while there is none. */
  const active = ref(-1)
  watch(
    () => toValue(options.items),
    items => (active.value = items.length > 0 ? 0 : -1),
    { immediate: true },
  )

  /** Moves the active option by `step`, wrapping round the ends. */
  function move(step: number): void {
    const count = toValue(options.items).length
    if (count > 0) active.value = (active.value + step + count) % count
  }

  const inputAttrs = computed(() => {
    const expanded = toValue(options.expanded)
    return {
      id: inputId,
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-expanded': expanded,
      'aria-controls': expanded ? listboxId : undefined,
      'aria-activedescendant': expanded && active.value >= 0 ? optionId(active.value) : undefined,
    } as const
  })

  return { id, inputId, listboxId, optionId, active, move, inputAttrs }
}
