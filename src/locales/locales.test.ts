import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = import.meta.dirname
const locales = readdirSync(root, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
}

function load(locale: string): Record<string, unknown> {
  return Object.fromEntries(
    readdirSync(join(root, locale))
      .filter(file => file.endsWith('.json'))
      .map(file => [file.slice(0, -5), JSON.parse(readFileSync(join(root, locale, file), 'utf8'))]),
  )
}

describe('locale files', () => {
  it('are English and French', () => {
    expect(locales.sort()).toEqual(['en', 'fr'])
  })

  it('have the same keys in every language, so no string falls back to English', () => {
    expect(keys(load('fr')).sort()).toEqual(keys(load('en')).sort())
  })

  it('keep their keys sorted, so they read and merge cleanly', () => {
    for (const locale of locales) {
      for (const [file, messages] of Object.entries(load(locale))) {
        const unsorted: string[] = []
        const walk = (value: unknown, path: string) => {
          if (typeof value !== 'object' || value === null) return
          const names = Object.keys(value)
          if (names.join() !== [...names].sort().join()) unsorted.push(`${locale}/${file}.json ${path || '(top)'}`)
          for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key)
        }
        walk(messages, '')
        expect(unsorted).toEqual([])
      }
    }
  })
})
