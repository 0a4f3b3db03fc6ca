import type { ActivityEntry } from '@/domain/activityLog'
import type { OfferId } from '@/domain/catalogue'
import type { IsoDate } from '@/domain/dates'
import type {
  Partner,
  Subscription,
  SubscriptionState,
  TenantDomain,
  TenantWithSubscriptions,
} from '@/domain/tenant/tenant'
import type { WorkstationCount } from '@/domain/tenant/workstations'
import { INITIAL_DOMAIN_SUFFIX, TRIAL_DAYS } from '@/domain/catalogue'
import { addDays } from '@/domain/dates'
import { demoPartner } from './demoPartner'

export { demoPartner }

interface SeedLine {
  readonly offerId: OfferId
  readonly seats: number
  readonly assigned: number
  readonly state: SubscriptionState
  /** Days before `today`; defaults to the tenant's creation. */
  readonly startedDaysAgo?: number
  readonly cancelledDaysAgo?: number
}

interface SeedTenant {
  readonly key: string
  readonly companyName: string
  readonly contact: { name: string; email: string; phone: string }
  readonly country: string
  readonly prefix: string
  readonly customDomain?: { name: string; verified: boolean }
  readonly createdDaysAgo: number
  readonly lines: readonly SeedLine[]
  /** Counted for Office Pro at some clients only, so the opportunities page has both kinds. */
  readonly workstations?: WorkstationCount
}

