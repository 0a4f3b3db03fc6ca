// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readStored, removeStored, writeStored } from './webStorage'

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

describe('webStorage', () => {
  it('reads back what it stored, per area', () => {
    writeStored('bpos.locale', 'fr')
    writeStored('bpos.ask', '1', 'session')
    expect(readStored('bpos.locale')).toBe('fr')
    expect(readStored('bpos.ask', 'session')).toBe('1')
    removeStored('bpos.locale')
    expect(readStored('bpos.locale')).toBeNull()
  })

  it('never throws when the browser blocks site data, as Chromium does with a SecurityError', () => {
    const blocked = () => {
      throw new DOMException('Access is denied for this document.', 'SecurityError')
    }
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(blocked)
    expect(readStored('bpos.locale')).toBeNull()
    expect(() => writeStored('bpos.locale', 'fr')).not.toThrow()
    expect(() => removeStored('bpos.locale')).not.toThrow()
  })

  it('never throws when the store is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    expect(() => writeStored('bpos.locale', 'fr')).not.toThrow()
  })
})
