import type { Backend } from '@/backends/backend'
import { PiniaColada } from '@pinia/colada'
import { createPinia } from 'pinia'
import { vi } from 'vitest'
import type { Ref } from 'vue'
import { setBackend } from '@/backends/current'
import { inComponent } from '@/locales/testing'

/**
 * What composables return when a component calls them on a real data layer (Pinia, Pinia Colada,
 * the real messages) over `backend`, for the data modules' tests. Reads start at once; `settle`
 * waits for what is under way.
 */
export function inDataLayer<T>(backend: Backend, use: () => T, locale: 'en' | 'fr' = 'en'): T {
  setBackend(backend)
  return inComponent(use, locale, [createPinia(), PiniaColada])
}

/** Waits until a read or write under way has finished (IndexedDB answers over many turns). */
export async function settled(asyncStatus: Ref<'idle' | 'loading'>, status?: Ref<string>): Promise<void> {
  await vi.waitFor(() => {
    if (asyncStatus.value !== 'idle' || status?.value === 'pending') throw new Error('still under way')
  })
}
