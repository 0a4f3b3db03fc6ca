import { describe, expect, it } from 'vitest'
import {
  addMonths,
  addQuarters,
  compareQuarters,
  firstOfMonthOnOrAfter,
  isCalendarDate,
  monthOf,
  quarterEnd,
  quarterKey,
  quarterLastDay,
  quarterOf,
  quarterRange,
  quarterStart,
  statementDate,
} from './feeCalendar'

describe('addMonths', () => {
  it.each([
    ['2026-01-15', 3, '2026-04-15'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2026-03-15', -3, '2025-12-15'],
    ['2026-01-15', 12, '2027-01-15'],
    // a day the month lacks becomes its last day, counted from the start each time
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-01-31', 6, '2026-07-31'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected)
  })

  it('refuses what is not a calendar date', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError)
    expect(() => addMonths('2026-01-15T10:00:00Z', 1)).toThrow(RangeError)
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2026-1-5')).toBe(false)
  })
})

describe('months', () => {
  it('finds the first first-of-a-month on or after a date', () => {
    expect(firstOfMonthOnOrAfter('2026-03-01')).toBe('2026-03-01')
    expect(firstOfMonthOnOrAfter('2026-03-02')).toBe('2026-04-01')
    expect(firstOfMonthOnOrAfter('2026-12-31')).toBe('2027-01-01')
    expect(monthOf('2026-12-31')).toBe('2026-12')
  })
})

describe('quarters', () => {
  it('are calendar quarters', () => {
    expect(quarterOf('2026-01-01')).toEqual({ year: 2026, quarter: 1 })
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1 })
    expect(quarterOf('2026-04-01')).toEqual({ year: 2026, quarter: 2 })
    expect(quarterOf('2026-12-31')).toEqual({ year: 2026, quarter: 4 })
    expect(quarterStart({ year: 2026, quarter: 3 })).toBe('2026-07-01')
    expect(quarterLastDay({ year: 2026, quarter: 1 })).toBe('2026-03-31')
    expect(quarterEnd({ year: 2026, quarter: 4 })).toBe('2027-01-01')
    expect(quarterKey({ year: 2026, quarter: 2 })).toBe('2026-Q2')
  })

  it('step across years', () => {
    expect(addQuarters({ year: 2026, quarter: 1 }, -1)).toEqual({ year: 2025, quarter: 4 })
    expect(addQuarters({ year: 2026, quarter: 4 }, 1)).toEqual({ year: 2027, quarter: 1 })
    expect(addQuarters({ year: 2026, quarter: 2 }, -9)).toEqual({ year: 2024, quarter: 1 })
    expect(quarterRange({ year: 2026, quarter: 3 }, 3).map(quarterKey)).toEqual(['2026-Q3', '2026-Q4', '2027-Q1'])
    expect(compareQuarters({ year: 2025, quarter: 4 }, { year: 2026, quarter: 1 })).toBeLessThan(0)
    expect(compareQuarters({ year: 2026, quarter: 1 }, { year: 2026, quarter: 1 })).toBe(0)
  })

  it('date their statements 14 days after they end; Q4 on 14 January of the next year', () => {
    expect(statementDate({ year: 2026, quarter: 1 })).toBe('2026-04-14')
    expect(statementDate({ year: 2026, quarter: 2 })).toBe('2026-07-14')
    expect(statementDate({ year: 2026, quarter: 3 })).toBe('2026-10-14')
    expect(statementDate({ year: 2026, quarter: 4 })).toBe('2027-01-14')
  })
})
