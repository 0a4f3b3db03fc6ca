// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { useErrorVoice } from './errorVoice'
import { useQuote, useQuotes, useRemoveQuote, useSaveQuote } from './quotes'
import { inDataLayer, settled } from './testing'
import { makeLocal } from '@/backends/local/testing'
import { quoteForm, toQuoteInput } from '@/forms/quote'

async function quotesPage(backend = makeLocal()) {
  const page = inDataLayer(backend, () => ({
    list: useQuotes(),
    save: useSaveQuote(),
    remove: useRemoveQuote(),
    voice: useErrorVoice(),
  }))
  await settled(page.list.asyncStatus, page.list.status)
  return page
}

describe('the quotes module', () => {
  it('reads the quotes, and one quote as none when there is no such quote', async () => {
    const backend = makeLocal()
    const { list } = await quotesPage(backend)
    expect(list.data.value?.length).toBeGreaterThan(0)
    const missing = inDataLayer(backend, () => useQuote('no-such-quote'))
    await settled(missing.asyncStatus, missing.status)
    expect(missing.data.value).toBeNull()
  })

  it('reads the list again after a quote is saved', async () => {
    const { list, save } = await quotesPage()
    const quote = list.data.value!.find(one => one.status !== 'converted')!
    const form = quoteForm(quote)
    form.companyName = 'Renamed SARL'
    const saved = await save.mutateAsync({ quoteId: quote.id, input: toQuoteInput(form, quote.currency).input })
    await settled(list.asyncStatus)
    expect(list.data.value?.find(one => one.id === saved.id)?.prospect.companyName).toBe('Renamed SARL')
  })

  it('says a refused delete in the console’s voice', async () => {
    const backend = makeLocal()
    const { list, remove, voice } = await quotesPage(backend)
    const quote = list.data.value!.find(one => one.status !== 'converted')!
    // Another tab deleted it first.
    await backend.quotes.remove(quote.id)
    await expect(remove.mutateAsync(quote.id)).rejects.toThrow()
    expect(voice.say(remove.error.value, 'delete')).toMatch(/^It couldn't be deleted\. /)
    await settled(list.asyncStatus)
    expect(list.data.value?.map(one => one.id)).not.toContain(quote.id)
  })
})
