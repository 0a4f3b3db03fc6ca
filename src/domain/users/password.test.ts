import { describe, expect, it } from 'vitest'
import { TEMPORARY_PASSWORD_LENGTH, temporaryPassword } from './password'

describe('temporaryPassword', () => {
  it('has 16 characters with upper and lower case, a digit and a symbol, and no look-alikes', () => {
    for (let i = 0; i < 200; i++) {
      const password = temporaryPassword()
      expect(password).toHaveLength(TEMPORARY_PASSWORD_LENGTH)
      expect(password).toMatch(/[A-Z]/)
      expect(password).toMatch(/[a-z]/)
      expect(password).toMatch(/[2-9]/)
      expect(password).toMatch(/[!#$%&*+\-=?@_]/)
      expect(password).not.toMatch(/[Il1O0]/)
    }
  })

  it('never starts with a symbol, so a CSV cell holding it is never read as a formula', () => {
    for (let i = 0; i < 500; i++) expect(temporaryPassword()).toMatch(/^[A-Za-z2-9]/)
  })

  it('differs each time', () => {
    expect(new Set(Array.from({ length: 100 }, () => temporaryPassword())).size).toBe(100)
  })

  it('draws from the random source it is given, skipping values that would bias the choice', () => {
    const values = [0xffffffff, ...Array.from({ length: 100 }, (_, i) => i)]
    const random = (array: Uint32Array) => {
      array[0] = values.shift() ?? 0
      return array
    }
    expect(temporaryPassword(random)).toHaveLength(TEMPORARY_PASSWORD_LENGTH)
  })
})
