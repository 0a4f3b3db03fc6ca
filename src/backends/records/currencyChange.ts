import type { CurrencyChange } from '@/domain/pricing/currencyChange'
import type { CurrencyCode } from '@/domain/money'
import type { ActivityDraft } from './activity'
import { validateCurrencyChange } from '@/domain/pricing/currencyChange'
import { refuseInvalid } from './checks'

/** Refuses a change to the same, an unknown currency or a rate that isn't one, before anything moves. */
export function checkCurrencyChange(change: CurrencyChange, current: CurrencyCode): void {
  refuseInvalid(validateCurrencyChange(change, current), 'The currency change breaks a rule')
}

/** The log's entry: from, to, at what rate, and how much moved. */
export function currencyChangeActivity(
  from: CurrencyCode,
  change: CurrencyChange,
  counts: { quotes: number; services: number },
): ActivityDraft {
  return {
    area: 'data',
    action: 'data.currencyChanged',
    details: { from, to: change.currency, rate: change.rate.trim().replace(',', '.'), ...counts },
    changes: [{ field: 'currency', before: from, after: change.currency }],
  }
}
