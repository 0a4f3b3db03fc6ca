import type { OfferId } from '@/domain/catalogue'
import type { DistributionList, MailContact } from '@/domain/console/exchange'
import type { SenderEntry, SenderListKind } from '@/domain/console/senders'
import type { SiteCollection, SiteTemplate } from '@/domain/console/sharePoint'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import { addDays } from '@/domain/dates'
import { demoUsers } from './seedUsers'

/** The demo partner's Exchange and SharePoint objects, written beside its tenants. */
export interface DemoDirectory {
  readonly sites: SiteCollection[]
  readonly senders: SenderEntry[]
  readonly distributionLists: DistributionList[]
  readonly contacts: MailContact[]
}

type SeedSite = readonly [path: string, title: string, template: SiteTemplate, quotaMb: number, usedMb: number]

// Site collections of each tenant with SharePoint Online (Standard Suite or stand-alone), each
// within the tenant's storage: e.g. Boulangerie Dupré's 8,192 MB of quotas in its 16,240 MB.
// Quotas are whole gigabytes (1,024 MB), as an administrator would set them.
const SITES: Readonly<Record<string, readonly SeedSite[]>> = {
  'tenant-dupre': [
    ['intranet', 'Intranet de la boulangerie', 'team', 4096, 1730],
    ['recettes', 'Recettes et fiches techniques', 'document', 3072, 1185],
    ['hygiene', 'Hygiène et sécurité alimentaire', 'wiki', 1024, 212],
  ],
  'tenant-tilleuls': [
    ['secretariat', 'Secrétariat médical', 'team', 4096, 1620],
    ['protocoles', 'Protocoles de soins', 'document', 2560, 940],
  ],
  'tenant-lemoine': [
    ['exploitation', 'Exploitation et planning des tournées', 'team', 6144, 3480],
    ['qualite', 'Documents qualité', 'document', 4096, 1210],
    ['direction', 'Réunions de direction', 'meeting', 1024, 95],
  ],
  'tenant-sni': [
    ['production', 'Atelier de production', 'team', 8192, 5620],
    ['bat', 'Bons à tirer clients', 'document', 10240, 7430],
    ['journal', "Le journal de l'imprimerie", 'blog', 512, 38],
  ],
  'tenant-saint-gilles': [
    ['catalogue', 'Catalogue et commandes', 'document', 5120, 2240],
    ['equipe', 'Équipe de la librairie', 'team', 2048, 410],
  ],
  'tenant-rochat': [
    ['clients', 'Dossiers clients', 'document', 8192, 4960],
    ['veille-fiscale', 'Veille fiscale', 'wiki', 1024, 340],
  ],
  'tenant-vieux-moulin': [['equipe', 'Espace équipe de la crêperie', 'team', 1024, 24]],
  'tenant-aubert-nguyen': [['projets', 'Projets en cours', 'document', 6144, 870]],
}

type SeedSender = readonly [list: SenderListKind, value: string]

const SENDERS: Readonly<Record<string, readonly SeedSender[]>> = {
  'tenant-dupre': [
    ['safe', 'minoterie-girard.fr'],
    ['safe', 'commandes@moulins-dauphinois.fr'],
    ['blocked', 'promo-fournil-discount.biz'],
  ],
  'tenant-lemoine': [
    ['safe', 'bourse-fret-rhone.fr'],
    ['blocked', 'offres@gazole-pas-cher.info'],
  ],
}

interface SeedList {
  readonly alias: string
  readonly displayName: string
  /** Members among the tenant's seeded users holding this offer's licence, skipping the first `skip`. */
  readonly members: { readonly offerId: OfferId; readonly skip: number; readonly count: number }
}

const DISTRIBUTION_LISTS: Readonly<Record<string, readonly SeedList[]>> = {
  'tenant-dupre': [
    { alias: 'fournil', displayName: 'Équipe du fournil', members: { offerId: 'standard-suite', skip: 1, count: 5 } },
  ],
  'tenant-lemoine': [
    // The drivers are the Deskless Worker Suite's users; the office staff hold Standard licences.
    { alias: 'chauffeurs', displayName: 'Chauffeurs', members: { offerId: 'deskless-suite', skip: 0, count: 12 } },
    {
      alias: 'exploitation',
      displayName: 'Service exploitation',
      members: { offerId: 'standard-suite', skip: 1, count: 6 },
    },
  ],
}

const CONTACTS: Readonly<Record<string, readonly (readonly [email: string, displayName: string])[]>> = {
  'tenant-dupre': [['commandes@minoterie-girard.fr', 'Minoterie Girard (commandes)']],
  'tenant-lemoine': [['compta@cabinet-roux.fr', 'Cabinet Roux, expert-comptable']],
}

/** A morning some days after the tenant was created, so objects follow their tenant in time. */
function createdAfter({ tenant }: TenantWithSubscriptions, days: number): string {
  return `${addDays(tenant.createdAt.slice(0, 10), days)}T09:15:00.000Z`
}

/** The objects of the seeded tenants, dated from their creation: the same date gives the same data. */
export function demoDirectory(tenants: readonly TenantWithSubscriptions[]): DemoDirectory {
  const directory: DemoDirectory = { sites: [], senders: [], distributionLists: [], contacts: [] }
  // The same users the seed gives the tenants (it is deterministic), to pick list members from.
  const users = demoUsers(tenants)
  for (const seeded of tenants) {
    const tenantId = seeded.tenant.id
    const key = tenantId.replace(/^tenant-/, '')
    SITES[tenantId]?.forEach(([path, title, template, quotaMb, usedMb], index) =>
      directory.sites.push({
        id: `site-${key}-${path}`,
        tenantId,
        title,
        path,
        template,
        quotaMb,
        usedMb,
        createdAt: createdAfter(seeded, 1 + index),
      }),
    )
    SENDERS[tenantId]?.forEach(([list, value], index) =>
      directory.senders.push({
        id: `sender-${key}-${index + 1}`,
        tenantId,
        list,
        value,
        createdAt: createdAfter(seeded, 3 + index),
      }),
    )
    DISTRIBUTION_LISTS[tenantId]?.forEach(({ alias, displayName, members }, index) =>
      directory.distributionLists.push({
        id: `list-${key}-${alias}`,
        tenantId,
        displayName,
        alias,
        memberIds: users
          .filter(user => user.tenantId === tenantId && user.subscriptionId === `sub-${key}-${members.offerId}`)
          .slice(members.skip, members.skip + members.count)
          .map(user => user.id),
        createdAt: createdAfter(seeded, 2 + index),
      }),
    )
    CONTACTS[tenantId]?.forEach(([email, displayName], index) =>
      directory.contacts.push({
        id: `contact-${key}-${index + 1}`,
        tenantId,
        displayName,
        email,
        createdAt: createdAfter(seeded, 4 + index),
      }),
    )
  }
  return directory
}
