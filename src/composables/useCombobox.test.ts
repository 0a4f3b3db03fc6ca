// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, nextTick, ref } from 'vue'
import { useCombobox } from './useCombobox'

function setUp() {
  const items = ref<string[]>([])
  const expanded = ref(false)
  let combobox!: ReturnType<typeof useCombobox>
  mount(
    defineComponent({
      setup() {
        combobox = useCombobox({ items, expanded })
        return () => null
      },
    }),
  )
  return { items, expanded, combobox }
}

describe('useCombobox', () => {
  it('makes the first option active whenever the list changes, none while it is empty', async () => {
    const { items, combobox } = setUp()
    expect(combobox.active.value).toBe(-1)
    items.value = ['Contoso', 'Fabrikam', 'Northwind']
    await nextTick()
    expect(combobox.active.value).toBe(0)
    combobox.move(1)
    items.value = ['Contoso', 'Fabrikam']
    await nextTick()
    expect(combobox.active.value).toBe(0)
    items.value = []
    await nextTick()
    expect(combobox.active.value).toBe(-1)
  })

  it('moves through the options and wraps round both ends', async () => {
    const { items, combobox } = setUp()
    items.value = ['Contoso', 'Fabrikam', 'Northwind']
    await nextTick()
    combobox.move(-1)
    expect(combobox.active.value).toBe(2)
    combobox.move(1)
    expect(combobox.active.value).toBe(0)
  })

  it('points the field at the listbox and the active option only while the list shows', async () => {
    const { items, expanded, combobox } = setUp()
    items.value = ['Contoso', 'Fabrikam']
    await nextTick()
    expect(combobox.inputAttrs.value).toMatchObject({ role: 'combobox', 'aria-expanded': false })
    expect(combobox.inputAttrs.value['aria-controls']).toBeUndefined()
    expect(combobox.inputAttrs.value['aria-activedescendant']).toBeUndefined()
    expanded.value = true
    combobox.move(1)
    expect(combobox.inputAttrs.value).toMatchObject({
      id: combobox.inputId,
      'aria-expanded': true,
      'aria-controls': combobox.listboxId,
      'aria-activedescendant': combobox.optionId(1),
    })
  })
})
