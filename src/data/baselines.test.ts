// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { useBaselines, useRemoveBaseline, useSaveBaseline } from './baselines'
import { useErrorVoice } from './errorVoice'
import { inDataLayer, settled } from './testing'
import { makeLocal } from '@/backends/local/testing'

async function baselinesPage(backend = makeLocal()) {
  const page = inDataLayer(backend, () => ({
    list: useBaselines(),
    save: useSaveBaseline(),
    remove: useRemoveBaseline(),
    voice: useErrorVoice(),
  }))
  await settled(page.list.asyncStatus, page.list.status)
  return page
}

describe('the baselines module', () => {
  it('reads the partner’s baselines', async () => {
    const { list } = await baselinesPage()
    expect(list.data.value?.map(baseline => baseline.name)).toContain('SMB secure default')
  })

  it('reads the list again after a baseline is saved', async () => {
    const { list, save } = await baselinesPage()
    await save.mutateAsync({
      baselineId: null,
      input: { name: 'Mobile first', description: '', settings: { 'exchange.activeSync': true } },
    })
    await settled(list.asyncStatus)
    expect(list.data.value?.map(baseline => baseline.name)).toContain('Mobile first')
  })

  it('says a refused delete in the console’s voice, and reads the list as it now is', async () => {
    const backend = makeLocal()
    const { list, remove, voice } = await baselinesPage(backend)
    const target = list.data.value?.[0]
    if (!target) throw new Error('The demo has a baseline')
    // Another tab deleted it first.
    await backend.baselines.remove(target.id)
    await expect(remove.mutateAsync(target.id)).rejects.toThrow()
    expect(voice.say(remove.error.value, 'delete')).toBe(
      "It couldn't be deleted. It no longer exists: it was removed elsewhere since you opened it.",
    )
    await settled(list.asyncStatus)
    expect(list.data.value?.map(baseline => baseline.id)).not.toContain(target.id)
  })
})