// Fixed offsets from `today`, so the same date always gives the same data, and trials stay current.
// Lines are listed as the backend returns them: by start date, then catalogue order.
const SEED: readonly SeedTenant[] = [
  {
    key: 'dupre',
    companyName: 'Boulangerie Dupré & Fils',
    contact: { name: 'Jean-Marc Dupré', email: 'jean-marc.dupre@dupre-boulangerie.fr', phone: '+33 4 76 21 48 90' },
    country: 'FR',
    prefix: 'boulangerie-dupre',
    customDomain: { name: 'dupre-boulangerie.fr', verified: true },
    createdDaysAgo: 900,
    lines: [{ offerId: 'standard-suite', seats: 12, assigned: 11, state: 'active' }],
    workstations: { workstations: 12, withOfficePro: 4 },
  },
  {
    key: 'tilleuls',
    companyName: 'Cabinet Médical des Tilleuls',
    contact: { name: 'Claire Fontaine', email: 'secretariat@cabinet-tilleuls.fr', phone: '+33 4 79 33 12 07' },
    country: 'FR',
    prefix: 'cabinet-tilleuls',
    customDomain: { name: 'cabinet-tilleuls.fr', verified: true },
    createdDaysAgo: 640,
    lines: [{ offerId: 'standard-suite', seats: 10, assigned: 9, state: 'active' }],
    workstations: { workstations: 10, withOfficePro: 10 },
  },
  {
    key: 'lemoine',
    companyName: 'Transports Lemoine',
    contact: { name: 'Sébastien Lemoine', email: 's.lemoine@transports-lemoine.fr', phone: '+33 4 74 82 55 10' },
    country: 'FR',
    prefix: 'transports-lemoine',
    customDomain: { name: 'transports-lemoine.fr', verified: true },
    createdDaysAgo: 1200,
    lines: [
      { offerId: 'standard-suite', seats: 25, assigned: 24, state: 'active' },
      { offerId: 'deskless-suite', seats: 140, assigned: 131, state: 'active', startedDaysAgo: 410 },
    ],
  },
  {
    key: 'sni',
    companyName: "Société Nouvelle d'Imprimerie",
    contact: { name: 'Hélène Mercier', email: 'h.mercier@sni-imprimerie.fr', phone: '+33 1 48 57 63 20' },
    country: 'FR',
    prefix: 'sni-imprimerie',
    customDomain: { name: 'sni-imprimerie.fr', verified: true },
    createdDaysAgo: 1500,
    lines: [
      { offerId: 'standard-suite', seats: 34, assigned: 33, state: 'active' },
      { offerId: 'live-meeting', seats: 10, assigned: 0, state: 'cancelled', cancelledDaysAgo: 200 },
      { offerId: 'deskless-suite', seats: 60, assigned: 52, state: 'active', startedDaysAgo: 700 },
    ],
    // The Standard Suite's 34 users share 30 office workstations; the print floor uses kiosks.
    workstations: { workstations: 30, withOfficePro: 12 },
  },
  {
    key: 'ecrins',
    companyName: 'Hôtel des Écrins',
    contact: { name: 'Thibault Garnier', email: 'direction@hotel-des-ecrins.fr', phone: '+33 4 92 23 41 18' },
    country: 'FR',
    prefix: 'hotel-ecrins',
    customDomain: { name: 'hotel-des-ecrins.fr', verified: true },
    createdDaysAgo: 520,
    lines: [{ offerId: 'deskless-suite', seats: 28, assigned: 26, state: 'active' }],
  },
  {
    key: 'gresivaudan',
    companyName: "Association d'Aide à Domicile du Grésivaudan",
    contact: { name: 'Nathalie Perrin', email: 'n.perrin@aad-gresivaudan.org', phone: '+33 4 76 08 19 52' },
    country: 'FR',
    prefix: 'aad-gresivaudan',
    createdDaysAgo: 330,
    lines: [{ offerId: 'deskless-suite', seats: 85, assigned: 79, state: 'active' }],
  },
  {
    key: 'nira',
    companyName: 'Nettoyage Industriel Rhône-Alpes',
    contact: { name: 'Karim Benali', email: 'k.benali@nira-proprete.fr', phone: '+33 4 78 60 27 34' },
    country: 'FR',
    prefix: 'nira-proprete',
    createdDaysAgo: 780,
    lines: [{ offerId: 'deskless-suite', seats: 120, assigned: 114, state: 'active' }],
  },
  {
    key: 'saint-gilles',
    companyName: 'Librairie Saint-Gilles',
    contact: { name: 'Anne-Sophie Lambert', email: 'contact@librairie-saint-gilles.be', phone: '+32 2 538 41 76' },
    country: 'BE',
    prefix: 'librairie-saint-gilles',
    customDomain: { name: 'librairie-saint-gilles.be', verified: true },
    createdDaysAgo: 450,
    lines: [
      { offerId: 'exchange-online', seats: 9, assigned: 9, state: 'active' },
      // Added four months ago: a recent sale, so the dashboard has sale-fee instalments still to come.
      { offerId: 'sharepoint-online', seats: 9, assigned: 7, state: 'active', startedDaysAgo: 120 },
    ],
  },
  {
    key: 'rochat',
    companyName: 'Fiduciaire Rochat & Associés',
    contact: { name: 'Laurent Rochat', email: 'l.rochat@rochat-fiduciaire.ch', phone: '+41 22 731 58 40' },
    country: 'CH',
    prefix: 'fiduciaire-rochat',
    customDomain: { name: 'rochat-fiduciaire.ch', verified: true },
    createdDaysAgo: 1000,
    lines: [{ offerId: 'standard-suite', seats: 15, assigned: 14, state: 'active' }],
  },
  {
    key: 'vieux-moulin',
    companyName: 'Crêperie du Vieux Moulin',
    contact: { name: 'Maëlle Le Goff', email: 'maelle@creperie-vieux-moulin.fr', phone: '+33 2 98 57 14 36' },
    country: 'FR',
    prefix: 'creperie-vieux-moulin',
    createdDaysAgo: 10,
    lines: [{ offerId: 'standard-suite', seats: 10, assigned: 4, state: 'trial' }],
  },
  {
    key: 'aubert-nguyen',
    companyName: 'Architectes Aubert & Nguyen',
    contact: { name: 'Camille Aubert', email: 'c.aubert@aubert-nguyen.fr', phone: '+33 4 50 45 12 89' },
    country: 'FR',
    prefix: 'aubert-nguyen',
    // Added but not yet proven: the console shows a domain awaiting verification.
    customDomain: { name: 'aubert-nguyen.fr', verified: false },
    createdDaysAgo: 25,
    lines: [
      { offerId: 'standard-suite', seats: 8, assigned: 6, state: 'trial' },
      { offerId: 'deskless-suite', seats: 5, assigned: 2, state: 'trial' },
    ],
  },
  {
    key: 'lefevre',
    companyName: 'Garage Lefèvre Automobiles',
    contact: { name: 'Patrick Lefèvre', email: 'garage@lefevre-auto.fr', phone: '+33 4 79 62 30 15' },
    country: 'FR',
    prefix: 'garage-lefevre',
    createdDaysAgo: 45,
    lines: [{ offerId: 'standard-suite', seats: 10, assigned: 3, state: 'trial' }],
  },
]

