import { describe, expect, it } from 'vitest'
import { csvDecimal, csvDelimiter, languageCsvDialect } from './csvDialect'

describe('CSV dialects', () => {
  it('writes French files with semicolons and decimal commas, others with commas and points', () => {
    expect(languageCsvDialect('fr')).toBe('semicolon')
    expect(languageCsvDialect('fr-CA')).toBe('semicolon')
    expect(languageCsvDialect('en')).toBe('comma')
    expect(csvDelimiter('semicolon')).toBe(';')
    expect(csvDelimiter('comma')).toBe(',')
    expect(csvDecimal('495.00', 'semicolon')).toBe('495,00')
    expect(csvDecimal('-1.5', 'semicolon')).toBe('-1,5')
    expect(csvDecimal('495.00', 'comma')).toBe('495.00')
  })

  it('leaves what is not a plain decimal alone: dates, versions, words', () => {
    expect(csvDecimal('2026-12-07', 'semicolon')).toBe('2026-12-07')
    expect(csvDecimal('12', 'semicolon')).toBe('12')
    expect(csvDecimal('v1.2.3', 'semicolon')).toBe('v1.2.3')
    expect(csvDecimal('Version 1.5', 'semicolon')).toBe('Version 1.5')
  })
})
