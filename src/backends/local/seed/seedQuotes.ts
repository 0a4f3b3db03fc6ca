import type { IsoDate } from '@/domain/dates'
import type { PriceList } from '@/domain/pricing/pricing'
import type { QuoteCounter } from '@/domain/quotes/quoteNumber'
import type { Quote, QuoteAddOnLine } from '@/domain/quotes/quotes'
import { addDays } from '@/domain/dates'
import { cataloguePriceList } from '@/domain/pricing/pricing'
import { nextQuoteNumber } from '@/domain/quotes/quoteNumber'
import { priceQuoteLines } from '@/domain/quotes/quoteTotals'
import { defaultValidUntil } from '@/domain/quotes/quotes'

type SeedQuote = Pick<Quote, 'id' | 'prospect' | 'status'> & {
  readonly lines: readonly { offerId: Quote['lines'][number]['offerId']; seats: number }[]
  readonly services: readonly QuoteAddOnLine[]
  /** Days from today. */
  readonly created: number
}

const line = (
  kind: QuoteAddOnLine['kind'],
  description: string,
  quantity: number,
  unit: QuoteAddOnLine['unit'],
  unitPriceMinor: number,
  billing: QuoteAddOnLine['billing'] = 'oneOff',
  mailSource: QuoteAddOnLine['mailSource'] = null,
): QuoteAddOnLine => ({ kind, description, quantity, unit, unitPriceMinor, billing, mailSource })

// Prospects of the size BPOS was sold to (40 to 50 employees): one quote being built, one sent, one accepted.
const QUOTES: readonly SeedQuote[] = [
  {
    id: 'quote-morel',
    prospect: {
      companyName: 'Cabinet Morel Architectes',
      employees: 45,
      contactName: 'Claire Morel',
      contactEmail: 'claire.morel@morel-architectes.fr',
      country: 'FR',
    },
    status: 'draft',
    created: -2,
    lines: [{ offerId: 'standard-suite', seats: 45 }],
    services: [
      line(
        'mailMigration',
        'Migration des boîtes Exchange 2003 du cabinet',
        45,
        'mailboxes',
        3_500,
        'oneOff',
        'exchange',
      ),
      line('officeProDeployment', "Déploiement d'Office Professionnel sur les postes", 45, 'workstations', 5_500),
      line('training', 'Formation Outlook et SharePoint des collaborateurs', 1, 'days', 60_000),
    ],
  },
  {
    id: 'quote-girard',
    prospect: {
      companyName: 'Transports Girard',
      employees: 48,
      contactName: 'Marc Girard',
      contactEmail: '',
      country: 'FR',
    },
    status: 'sent',
    created: -9,
    lines: [
      { offerId: 'standard-suite', seats: 18 },
      { offerId: 'deskless-suite', seats: 30 },
    ],
    services: [
      line('installation', "Installation des postes du quai et de l'accueil", 2, 'days', 55_000),
      line('maintenance', 'Contrat de maintenance mensuel', 1, 'months', 36_000, 'monthly'),
    ],
  },
  {
    id: 'quote-pharmacie-lac',
    prospect: {
      companyName: 'Pharmacie du Lac',
      employees: 42,
      contactName: 'Nathalie Perret',
      contactEmail: 'n.perret@pharmacie-du-lac.ch',
      country: 'CH',
    },
    status: 'accepted',
    created: -16,
    lines: [
      { offerId: 'exchange-online', seats: 42 },
      { offerId: 'sharepoint-online', seats: 10 },
    ],
    services: [
      line('mailMigration', 'Reprise des boîtes IMAP des officines', 42, 'mailboxes', 3_000, 'oneOff', 'imap4'),
      line('sharePointConfiguration', 'Espace documentaire des officines', 1.5, 'days', 65_000),
    ],
  },
]

/**
 * The demo partner's quotes, dated from `today`, at the catalogue's prices, numbered oldest first
 * as the partner would have numbered them; `counter` is where numbering goes on from.
 */
export function demoQuotes(
  today: IsoDate,
  at: Date,
  priceList: PriceList = cataloguePriceList(),
): { quotes: Quote[]; counter: QuoteCounter | undefined } {
  const recorded = at.toISOString()
  let counter: QuoteCounter | undefined
  const quotes = [...QUOTES]
    .sort((a, b) => a.created - b.created)
    .map(({ created, lines, services, ...quote }): Quote => {
      const createdOn = addDays(today, created)
      const numbered = nextQuoteNumber(counter, Number(createdOn.slice(0, 4)))
      counter = numbered.counter
      return {
        ...quote,
        number: numbered.number,
        lines: priceQuoteLines(lines, priceList),
        services,
        createdOn,
        validUntil: defaultValidUntil(createdOn),
        currency: priceList.currency,
        tenantId: null,
        createdAt: recorded,
        updatedAt: recorded,
      }
    })
  return { quotes, counter }
}
