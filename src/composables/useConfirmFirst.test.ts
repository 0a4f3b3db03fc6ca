import { describe, expect, it } from 'vitest'
import { useConfirmFirst } from './useConfirmFirst'

describe('useConfirmFirst', () => {
  it('remembers the item asked about and opens the confirmation', () => {
    const { pending, open, ask } = useConfirmFirst<{ name: string }>()
    expect([pending.value, open.value]).toEqual([null, false])
    ask({ name: 'contoso.fr' })
    expect([pending.value, open.value]).toEqual([{ name: 'contoso.fr' }, true])
  })

  it('keeps the item once the confirmation closes, so its words stay as it fades', () => {
    const { pending, open, ask } = useConfirmFirst<{ name: string }>()
    ask({ name: 'contoso.fr' })
    open.value = false
    expect(pending.value).toEqual({ name: 'contoso.fr' })
    ask({ name: 'fabrikam.fr' })
    expect(pending.value).toEqual({ name: 'fabrikam.fr' })
  })
})
