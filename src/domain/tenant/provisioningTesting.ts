import type { AgreementAcceptance, PostalAddress } from './postalAddress'

/** For tests: a French company's address and its contact's acceptance of the agreement, valid as they are. */
export const TEST_ADDRESS: PostalAddress = {
  addressLine1: '12 rue des Lilas',
  addressLine2: '',
  city: 'Grenoble',
  state: '',
  postalCode: '38000',
}

export const TEST_AGREEMENT: AgreementAcceptance = {
  firstName: 'Élodie',
  lastName: 'Martin',
  email: 'elodie.martin@example.fr',
  phone: '',
  accepted: true,
  dateAgreed: '2024-06-03',
}
