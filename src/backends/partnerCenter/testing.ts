import type { ProvisionRequest } from '@/domain/tenant/provisioning'
import { TEST_ADDRESS, TEST_AGREEMENT } from '@/domain/tenant/provisioningTesting'

/** A new client tenant as the provisioning form sends it through Partner Center, for tests. */
export const PROVISION_REQUEST: ProvisionRequest = {
  companyName: 'Menuiserie Garnier',
  contactName: 'Paul Garnier',
  contactEmail: 'paul@menuiserie-garnier.fr',
  contactPhone: '+33 4 76 12 34 56',
  country: 'FR',
  address: TEST_ADDRESS,
  agreement: TEST_AGREEMENT,
  language: 'fr',
  domainPrefix: 'menuiseriegarnier',
  lines: [{ offerId: 'standard-suite', seats: 12 }],
  billing: 'paid',
}
