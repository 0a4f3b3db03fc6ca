// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { useErrorVoice } from './errorVoice'
import { inDataLayer } from './testing'
import { useMailContacts, useSenderEntries } from './exchange'
import { makeLocal } from '@/backends/local/testing'

describe("a tenant's Exchange records", () => {
  it('reads the sender lists, and reads them again after an addition', async () => {
    const { list, add } = inDataLayer(makeLocal(), () => useSenderEntries('tenant-dupre'))
    await list.refresh()
    expect(list.data.value?.map(entry => entry.value)).toEqual([
      'commandes@moulins-dauphinois.fr',
      'minoterie-girard.fr',
      'promo-fournil-discount.biz',
    ])
    await add.mutateAsync({ list: 'blocked', value: 'Offres@Pain-Industriel.COM' })
    expect(list.data.value?.map(entry => entry.value)).toContain('offres@pain-industriel.com')
  })

  it("puts a refused contact's reason by its field, in the console's voice", async () => {
    const { contacts, voice } = inDataLayer(makeLocal(), () => ({
      contacts: useMailContacts('tenant-dupre'),
      voice: useErrorVoice(),
    }))
    await contacts.list.refresh()
    const before = contacts.list.data.value
    await contacts.add.mutateAsync({ displayName: 'Cabinet Roux', email: 'marc@dupre-boulangerie.fr' }).catch(() => {})
    expect(voice.byField(contacts.add.error.value).mailContactEmail).toMatch(/one of this tenant's own domains/)
    expect(contacts.list.data.value).toEqual(before)
  })

  it('says a delete failed when the contact was removed elsewhere, and shows the list without it', async () => {
    const backend = makeLocal()
    const created = await backend.exchange.contacts.add('tenant-dupre', {
      displayName: 'Cabinet Roux',
      email: 'compta@cabinet-roux.fr',
    })
    const { contacts, voice } = inDataLayer(backend, () => ({
      contacts: useMailContacts('tenant-dupre'),
      voice: useErrorVoice(),
    }))
    await contacts.list.refresh()
    expect(contacts.list.data.value).toContainEqual(created)
    // Another tab removes it first.
    await backend.exchange.contacts.remove('tenant-dupre', created.id)
    await expect(contacts.remove.mutateAsync(created)).rejects.toThrow()
    expect(voice.say(contacts.remove.error.value, 'delete')).toBe(
      "It couldn't be deleted. It no longer exists: it was removed elsewhere since you opened it.",
    )
    expect(contacts.list.data.value).not.toContainEqual(created)
  })
})
