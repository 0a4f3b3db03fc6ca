// @vitest-environment happy-dom
import type { RecordTableLabels } from '@/components/common/RecordTableCard.vue'
import type { ComputedRef } from 'vue'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, nextTick } from 'vue'
import { createI18n } from 'vue-i18n'
import { useRecordTableLabels } from './useRecordTableLabels'

interface Contact {
  readonly displayName: string
}

const messages = (heading: string) => ({
  contacts: {
    created: 'Contact {name} added.',
    deleteConfirm: 'Delete contact',
    deleteLabel: 'Delete {name}',
    deleteTitle: 'Delete this contact?',
    deleted: 'Contact {name} deleted.',
    empty: 'No contact yet.',
    heading: 'Contacts (heading)',
    title: heading,
  },
})

function labelsFor(titleKey?: string) {
  const i18n = createI18n({
    legacy: false,
    locale: 'en',
    messages: { en: messages('Contacts'), fr: messages('Contacts FR') },
  })
  let labels!: ComputedRef<RecordTableLabels<Contact>>
  mount(
    defineComponent({
      setup() {
        labels = useRecordTableLabels('contacts', (contact: Contact) => ({ name: contact.displayName }), titleKey)
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  return { labels, i18n }
}

describe('useRecordTableLabels', () => {
  it("reads a card's words from its feature's messages, naming the record", () => {
    const { labels } = labelsFor()
    const ada = { displayName: 'Ada' }
    expect(labels.value.title).toBe('Contacts')
    expect(labels.value.empty).toBe('No contact yet.')
    expect(labels.value.deleteLabel(ada)).toBe('Delete Ada')
    expect(labels.value.created(ada)).toBe('Contact Ada added.')
    expect(labels.value.deleted(ada)).toBe('Contact Ada deleted.')
    expect([labels.value.deleteTitle, labels.value.deleteConfirm]).toEqual(['Delete this contact?', 'Delete contact'])
  })

  it('takes the heading from another key when given, and follows a change of language', async () => {
    const { labels } = labelsFor('contacts.heading')
    expect(labels.value.title).toBe('Contacts (heading)')
    const plain = labelsFor()
    plain.i18n.global.locale.value = 'fr'
    await nextTick()
    expect(plain.labels.value.title).toBe('Contacts FR')
  })
})
