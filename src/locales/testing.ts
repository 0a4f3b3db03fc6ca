import { mount } from '@vue/test-utils'
import { defineComponent, type Plugin } from 'vue'
import { createI18n } from 'vue-i18n'

// The real message files, so a renamed key or a missing French message fails the test that uses it.
const files = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', { eager: true })

/** One language's messages as the console loads them: each file's keys under its name. */
export function realMessages(locale: 'en' | 'fr'): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => path.startsWith(`./${locale}/`))
      .map(([path, module]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), module.default]),
  )
}

/** An i18n plugin with both languages' real messages, showing `locale`. */
export function realI18n(locale: 'en' | 'fr' = 'en') {
  return createI18n({ legacy: false, locale, messages: { en: realMessages('en'), fr: realMessages('fr') } })
}

/**
 * What a composable returns when a component calls it, with the real messages (for tests);
 * `plugins` adds what else the composable needs (Pinia, Pinia Colada).
 */
export function inComponent<T>(use: () => T, locale: 'en' | 'fr' = 'en', plugins: readonly Plugin[] = []): T {
  let result: { value: T } | undefined
  mount(
    defineComponent({
      setup: () => {
        result = { value: use() }
        return () => null
      },
    }),
    { global: { plugins: [...plugins, realI18n(locale)] } },
  )
  if (!result) throw new Error('The component did not run its setup')
  return result.value
}
