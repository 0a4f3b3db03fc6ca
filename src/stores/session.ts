import type { Partner } from '@/domain/tenant/tenant'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { useBackend } from '@/backends/current'
import { localIsoDate } from '@/domain/dates'

/** Who is working (the partner) and on which day, for every rule that depends on the date. */
export const useSessionStore = defineStore('session', () => {
  const partner = ref<Partner | null>(null)
  const today = ref(localIsoDate(new Date()))

  async function loadPartner(): Promise<void> {
    partner.value ??= await useBackend().partner.get()
  }

  return { partner, today, loadPartner }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useSessionStore, import.meta.hot))
