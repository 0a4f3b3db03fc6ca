import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { useRowSelection } from './useRowSelection'

const rows = () => ref(['a', 'b', 'c', 'd', 'e'])

describe('useRowSelection', () => {
  it('ticks one row a click, and a shift-click ticks the whole range from the last one clicked', () => {
    const selection = useRowSelection(rows(), id => id)
    selection.toggle('b')
    selection.toggle('d', true)
    expect(selection.selectedIds.value).toEqual(['b', 'c', 'd'])
    // Shift-click on a ticked row unticks the range back to the anchor.
    selection.toggle('c', true)
    expect(selection.selectedIds.value).toEqual(['b'])
  })

  it('ticks a range upwards too, and a plain click with no anchor only its row', () => {
    const selection = useRowSelection(rows(), id => id)
    selection.toggle('e', true)
    expect(selection.selectedIds.value).toEqual(['e'])
    selection.toggle('b', true)
    expect(selection.selectedIds.value).toEqual(['b', 'c', 'd', 'e'])
  })

  it('selects every row shown, and forgets rows that leave the list', async () => {
    const list = rows()
    const selection = useRowSelection(list, id => id)
    selection.selectAll()
    expect(selection.allSelected.value).toBe(true)
    list.value = ['a', 'c']
    await nextTick()
    expect(selection.selectedIds.value).toEqual(['a', 'c'])
    expect(selection.count.value).toBe(2)
    selection.clear()
    expect(selection.count.value).toBe(0)
  })
})
