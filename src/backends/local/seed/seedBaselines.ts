import type { TenantConfiguration } from '../../backend'
import type { Baseline } from '@/domain/console/baselines'
import type { TenantSettings } from '@/domain/console/settings'
import type { IsoDate } from '@/domain/dates'
import type { TenantWithSubscriptions } from '@/domain/tenant/tenant'
import { defaultSettings } from '@/domain/console/settings'

export const SMB_SECURE_BASELINE_ID = 'baseline-smb-secure'

/** The languages the demo data can be written in: the console's own. */
export type SeedLanguage = 'en' | 'fr'

// The baseline is the partner's own record, editable like any other, so it is written once in the
// language the console speaks when the demo is seeded, not translated on display.
const SMB_SECURE_TEXT: Readonly<Record<SeedLanguage, { name: string; description: string }>> = {
  en: {
    name: 'SMB secure default',
    description: 'POP3 and IMAP4 off, external sharing only with existing external users, spam filtering on.',
  },
  fr: {
    name: 'Socle sécurisé PME',
    description:
      'POP3 et IMAP4 coupés, partage externe limité aux utilisateurs externes existants, filtrage du spam activé.',
  },
}

/** The partner's house baseline for 40–50-person clients: legacy mail protocols off, careful sharing. */
export function demoBaselines(at: Date, language: SeedLanguage = 'en'): Baseline[] {
  return [
    {
      id: SMB_SECURE_BASELINE_ID,
      ...SMB_SECURE_TEXT[language],
      settings: {
        'exchange.pop3': false,
        'exchange.imap4': false,
        'exchange.filtering': true,
        'sharepoint.externalSharing': 'existingExternalUsers',
      },
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
    },
  ]
}

/**
 * Which seeded tenants follow the baseline, and how far each has moved from it since: the
 * Swiss fiduciary is in line, the medical practice turned POP3 back on for an old scanner.
 */
const FOLLOWERS: Readonly<Record<string, Partial<TenantSettings>>> = {
  'tenant-rochat': {},
  'tenant-tilleuls': { 'exchange.pop3': true },
}

export function demoConfiguration(
  { tenant, subscriptions }: TenantWithSubscriptions,
  baselines: readonly Baseline[],
  today: IsoDate,
): TenantConfiguration {
  const defaults = defaultSettings(subscriptions, today)
  const drift = FOLLOWERS[tenant.id]
  const baseline = baselines.find(b => b.id === SMB_SECURE_BASELINE_ID)
  if (drift === undefined || !baseline) return { tenantId: tenant.id, settings: defaults, baselineId: null }
  return { tenantId: tenant.id, settings: { ...defaults, ...baseline.settings, ...drift }, baselineId: baseline.id }
}
