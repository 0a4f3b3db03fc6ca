import type { ActivityChange } from '@/domain/activityLog'
import type { PartnerIdentity } from '@/domain/partner/partnerIdentity'
import type { RecordWrite } from './services'
import { normalizePartnerIdentity, readDataUrl, validatePartnerIdentity } from '@/domain/partner/partnerIdentity'
import { refuseInvalid } from './checks'

/** What the log shows of each field: the logo only as present or not, never its bytes. */
function readable(identity: PartnerIdentity | null): Record<string, string | null> {
  return {
    'identity.legalName': identity?.legalName ?? null,
    'identity.address': identity?.address ?? null,
    'identity.country': identity?.country ?? null,
    'identity.registrationNumber': identity?.registrationNumber ?? null,
    'identity.vatNumber': identity?.vatNumber || null,
    'identity.phone': identity?.phone ?? null,
    'identity.email': identity?.email ?? null,
    'identity.logo': identity?.logo
      ? `${readDataUrl(identity.logo)?.type ?? 'image'}, ${readDataUrl(identity.logo)?.bytes ?? 0} bytes`
      : null,
  }
}

/**
 * The identity to store in place of `current`, checked by the domain's rules, with its activity
 * entry; `null` when nothing moved. Whatever keeps it (this browser or Microsoft 365) calls this.
 */
export function partnerIdentityWrite(
  current: PartnerIdentity | null,
  identity: PartnerIdentity,
): RecordWrite<PartnerIdentity> | null {
  refuseInvalid(validatePartnerIdentity(identity), 'The partner identity breaks a rule')
  const next = normalizePartnerIdentity(identity)
  const was = readable(current)
  const now = readable(next)
  const logoMoved = (current?.logo ?? null) !== next.logo
  const changes: ActivityChange[] = Object.keys(was)
    .filter(field => was[field] !== now[field] || (field === 'identity.logo' && logoMoved))
    .map(field => ({ field, before: was[field] ?? null, after: now[field] ?? null }))
  if (changes.length === 0) return null
  return {
    record: next,
    activity: { area: 'data', action: 'data.partnerIdentityChanged', details: { legalName: next.legalName }, changes },
  }
}
