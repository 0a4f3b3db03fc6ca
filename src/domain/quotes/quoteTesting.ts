import type { QuoteInput } from './quotes'

/** For tests: a quote every rule accepts, for a 45-person joinery, with its mail migration. */
export const TEST_QUOTE_INPUT: QuoteInput = {
  prospect: {
    companyName: '  Menuiserie Garnier  ',
    employees: 45,
    contactName: 'Luc Garnier',
    contactEmail: '',
    country: 'FR',
  },
  lines: [{ offerId: 'standard-suite', seats: 45 }],
  services: [
    {
      kind: 'mailMigration',
      description: 'Migration des boîtes POP3',
      quantity: 45,
      unit: 'mailboxes',
      unitPriceMinor: 4_000,
      billing: 'oneOff',
      mailSource: 'pop3',
    },
  ],
  createdOn: '2025-03-10',
  validUntil: '2025-04-09',
  status: 'sent',
}
