import type { PartnerIdentity } from '@/domain/partner/partnerIdentity'
import { useMutation, useQuery, useQueryCache } from '@pinia/colada'
import { useBackend } from '@/backends/current'

/** Cache key of the signed-in partner (the demo partner on embedded data). */
export const partnerKeys = {
  all: ['partner'] as const,
}

/** Who the partner is: read once a session, as it doesn't change while the console runs. */
export function usePartner() {
  return useQuery({ key: partnerKeys.all, query: () => useBackend().partner.get(), staleTime: Infinity })
}

/** Cache key of the partner's identity, printed on every proposal. */
export const partnerIdentityKeys = {
  all: ['partner', 'identity'] as const,
}

/** The partner's identity (legal name, address, numbers, logo), or null until filled in. */
export function usePartnerIdentity() {
  return useQuery({ key: partnerIdentityKeys.all, query: () => useBackend().partner.identity() })
}

/** Saves the identity; the backend checks it again, and the saved one is what proposals print. */
export function useSavePartnerIdentity() {
  const cache = useQueryCache()
  return useMutation({
    mutation: (identity: PartnerIdentity) => useBackend().partner.saveIdentity(identity),
    onSuccess: saved => cache.setQueryData(partnerIdentityKeys.all, saved),
  })
}