function domainsOf(seed: SeedTenant): TenantDomain[] {
  const initial = { name: `${seed.prefix}.${INITIAL_DOMAIN_SUFFIX}`, isInitial: true, verified: true }
  if (!seed.customDomain) return [{ ...initial, isDefault: true }]
  // Only a verified domain can be the default one users sign in with.
  const customIsDefault = seed.customDomain.verified
  return [
    { ...initial, isDefault: !customIsDefault },
    {
      name: seed.customDomain.name,
      isInitial: false,
      isDefault: customIsDefault,
      verified: seed.customDomain.verified,
    },
  ]
}

function subscriptionOf(seed: SeedTenant, line: SeedLine, today: IsoDate): Subscription {
  const startedOn = addDays(today, -(line.startedDaysAgo ?? seed.createdDaysAgo))
  return {
    id: `sub-${seed.key}-${line.offerId}`,
    tenantId: `tenant-${seed.key}`,
    offerId: line.offerId,
    seats: line.seats,
    assignedSeats: line.assigned,
    state: line.state,
    startedOn,
    trialEndsOn: line.state === 'trial' ? addDays(startedOn, TRIAL_DAYS - 1) : null,
    cancelledOn: line.cancelledDaysAgo === undefined ? null : addDays(today, -line.cancelledDaysAgo),
  }
}

/** The demo partner's clients, dated relative to `today`: the same date always gives the same data. */
export function demoTenants(today: IsoDate): TenantWithSubscriptions[] {
  return SEED.map((seed, index) => ({
    tenant: {
      id: `tenant-${seed.key}`,
      companyName: seed.companyName,
      contact: { ...seed.contact },
      country: seed.country,
      language: 'fr',
      domains: domainsOf(seed),
      // Staggered office hours, so the activity log does not show every client created at once.
      createdAt: `${addDays(today, -seed.createdDaysAgo)}T${String(8 + (index % 9)).padStart(2, '0')}:30:00.000Z`,
      ...(seed.workstations ? { workstations: { ...seed.workstations } } : {}),
    },
    subscriptions: seed.lines.map(line => subscriptionOf(seed, line, today)),
  }))
}

/** One `tenant.provisioned` entry per tenant, at its creation, naming the offers it started with. */
export function demoActivity(
  tenants: readonly TenantWithSubscriptions[],
  partner: Partner = demoPartner,
): ActivityEntry[] {
  return tenants
    .map(({ tenant, subscriptions }) => {
      const initial = subscriptions.filter(s => s.startedOn === tenant.createdAt.slice(0, 10))
      return {
        id: `activity-seed-${tenant.id}`,
        at: tenant.createdAt,
        actor: partner.actor,
        tenantId: tenant.id,
        tenantName: tenant.companyName,
        area: 'tenant' as const,
        action: 'tenant.provisioned',
        details: {
          companyName: tenant.companyName,
          offers: initial.map(s => s.offerId).join(','),
          seats: initial.reduce((total, s) => total + s.seats, 0),
        },
      }
    })
    .sort((a, b) => a.at.localeCompare(b.at))
}
