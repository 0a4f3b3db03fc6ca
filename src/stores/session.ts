import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { localIsoDate } from '@/domain/dates'

/** The day the person works on, for every rule that depends on the date (the partner: src/data/partner.ts). */
export const useSessionStore = defineStore('session', () => {
  const today = ref(localIsoDate(new Date()))

  return { today }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSessionStore, import.meta.hot))
