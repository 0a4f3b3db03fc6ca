import type { PartnerIdentity } from './partnerIdentity'

/** A partner identity every rule accepts, for tests to start from. */
export const TEST_PARTNER_IDENTITY: PartnerIdentity = {
  legalName: 'Alpine Conseil Informatique SARL',
  address: '12 rue des Alpes\n38000 Grenoble',
  country: 'FR',
  registrationNumber: '732 829 320 00074',
  vatNumber: 'FR44732829320',
  phone: '+33 4 76 00 00 00',
  email: 'contact@alpine-conseil.fr',
  logo: null,
}
