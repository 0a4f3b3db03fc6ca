import { createI18n } from 'vue-i18n'

export const SUPPORTED_LOCALES = ['en', 'fr'] as const
export type AppLocale = typeof SUPPORTED_LOCALES[number]

const STORAGE_KEY = 'bpos.locale'

/** One lazily loaded bundle per language, gathering that language's feature files. */
const localeBundles = import.meta.glob<{ default: Record<string, Record<string, unknown>> }>('./locales/*/index.ts')

export const i18n = createI18n({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: {},
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
})

function isAppLocale(value: unknown): value is AppLocale {
  return SUPPORTED_LOCALES.includes(value as AppLocale)
}

/** The person's last choice, else the first supported language their browser asks for. */
export function preferredLocale(): AppLocale {
  const stored = localStorage.getItem(STORAGE_KEY)
  if (isAppLocale(stored))
    return stored
  for (const tag of navigator.languages ?? [navigator.language]) {
    const language = tag.split('-')[0]?.toLowerCase()
    if (isAppLocale(language))
      return language
  }
  return 'en'
}

async function loadMessages(locale: AppLocale): Promise<void> {
  if (i18n.global.availableLocales.includes(locale))
    return
  const load = localeBundles[`./locales/${locale}/index.ts`]
  if (!load)
    throw new Error(`No messages for ${locale}`)
  i18n.global.setLocaleMessage(locale, (await load()).default)
}

/** Loads the locale's messages (lazily, once), switches to it, remembers it, and labels the page. */
export async function setLocale(locale: AppLocale): Promise<void> {
  await loadMessages(locale)
  i18n.global.locale.value = locale
  localStorage.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
}
