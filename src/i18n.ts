import { readStored, writeStored } from './webStorage'
import { createI18n } from 'vue-i18n'
import { frenchPluralChoice } from './locales/grammar'

export const SUPPORTED_LOCALES = ['en', 'fr'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]

/** `core` is what the first page says; `all` is every feature, loaded as soon as the page is shown. */
export type MessageSet = 'core' | 'all'

const STORAGE_KEY = 'bpos.locale'

type Bundle = Record<string, Record<string, unknown>>
const bundles: Record<MessageSet, Record<string, () => Promise<{ default: Bundle }>>> = {
  core: import.meta.glob<{ default: Bundle }>('./locales/*/core.ts'),
  all: import.meta.glob<{ default: Bundle }>('./locales/*/index.ts'),
}
const loading = new Map<string, Promise<void>>()

export const i18n = createI18n({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: {},
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
  // "1,5 jour", "0 jour": French's singular reaches past 1 (CLDR), which vue-i18n's default rule misses.
  pluralRules: { fr: frenchPluralChoice },
})

function isAppLocale(value: unknown): value is AppLocale {
  return SUPPORTED_LOCALES.includes(value as AppLocale)
}

/** The person's last choice, else the first supported language their browser asks for. */
export function preferredLocale(): AppLocale {
  const stored = readStored(STORAGE_KEY)
  if (isAppLocale(stored)) return stored
  for (const tag of navigator.languages ?? [navigator.language]) {
    const language = tag.split('-')[0]?.toLowerCase()
    if (isAppLocale(language)) return language
  }
  return 'en'
}

/** Loads a language's messages once per set; `all` includes `core`, so it also serves alone. */
export function loadMessages(locale: AppLocale, set: MessageSet): Promise<void> {
  const key = `${locale}/${set}`
  let loaded = loading.get(key)
  if (!loaded) {
    const load = bundles[set][`./locales/${locale}/${set === 'core' ? 'core' : 'index'}.ts`]
    if (!load) throw new Error(`No messages for ${locale}`)
    loaded = load().then(({ default: messages }) => i18n.global.mergeLocaleMessage(locale, messages))
    loading.set(key, loaded)
  }
  return loaded
}

/** The messages of the language on screen, all of them: pages past the first wait for these. */
export function loadAllMessages(): Promise<void> {
  return loadMessages(i18n.global.locale.value as AppLocale, 'all')
}

/** Loads the locale's messages, switches to it, remembers it, and labels the page. */
export async function setLocale(locale: AppLocale, set: MessageSet = 'all'): Promise<void> {
  await loadMessages(locale, set)
  i18n.global.locale.value = locale
  writeStored(STORAGE_KEY, locale)
  document.documentElement.lang = locale
}
