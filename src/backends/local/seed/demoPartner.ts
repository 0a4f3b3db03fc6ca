import type { PartnerIdentity } from '@/domain/partner/partnerIdentity'
import type { PriceList } from '@/domain/pricing/pricing'
import type { Partner } from '@/domain/tenant/tenant'
import type { SeedLanguage } from './seedBaselines'
import { cataloguePriceList } from '@/domain/pricing/pricing'

/** The fictional reseller the embedded data belong to (apart from the seed, which loads on first visit only). */
export const demoPartner: Partner = {
  id: 'partner-alpine-conseil',
  name: 'Alpine Conseil Informatique',
  actor: 'Demo technician',
}

/** Its identity on paper, as its proposals print it (a fictional SIREN that passes INSEE's check). */
export const demoPartnerIdentity: PartnerIdentity = {
  legalName: 'Alpine Conseil Informatique SARL',
  address: '14 avenue Alsace-Lorraine\n38000 Grenoble',
  country: 'FR',
  registrationNumber: '812 345 676 00017',
  vatNumber: 'FR19812345676',
  phone: '+33 4 76 12 34 56',
  email: 'devis@alpine-conseil.example',
  logo: null,
}

/**
 * The demo partner's price list: the French reseller, seeded in French, bills in euros (the
 * catalogue's figures, in euros). Seeded in English it keeps the catalogue's dollars.
 */
export function demoPriceList(language: SeedLanguage): PriceList {
  const catalogue = cataloguePriceList()
  return language === 'fr' ? { ...catalogue, currency: 'EUR' } : catalogue
}
