import type { ValidationIssue } from '@/domain/validation'
import { useI18n } from 'vue-i18n'
import { useFormat } from './useFormat'

/**
 * Turns the domain's validation issues into sentences: a field-specific message when there is
 * one (`validation.domainPrefix.taken`), else the generic one for the code.
 */
export function useValidationMessages() {
  const { t, te } = useI18n()
  const format = useFormat()

  function message(issue: ValidationIssue): string {
    // `seats.standard-suite` and `tenants[3].companyName` share their field's messages.
    const base = issue.field.startsWith('seats.') ? 'seats' : issue.field.replace(/^.*[\].]/, '')
    const specific = `validation.${base}.${issue.code}`
    // Numbers in messages (10,000 seats) read as the person's language writes them; an offer
    // (the domain names it by id) by its name.
    const params = Object.fromEntries(
      Object.entries(issue.params ?? {}).map(([key, value]) => [
        key,
        typeof value === 'number'
          ? format.number(value)
          : key === 'offer' && te(`offers.${value}.name`)
            ? t(`offers.${value}.name`)
            : value,
      ]),
    )
    return te(specific) ? t(specific, params) : t(`validation.generic.${issue.code}`, params)
  }

  /** The first message for each field, ready to show next to it. */
  function byField(issues: readonly ValidationIssue[]): Record<string, string> {
    const messages: Record<string, string> = {}
    for (const issue of issues) messages[issue.field] ??= message(issue)
    return messages
  }

  return { message, byField }
}
