import { useQuery } from '@pinia/colada'
import { useBackend } from '@/backends/current'

/** Cache key of the signed-in partner (the demo partner on embedded data). */
export const partnerKeys = {
  all: ['partner'] as const,
}

/** Who the partner is: read once a session, as it doesn't change while the console runs. */
export function usePartner() {
  return useQuery({ key: partnerKeys.all, query: () => useBackend().partner.get(), staleTime: Infinity })
}
