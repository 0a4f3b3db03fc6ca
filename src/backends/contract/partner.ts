import type { Partner } from '@/domain/tenant/tenant'

export interface PartnerRepository {
  /** The signed-in partner (the demo partner on embedded data). */
  get: () => Promise<Partner>
}
