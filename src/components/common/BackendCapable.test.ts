// @vitest-environment happy-dom
import type { Backend, BackendCapabilities } from '@/backends/backend'
import { PiniaColada } from '@pinia/colada'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import BackendCapable from './BackendCapable.vue'
import { ALL_CAPABLE } from '@/backends/backend'
import { setBackend } from '@/backends/current'
import { useSenderEntries } from '@/data/exchange'
import { realI18n } from '@/locales/testing'

/** As Microsoft 365 declares it: Exchange's sender lists are out of Graph's reach. */
const WITHOUT_SENDERS: BackendCapabilities = {
  action: action =>
    action.startsWith('exchange.') ? { available: false, reason: 'exchangeAdmin' } : { available: true },
  setting: () => ({ available: true }),
}

/** A backend whose sender list is a spy: what matters is whether anyone asks. */
function backendWith(capabilities: BackendCapabilities) {
  const listSenders = vi.fn(async () => [])
  setBackend({ capabilities, exchange: { senders: { list: listSenders } } } as unknown as Backend)
  return listSenders
}

const i18n = () => realI18n('en')

/** What a card inside does: load the tenant's sender entries as it mounts. */
const SenderCard = defineComponent({
  setup() {
    const { status } = useSenderEntries('t').list
    return () => h('p', `senders: ${status.value}`)
  },
})

function render(title?: string) {
  return mount(BackendCapable, {
    props: { actions: ['exchange.senders.list'], title },
    slots: { default: () => h(SenderCard) },
    global: { plugins: [i18n(), createPinia(), PiniaColada] },
  })
}

describe('a part of a view the backend may not be able to do', () => {
  it('is there, and loads, when the backend can', async () => {
    const listSenders = backendWith(ALL_CAPABLE)
    const wrapper = render('Safe and blocked senders')
    await flushPromises()
    expect(wrapper.text()).toBe('senders: success')
    expect(listSenders).toHaveBeenCalledOnce()
  })

  it("says why under its title when the backend can't, and never asks the backend", async () => {
    const listSenders = backendWith(WITHOUT_SENDERS)
    const wrapper = render('Safe and blocked senders')
    await flushPromises()
    expect(wrapper.get('h2').text()).toBe('Safe and blocked senders')
    expect(wrapper.text()).toContain("Not available on Microsoft 365: Exchange Online's protocols")
    expect(wrapper.text()).not.toContain('senders:')
    expect(listSenders).not.toHaveBeenCalled()
  })

  it('leaves the records unread (still pending) when a card asks on its own', async () => {
    const listSenders = backendWith(WITHOUT_SENDERS)
    const wrapper = mount(SenderCard, { global: { plugins: [i18n(), createPinia(), PiniaColada] } })
    await flushPromises()
    expect(wrapper.text()).toBe('senders: pending')
    expect(listSenders).not.toHaveBeenCalled()
  })
})
