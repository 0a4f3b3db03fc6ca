import type { CurrencyCode, Money } from '../money'
import { money, roundHalfAwayFromZero } from '../money'

/**
 * Standard VAT rates by the client's country, in basis points (2000 = 20 %). Source: European
 * Commission, "VAT rates applied in the Member States of the European Union", situation at
 * 1 January 2025 (taxation-customs.ec.europa.eu, "vat_rates_en.pdf"), with the changes since:
 * Estonia 24 % from 1 July 2025, Romania 21 % from 1 August 2025. Outside the EU: Switzerland
 * 8.1 % (Federal Tax Administration, 2024), United Kingdom 20 % (HMRC), Norway 25 % (Skatteetaten).
 * The online services and the partner's services are billed at the standard rate.
 */
export const VAT_RATES_BASIS_POINTS: Readonly<Record<string, number>> = {
  AT: 2000,
  BE: 2100,
  BG: 2000,
  CH: 810,
  CY: 1900,
  CZ: 2100,
  DE: 1900,
  DK: 2500,
  EE: 2400,
  ES: 2100,
  FI: 2550,
  FR: 2000,
  GB: 2000,
  GR: 2400,
  HR: 2500,
  HU: 2700,
  IE: 2300,
  IT: 2200,
  LT: 2100,
  LU: 1700,
  LV: 2100,
  MT: 1800,
  NL: 2100,
  NO: 2500,
  PL: 2300,
  PT: 2300,
  RO: 2100,
  SE: 2500,
  SI: 2200,
  SK: 2300,
}

/** The client's country's standard rate in basis points, or null where the table has none. */
export function vatRate(country: string): number | null {
  return VAT_RATES_BASIS_POINTS[country] ?? null
}

/** An amount before VAT, its VAT and the total the client pays. */
export interface VatBreakdown {
  readonly net: Money
  readonly vat: Money
  readonly gross: Money
}

/** VAT on a total, rounded half away from zero to the cent: 2,385.00 × 20 % = 477.00. */
export function withVat(net: Money, basisPoints: number): VatBreakdown {
  const vat = money(roundHalfAwayFromZero((net.minor * basisPoints) / 10_000), net.currency)
  return { net, vat, gross: money(net.minor + vat.minor, net.currency) }
}

/** The rate as a fraction, for Intl's percent style: 2000 → 0.2. */
export function rateFraction(basisPoints: number): number {
  return basisPoints / 10_000
}

export type { CurrencyCode }
