import type { PartnerIdentity } from '@/domain/partner/partnerIdentity'
import type { Partner } from '@/domain/tenant/tenant'

export interface PartnerRepository {
  /** The signed-in partner (the demo partner on embedded data). */
  get: () => Promise<Partner>
  /** The partner's identity printed on every proposal, or null until someone fills it in. */
  identity: () => Promise<PartnerIdentity | null>
  /** Replaces the identity, refused whole with `validation` field by field; logged. */
  saveIdentity: (identity: PartnerIdentity) => Promise<PartnerIdentity>
}
