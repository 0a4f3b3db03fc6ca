import type { Money } from '@/domain/money'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'

const minorDigits = new Map<string, number>()

/** How many minor units a currency has (2 for USD and EUR, 0 for JPY), as Intl knows it. */
function fractionDigits(currency: string): number {
  let digits = minorDigits.get(currency)
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
    minorDigits.set(currency, digits)
  }
  return digits
}

/**
 * The browser's own regional variant of the interface language (en-GB writes 24 Dec 2026,
 * fr-CA writes 2026-12-24), else the language itself.
 */
function regionalLocale(language: string): string {
  return navigator.languages?.find(tag => tag.split('-')[0]?.toLowerCase() === language) ?? language
}

/** Numbers, money, dates and names of countries and languages, in the interface's language. */
export function useFormat() {
  const { locale: language } = useI18n()
  const locale = computed(() => regionalLocale(language.value))

  return {
    number: (value: number) => new Intl.NumberFormat(locale.value).format(value),
    money: (amount: Money) =>
      new Intl.NumberFormat(locale.value, { style: 'currency', currency: amount.currency }).format(
        amount.minor / 10 ** fractionDigits(amount.currency),
      ),
    /** Money in a few characters, for a chart's axis (US$1.2K, 1,2 k€). */
    compactMoney: (amount: Money) =>
      new Intl.NumberFormat(locale.value, {
        style: 'currency',
        currency: amount.currency,
        notation: 'compact',
        maximumFractionDigits: 1,
      }).format(amount.minor / 10 ** fractionDigits(amount.currency)),
    /** A calendar date stored as YYYY-MM-DD, shown without shifting it into another day. */
    date: (isoDate: string) =>
      new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate),
      ),
    /** A month stored as YYYY-MM (March 2025), on the calendar, not shifted by the time zone. */
    month: (isoMonth: string) =>
      new Intl.DateTimeFormat(locale.value, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${isoMonth}-01T00:00:00Z`),
      ),
    dateTime: (isoDateTime: string) =>
      new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoDateTime)),
    /** A size stored in MB, written in GB from 1 GB up (5 GB, 1.5 GB, 500 MB). */
    megabytes: (mb: number) =>
      mb >= 1024
        ? new Intl.NumberFormat(locale.value, { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 }).format(
            mb / 1024,
          )
        : new Intl.NumberFormat(locale.value, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(mb),
    country: (code: string) => new Intl.DisplayNames([locale.value], { type: 'region' }).of(code) ?? code,
    language: (code: string) => new Intl.DisplayNames([locale.value], { type: 'language' }).of(code) ?? code,
    currency: (code: string) => new Intl.DisplayNames([locale.value], { type: 'currency' }).of(code) ?? code,
    /** Items joined as the language joins them (A, B and C; A, B et C). */
    list: (items: readonly string[]) => new Intl.ListFormat(locale.value, { type: 'conjunction' }).format(items),
  }
}
