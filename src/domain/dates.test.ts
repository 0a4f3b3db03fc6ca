import { describe, expect, it } from 'vitest'
import { addDays, toIsoDate } from './dates'

describe('toIsoDate', () => {
  it('gives the UTC calendar date', () => {
    expect(toIsoDate(new Date('2009-11-17T10:30:00Z'))).toBe('2009-11-17')
    expect(toIsoDate(new Date('2009-11-17T23:59:59.999Z'))).toBe('2009-11-17')
    expect(toIsoDate(new Date('2009-11-17T23:30:00-02:00'))).toBe('2009-11-18')
  })
})

describe('addDays', () => {
  it.each([
    ['2010-03-10', 1, '2010-03-11'],
    ['2010-03-10', 0, '2010-03-10'],
    // month ends
    ['2010-01-31', 1, '2010-02-01'],
    ['2010-04-30', 1, '2010-05-01'],
    ['2010-03-31', 30, '2010-04-30'],
    // year end
    ['2010-12-31', 1, '2011-01-01'],
    ['2010-12-15', 30, '2011-01-14'],
    // leap years: 2008 and 2000 have 29 February, 2010 and 1900 do not
    ['2008-02-28', 1, '2008-02-29'],
    ['2008-02-29', 1, '2008-03-01'],
    ['2010-02-28', 1, '2010-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2008-02-01', 29, '2008-03-01'],
    ['2008-01-01', 366, '2009-01-01'],
    ['2010-01-01', 365, '2011-01-01'],
    // backwards
    ['2010-03-01', -1, '2010-02-28'],
    ['2008-03-01', -1, '2008-02-29'],
    ['2011-01-01', -1, '2010-12-31'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
  })

  it('is not shifted by daylight-saving changes (last Sunday of March and October in Europe)', () => {
    expect(addDays('2010-03-27', 1)).toBe('2010-03-28')
    expect(addDays('2010-03-28', 1)).toBe('2010-03-29')
    expect(addDays('2010-10-31', 1)).toBe('2010-11-01')
  })

  it('ends a 30-day trial started on 17 February 2008 on 17 March (29 days later, leap year)', () => {
    expect(addDays('2008-02-17', 30 - 1)).toBe('2008-03-17')
    expect(addDays('2010-02-17', 30 - 1)).toBe('2010-03-18')
  })

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => addDays('17/02/2010', 1)).toThrow(RangeError)
  })
})
