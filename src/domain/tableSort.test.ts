import { describe, expect, it } from 'vitest'
import { compareSortValues, nextSort, sortFromQuery, sortRows, sortToQuery } from './tableSort'

const rows = [
  { name: 'Éclair', seats: 12, ends: '2026-03-01' },
  { name: 'abeille', seats: 5, ends: null },
  { name: 'Client 10', seats: 12, ends: '2025-01-01' },
  { name: 'Client 9', seats: 40, ends: '' },
]
type Key = 'name' | 'seats' | 'ends'
const valueOf = (row: (typeof rows)[number], key: Key) => row[key]

describe('sortRows', () => {
  it('sorts text as a person reads it: accents and case aside, numbers in number order', () => {
    const sorted = sortRows(rows, { key: 'name', direction: 'ascending' }, valueOf).map(row => row.name)
    expect(sorted).toEqual(['abeille', 'Client 9', 'Client 10', 'Éclair'])
  })

  it('sorts numbers descending, ties keeping the order they came in', () => {
    const sorted = sortRows(rows, { key: 'seats', direction: 'descending' }, valueOf).map(row => row.name)
    expect(sorted).toEqual(['Client 9', 'Éclair', 'Client 10', 'abeille'])
  })

  it('puts rows with nothing in the column last, whichever way', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortRows(rows, { key: 'ends', direction }, valueOf).map(row => row.name)
      expect(sorted.slice(2)).toEqual(['abeille', 'Client 9'])
    }
    expect(sortRows(rows, { key: 'ends', direction: 'descending' }, valueOf)[0]!.name).toBe('Éclair')
  })

  it('leaves the rows it was given as they were', () => {
    const before = rows.map(row => row.name)
    sortRows(rows, { key: 'name', direction: 'descending' }, valueOf)
    expect(rows.map(row => row.name)).toEqual(before)
  })
})

describe('the sort buttons and the address', () => {
  it('turns the sorted column the other way, and starts another ascending', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' })
    expect(nextSort({ key: 'name', direction: 'descending' }, 'seats')).toEqual({
      key: 'seats',
      direction: 'ascending',
    })
  })

  it('reads a known column from the address and anything else as the default', () => {
    const fallback = { key: 'name', direction: 'ascending' } as const
    const keys: Key[] = ['name', 'seats', 'ends']
    expect(sortFromQuery(keys, fallback, 'seats', 'descending')).toEqual({ key: 'seats', direction: 'descending' })
    expect(sortFromQuery(keys, fallback, 'seats', 'sideways')).toEqual({ key: 'seats', direction: 'ascending' })
    expect(sortFromQuery(keys, fallback, 'password', 'descending')).toEqual(fallback)
  })

  it('writes nothing for the default sort, so plain links stay plain', () => {
    const fallback = { key: 'name', direction: 'ascending' } as const
    expect(sortToQuery<Key>(fallback, fallback)).toEqual({})
    expect(sortToQuery<Key>({ key: 'seats', direction: 'descending' }, fallback)).toEqual({
      sort: 'seats',
      dir: 'descending',
    })
    expect(sortToQuery<Key>({ key: 'seats', direction: 'ascending' }, fallback)).toEqual({ sort: 'seats' })
  })

  it('compares nothing after something', () => {
    expect(compareSortValues(null, 'a')).toBeGreaterThan(0)
    expect(compareSortValues(3, undefined)).toBeLessThan(0)
  })
})
