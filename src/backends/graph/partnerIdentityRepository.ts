import type { PartnerIdentity } from '@/domain/partner/partnerIdentity'
import type { PartnerRepository } from '../backend'
import type { GraphContext } from './graphContext'
import { partnerIdentityWrite } from '../records/partnerIdentity'

/** The partner has one identity: the record of that key. */
const KEY = 'partner'
const TITLE = 'Partner identity (printed on proposals)'

/** The identity every technician of the partner prints, in its shared records, saved over the version read. */
export function createPartnerIdentityRepository(
  context: GraphContext,
): Pick<PartnerRepository, 'identity' | 'saveIdentity'> {
  const { records } = context
  return {
    identity: async () => (await records.find<PartnerIdentity>('partnerIdentity', KEY))?.value ?? null,

    saveIdentity: async identity => {
      const stored = await records.current<PartnerIdentity>('partnerIdentity', KEY)
      const current = stored?.value ?? null
      const write = partnerIdentityWrite(current, identity)
      if (!write) return current!
      if (stored) await records.update(stored, write.record, TITLE)
      else await records.create('partnerIdentity', KEY, null, write.record, TITLE)
      await context.log(write.activity)
      return write.record
    },
  }
}
