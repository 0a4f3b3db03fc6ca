import { acceptHMRUpdate, defineStore } from 'pinia'
import { readStored, writeStored } from '@/webStorage'
import { ref, watch } from 'vue'

const STORAGE_KEY = 'bpos.presentation'

/**
 * Presentation mode: a salesperson demos the console in front of a prospect, so every
 * partner-internal figure (fees, earnings, cost) stays off screen, and so do other clients'
 * contacts and what each pays (`useClientPrivacy`). Remembered in this browser, because a demo
 * laptop should not reveal them again after a reload.
 */
export const usePresentationStore = defineStore('presentation', () => {
  const presenting = ref(readStored(STORAGE_KEY) === 'on')

  watch(presenting, on => {
    writeStored(STORAGE_KEY, on ? 'on' : 'off')
  })

  return { presenting }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePresentationStore, import.meta.hot))
