import type { PartnerIdentity } from '@/domain/partner/partnerIdentity'
import type { PartnerRepository } from '../backend'
import type { LocalContext } from './context'
import { partnerIdentityWrite } from '../records/partnerIdentity'
import { PARTNER_IDENTITY_KEY } from './metaKeys'
import { refuseStale } from '../records/versions'
import { nextVersion } from './versions'

async function storedIdentity({ db }: LocalContext): Promise<PartnerIdentity | null> {
  return ((await db.meta.get(PARTNER_IDENTITY_KEY))?.value as PartnerIdentity | undefined) ?? null
}

/** The demo partner and its identity on paper, kept beside the price list in this browser. */
export function createPartnerRepository(context: LocalContext): PartnerRepository {
  const { db, run } = context
  return {
    get: () => run('read the partner', context.partner),

    identity: () => run('read the partner identity', () => storedIdentity(context)),

    saveIdentity: identity =>
      run('save the partner identity', () =>
        db.transaction('rw', db.meta, db.activity, async () => {
          const current = await storedIdentity(context)
          refuseStale(current ?? {}, identity.version, 'save the partner identity')
          const write = partnerIdentityWrite(current, identity)
          if (!write) return current!
          const record = nextVersion({ ...write.record, version: current?.version })
          await db.meta.put({ key: PARTNER_IDENTITY_KEY, value: record })
          await context.log(write.activity, context.now())
          return record
        }),
      ),
  }
}
