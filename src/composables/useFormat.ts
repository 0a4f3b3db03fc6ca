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
export function regionalLocale(language: string): string {
  return navigator.languages?.find(tag => tag.split('-')[0]?.toLowerCase() === language) ?? language
}

/**
 * One formatter per locale and style, made once: making an Intl formatter costs far more than
 * using it, and a long list formats thousands of cells.
 */
const formatters = new Map<string, unknown>()
function cached<F>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined
  if (formatter === undefined) {
    formatter = make()
    formatters.set(key, formatter)
  }
  return formatter
}

const numberFormat = (locale: string, key: string, options?: Intl.NumberFormatOptions) =>
  cached(`number:${key}:${locale}`, () => new Intl.NumberFormat(locale, options))
const dateFormat = (locale: string, key: string, options: Intl.DateTimeFormatOptions) =>
  cached(`date:${key}:${locale}`, () => new Intl.DateTimeFormat(locale, options))
const displayNames = (locale: string, type: Intl.DisplayNamesType) =>
  cached(`names:${type}:${locale}`, () => new Intl.DisplayNames([locale], { type }))

/** Numbers, money, dates and names of countries and languages, in the interface's language. */
export function useFormat() {
  const { locale: language } = useI18n()
  const locale = computed(() => regionalLocale(language.value))

  return {
    number: (value: number) => numberFormat(locale.value, 'plain').format(value),
    money: (amount: Money) =>
      numberFormat(locale.value, `currency:${amount.currency}`, {
        style: 'currency',
        currency: amount.currency,
      }).format(amount.minor / 10 ** fractionDigits(amount.currency)),
    /** Money in a few characters, for a chart's axis (US$1.2K, 1,2 k€). */
    compactMoney: (amount: Money) =>
      numberFormat(locale.value, `compact:${amount.currency}`, {
        style: 'currency',
        currency: amount.currency,
        notation: 'compact',
        maximumFractionDigits: 1,
      }).format(amount.minor / 10 ** fractionDigits(amount.currency)),
    /** A calendar date stored as YYYY-MM-DD, shown without shifting it into another day. */
    date: (isoDate: string) =>
      dateFormat(locale.value, 'date', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate),
      ),
    /** A month stored as YYYY-MM (March 2025), on the calendar, not shifted by the time zone. */
    month: (isoMonth: string) =>
      dateFormat(locale.value, 'month', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${isoMonth}-01T00:00:00Z`),
      ),
    dateTime: (isoDateTime: string) =>
      dateFormat(locale.value, 'dateTime', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoDateTime)),
    /** A size stored in MB, written in GB from 1 GB up (5 GB, 1.5 GB, 500 MB). */
    megabytes: (mb: number) =>
      mb >= 1024
        ? numberFormat(locale.value, 'gigabyte', { style: 'unit', unit: 'gigabyte', maximumFractionDigits: 1 }).format(
            mb / 1024,
          )
        : numberFormat(locale.value, 'megabyte', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 0 }).format(
            mb,
          ),
    country: (code: string) => displayNames(locale.value, 'region').of(code) ?? code,
    language: (code: string) => displayNames(locale.value, 'language').of(code) ?? code,
    currency: (code: string) => displayNames(locale.value, 'currency').of(code) ?? code,
    /** Items joined as the language joins them (A, B and C; A, B et C). */
    list: (items: readonly string[]) =>
      cached(`list:${locale.value}`, () => new Intl.ListFormat(locale.value, { type: 'conjunction' })).format(items),
  }
}
