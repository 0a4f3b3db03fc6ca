import type { Backend } from '@/backends/backend'
import { PiniaColada } from '@pinia/colada'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { vi } from 'vitest'
import { defineComponent, type Ref } from 'vue'
import { setBackend } from '@/backends/current'
import { realI18n } from '@/locales/testing'

/**
 * What composables return when a component calls them on a real data layer (Pinia, Pinia Colada,
 * the real messages) over `backend`, for the data modules' tests. Reads start at once; `settle`
 * waits for what is under way.
 */
export function inDataLayer<T>(backend: Backend, use: () => T, locale: 'en' | 'fr' = 'en'): T {
  setBackend(backend)
  let result: { value: T } | undefined
  mount(
    defineComponent({
      setup: () => {
        result = { value: use() }
        return () => null
      },
    }),
    { global: { plugins: [createPinia(), PiniaColada, realI18n(locale)] } },
  )
  if (!result) throw new Error('The component did not run its setup')
  return result.value
}

/** Waits until a read or write under way has finished (IndexedDB answers over many turns). */
export async function settled(asyncStatus: Ref<'idle' | 'loading'>, status?: Ref<string>): Promise<void> {
  await vi.waitFor(() => {
    if (asyncStatus.value !== 'idle' || status?.value === 'pending') throw new Error('still under way')
  })
}
