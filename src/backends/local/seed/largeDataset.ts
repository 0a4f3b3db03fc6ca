import type { OfferId } from '@/domain/catalogue'
import type { IsoDate } from '@/domain/dates'
import type { Subscription, TenantDomain, TenantWithSubscriptions } from '@/domain/tenant/tenant'
import { INITIAL_DOMAIN_SUFFIX, TRIAL_DAYS, TRIAL_MAX_SEATS } from '@/domain/catalogue'
import { addDays } from '@/domain/dates'
import { foldForSearch } from '@/domain/search'
import { FIRST_NAMES as ALL_FIRST_NAMES, LAST_NAMES } from './frenchNames'

/** Every generated prefix starts so; the demo seed never does, so the two cannot collide. */
export const GENERATED_PREFIX = 'client-'
const GENERATED_INDEX = /^client-(\d+)(?:-|$)/

/** A small, fast, seedable PRNG: the same seed always gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TRADES = [
  'Boulangerie',
  'Pâtisserie',
  'Cabinet',
  'Garage',
  'Pharmacie',
  'Atelier',
  'Transports',
  'Menuiserie',
  'Hôtel',
  'Librairie',
  'Agence',
  'Étude',
  'Clinique vétérinaire',
  'Imprimerie',
  'Fromagerie',
  'Électricité',
  'Plomberie',
  'Charcuterie',
  'Domaine',
  'Fiduciaire',
  'Ambulances',
  'Laboratoire',
  'Cave',
  "Bureau d'études",
]
// The first 40 surnames and 20 first names: generated tenants stay the ones earlier versions seeded.
const SURNAMES = LAST_NAMES.slice(0, 40)
const SUFFIXES = ['', '', '', ' & Fils', ' SARL', ' et Associés', ' SAS', ' Frères']
const FIRST_NAMES = ALL_FIRST_NAMES.slice(0, 20)
const COUNTRIES = ['FR', 'FR', 'FR', 'FR', 'FR', 'FR', 'FR', 'FR', 'BE', 'CH', 'LU']
const PHONE_CODES: Readonly<Record<string, string>> = { FR: '+33', BE: '+32', CH: '+41', LU: '+352' }
const TLDS: Readonly<Record<string, string>> = { FR: 'fr', BE: 'be', CH: 'ch', LU: 'lu' }

type Rng = () => number

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T
}

function between(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1))
}

/** A DNS label from free text: accents folded, anything else turned into single hyphens. */
function slug(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

type Shape = 'standard' | 'mixed' | 'desklessOnly' | 'standalone' | 'trial' | 'trialExpired' | 'cancelled'

// Weighted like a real book of business: mostly paying Standard Suite clients.
const SHAPES: readonly Shape[] = [
  'standard',
  'standard',
  'standard',
  'standard',
  'standard',
  'standard',
  'standard',
  'standard',
  'mixed',
  'mixed',
  'mixed',
  'desklessOnly',
  'desklessOnly',
  'standalone',
  'trial',
  'trialExpired',
  'cancelled',
]

interface Line {
  offerId: OfferId
  seats: number
  state: Subscription['state']
  startedOn: IsoDate
  cancelledOn?: IsoDate
}

function linesFor(shape: Shape, rng: Rng, today: IsoDate, createdOn: IsoDate): Line[] {
  const seats = () => between(rng, 5, rng() < 0.8 ? 40 : 200)
  const active = (offerId: OfferId): Line => ({ offerId, seats: seats(), state: 'active', startedOn: createdOn })
  switch (shape) {
    case 'standard':
      return [active('standard-suite')]
    case 'mixed':
      return [active('standard-suite'), active('deskless-suite')]
    case 'desklessOnly':
      return [active(pick(rng, ['deskless-suite', 'deskless-suite', 'exchange-deskless'] as const))]
    case 'standalone':
      return [active('exchange-online'), ...(rng() < 0.5 ? [active('sharepoint-online')] : [])]
    case 'trial':
    case 'trialExpired':
      return [
        { offerId: 'standard-suite', seats: between(rng, 5, TRIAL_MAX_SEATS), state: 'trial', startedOn: createdOn },
      ]
    case 'cancelled':
      return [
        active('standard-suite'),
        { ...active('live-meeting'), state: 'cancelled', cancelledOn: addDays(today, -between(rng, 1, 20)) },
      ]
  }
}

/** How long ago a tenant of this shape was created: trials are recent by definition. */
function ageInDays(shape: Shape, rng: Rng): number {
  if (shape === 'trial') return between(rng, 0, TRIAL_DAYS - 1)
  if (shape === 'trialExpired') return between(rng, TRIAL_DAYS, 120)
  return between(rng, 30, 1800)
}

function generateTenant(index: number, today: IsoDate): TenantWithSubscriptions {
  // One generator per index, so a tenant is the same whether made alone or in a batch.
  const rng = mulberry32(Math.imul(index, 0x9e3779b1) ^ 0x5eed)
  const surname = pick(rng, SURNAMES)
  const companyName = `${pick(rng, TRADES)} ${surname}${pick(rng, SUFFIXES)}`
  const number = String(index).padStart(5, '0')
  const prefix = `${GENERATED_PREFIX}${number}-${slug(surname)}`
  const country = pick(rng, COUNTRIES)
  const firstName = pick(rng, FIRST_NAMES)
  const shape = pick(rng, SHAPES)
  const createdOn = addDays(today, -ageInDays(shape, rng))
  const id = `tenant-${GENERATED_PREFIX}${number}`
  const domains: TenantDomain[] = [
    { name: `${prefix}.${INITIAL_DOMAIN_SUFFIX}`, isInitial: true, isDefault: true, verified: true },
  ]
  const ownDomain = `${slug(companyName)}-${number}.${TLDS[country] ?? 'fr'}`
  if (rng() < 0.4) {
    domains[0] = { ...domains[0]!, isDefault: false }
    domains.push({ name: ownDomain, isInitial: false, isDefault: true, verified: true })
  }
  const subscriptions = linesFor(shape, rng, today, createdOn).map((line): Subscription => ({
    id: `sub-${GENERATED_PREFIX}${number}-${line.offerId}`,
    tenantId: id,
    offerId: line.offerId,
    seats: line.seats,
    // Generated tenants have no users, and a subscription's assigned seats count its users.
    assignedSeats: 0,
    state: line.state,
    startedOn: line.startedOn,
    trialEndsOn: line.state === 'trial' ? addDays(line.startedOn, TRIAL_DAYS - 1) : null,
    cancelledOn: line.cancelledOn ?? null,
  }))
  return {
    tenant: {
      id,
      companyName,
      contact: {
        name: `${firstName} ${surname}`,
        email: `${slug(firstName)}.${slug(surname)}@${ownDomain}`,
        phone: `${PHONE_CODES[country] ?? '+33'} ${between(rng, 1, 9)} ${between(rng, 10, 99)} ${between(rng, 10, 99)} ${between(rng, 10, 99)} ${between(rng, 10, 99)}`,
      },
      country,
      language: 'fr',
      domains,
      createdAt: `${createdOn}T${String(between(rng, 7, 18)).padStart(2, '0')}:${String(between(rng, 0, 59)).padStart(2, '0')}:00.000Z`,
    },
    subscriptions,
  }
}

/**
 * `count` made-up tenants numbered from `startIndex`, for trying the console at scale.
 * Deterministic for given arguments; prefixes are `client-<5-digit index>-<name>`.
 */
export function generateTenants(count: number, today: IsoDate, startIndex = 1): TenantWithSubscriptions[] {
  return Array.from({ length: count }, (_, offset) => generateTenant(startIndex + offset, today))
}

/**
 * The index after the highest generated one among `names` (prefixes or ids without `tenant-`), so a new batch never
 * collides.
 */
export function nextGeneratedIndex(names: Iterable<string>): number {
  let highest = 0
  for (const name of names) {
    const match = GENERATED_INDEX.exec(name)
    if (match) highest = Math.max(highest, Number(match[1]))
  }
  return highest + 1
}
