import { useBackend } from '@/backends/current'
import { INITIAL_DOMAIN_SUFFIX } from '@/domain/catalogue'

/**
 * The suffix a new tenant's initial domain gets on this backend: BPOS's on the demo, `onmicrosoft.com` on Microsoft
 * 365.
 */
export function useInitialDomainSuffix(): string {
  return useBackend().initialDomainSuffix ?? INITIAL_DOMAIN_SUFFIX
}
