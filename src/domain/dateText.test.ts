import { describe, expect, it } from 'vitest'
import { datePartOrder, datePattern, formatDateText, parseDateText } from './dateText'

const FR = { day: 'j', month: 'm', year: 'a' } as const
const EN = { day: 'd', month: 'm', year: 'y' } as const

describe('dates as the console writes them', () => {
  it('orders and writes the figures as each language does', () => {
    expect(datePartOrder('fr')).toEqual(['day', 'month', 'year'])
    expect(datePartOrder('en-US')).toEqual(['month', 'day', 'year'])
    expect(formatDateText('2026-12-07', 'fr')).toBe('07/12/2026')
    expect(formatDateText('2026-12-07', 'en-US')).toBe('12/07/2026')
    expect(formatDateText('2026-12-07', 'en-GB')).toBe('07/12/2026')
    expect(formatDateText('', 'fr')).toBe('')
    expect(datePattern('fr', FR)).toBe('jj/mm/aaaa')
    expect(datePattern('en-US', EN)).toBe('mm/dd/yyyy')
  })

  it('reads what a person types in the language’s order, with any separator', () => {
    expect(parseDateText('07/12/2026', 'fr')).toBe('2026-12-07')
    expect(parseDateText('7.12.26', 'fr')).toBe('2026-12-07')
    expect(parseDateText(' 7 12 2026 ', 'fr')).toBe('2026-12-07')
    expect(parseDateText('12/07/2026', 'en-US')).toBe('2026-12-07')
    // ISO is read the same in every language.
    expect(parseDateText('2026-12-07', 'fr')).toBe('2026-12-07')
    expect(parseDateText('2026-12-07', 'en-US')).toBe('2026-12-07')
  })

  it('refuses what is no real date', () => {
    expect(parseDateText('31/02/2026', 'fr')).toBeNull()
    expect(parseDateText('13/13/2026', 'fr')).toBeNull()
    expect(parseDateText('demain', 'fr')).toBeNull()
    expect(parseDateText('07/12', 'fr')).toBeNull()
    expect(parseDateText('', 'fr')).toBeNull()
    expect(parseDateText('2026-02-30', 'en-US')).toBeNull()
  })
})
