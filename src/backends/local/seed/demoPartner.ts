import type { Partner } from '@/domain/tenant/tenant'

/** The fictional reseller the embedded data belong to (apart from the seed, which loads on first visit only). */
export const demoPartner: Partner = {
  id: 'partner-alpine-conseil',
  name: 'Alpine Conseil Informatique',
  actor: 'Demo technician',
}
