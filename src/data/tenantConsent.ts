import { useMutation, useQueryCache } from '@pinia/colada'
import { readonly, ref } from 'vue'
import { useMicrosoft365Session } from '@/auth/session'
import { BackendError } from '@/backends/backend'
import { useBackend } from '@/backends/current'
import { consentThroughRelay, relayRefusalCode, relaySignInChallenge } from '@/backends/relay/consent'
import { tenantKeys } from './tenants'

/**
 * How a consent through the relay ended: the tenant now reads (`opened`), or Partner Center consented (or says it
 * already had) but Microsoft 365 doesn't let the console in yet: consent takes a while to reach every Entra service,
 * and Microsoft gives no figure (`pending`).
 */
export interface TenantConsentResult {
  readonly tenantId: string
  readonly state: 'opened' | 'pending'
  /** Partner Center had the apps consented there already: nothing new was granted. */
  readonly alreadyConsented: boolean
}

/**
 * The last consent through the relay that opened its tenant, for the list's notice: the tenant then leaves the
 * unreadable ones, and with it the button that asked. Kept for the visit.
 */
const opened = ref<TenantConsentResult>()

/** The last tenant a consent through the relay opened, if any (the list says so once). */
export function useOpenedByConsent() {
  return readonly(opened)
}

/** Whether an error is, or was caused by, the tenant still refusing the console's token for want of consent. */
function consentStillNeeded(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current.name === 'TenantConsentNeeded') return true
  }
  return false
}

/**
 * "Consent for this tenant" through the partner relay (Partner Center's application-consent API, as the
 * technician), then a fresh read of the tenant to see whether Microsoft 365 lets the console in yet. Either way the
 * tenant list is read afresh, so a tenant that opens leaves the unreadable ones.
 */
export function useConsentToTenant() {
  const queryCache = useQueryCache()
  return useMutation({
    mutation: async ({ tenantId, companyName }: { tenantId: string; companyName: string }) => {
      const relay = useMicrosoft365Session()?.relay
      if (!relay || relay === 'invalid')
        throw new BackendError('unsupported', 'Consent through Partner Center needs the partner relay')
      const { alreadyConsented } = await consentThroughRelay(relay, tenantId, companyName)
      try {
        // A fresh read replaces what the list kept of the tenant when it couldn't be read.
        await useBackend().tenants.get(tenantId)
        return { tenantId, state: 'opened', alreadyConsented } satisfies TenantConsentResult
      } catch (error) {
        if (!consentStillNeeded(error)) throw error
        return { tenantId, state: 'pending', alreadyConsented } satisfies TenantConsentResult
      }
    },
    onSuccess: result => {
      if (result.state === 'opened') opened.value = result
    },
    onSettled: () => queryCache.invalidateQueries({ key: tenantKeys.all }),
  })
}

/**
 * Why a consent through the relay failed, as the list acts on it: Partner Center refused the technician's roles
 * (`notAllowed`, with its words), a new sign-in is wanted (`signIn`, with the claims challenge it must answer, MFA),
 * or anything else, which the error voice says.
 */
export type TenantConsentFailure =
  | { readonly kind: 'notAllowed'; readonly words: string }
  | { readonly kind: 'signIn'; readonly claims?: string }
  | { readonly kind: 'other' }

export function tenantConsentFailure(error: unknown): TenantConsentFailure {
  const refusal = relayRefusalCode(error)
  if (refusal?.code === 'consentNotAllowed') return { kind: 'notAllowed', words: refusal.message ?? '' }
  const challenge = relaySignInChallenge(error)
  if (challenge) return { kind: 'signIn', ...challenge }
  return { kind: 'other' }
}
