// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { useErrorVoice } from './errorVoice'
import { useLedger, useRemoveAddOn, useSaveAddOn } from './ledger'
import { inDataLayer, settled } from './testing'
import { makeLocal } from '@/backends/local/testing'

async function ledgerPage(backend = makeLocal()) {
  const page = inDataLayer(backend, () => ({
    ledger: useLedger(),
    save: useSaveAddOn(),
    remove: useRemoveAddOn(),
    voice: useErrorVoice(),
  }))
  await settled(page.ledger.asyncStatus, page.ledger.status)
  return page
}

describe('the ledger module', () => {
  it('reads the partner’s add-on services', async () => {
    const { ledger } = await ledgerPage()
    expect(ledger.data.value?.length).toBeGreaterThan(0)
  })

  it('reads the ledger again after a service is recorded', async () => {
    const { ledger, save } = await ledgerPage()
    const [first] = ledger.data.value!
    const { id, tenantId, currency, createdAt, updatedAt, endedOn, ...input } = first!
    void [id, currency, createdAt, updatedAt, endedOn]
    const before = ledger.data.value!.length
    await save.mutateAsync({
      tenantId,
      serviceId: null,
      input: { ...input, status: 'quoted', description: 'One more migration' } as never,
    })
    await settled(ledger.asyncStatus)
    expect(ledger.data.value).toHaveLength(before + 1)
  })

  it('says a refused delete in the console’s voice', async () => {
    const backend = makeLocal()
    const { ledger, remove, voice } = await ledgerPage(backend)
    const open = ledger.data.value!.find(one => one.status === 'quoted' || one.status === 'accepted')!
    // Another tab deleted it first.
    await backend.services.remove(open.tenantId, open.id)
    await expect(remove.mutateAsync(open)).rejects.toThrow()
    expect(voice.say(remove.error.value, 'delete')).toMatch(/^It couldn't be deleted\. /)
    await settled(ledger.asyncStatus)
    expect(ledger.data.value?.map(one => one.id)).not.toContain(open.id)
  })
})
