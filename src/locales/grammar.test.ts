import { describe, expect, it } from 'vitest'
import { frenchDe, frenchPluralChoice } from './grammar'

describe('French plurals', () => {
  it('keeps 0, 1 and 1.5 singular and 2 plural in two-form messages', () => {
    expect([0, 1, 1.5, 2, 45].map(n => frenchPluralChoice(n, 2))).toEqual([0, 0, 0, 1, 1])
  })

  it('keeps the zero form first in three-form messages', () => {
    expect([0, 1, 1.5, 2].map(n => frenchPluralChoice(n, 3))).toEqual([0, 1, 1, 2])
  })
})

describe('French elision', () => {
  it('elides "de" before a vowel, accented or not', () => {
    expect(frenchDe('Alpine Conseil')).toBe("d'Alpine Conseil")
    expect(frenchDe('Écrins')).toBe("d'Écrins")
  })

  it('keeps "de" before a consonant or an h', () => {
    expect(frenchDe('Garage Lefèvre')).toBe('de Garage Lefèvre')
    expect(frenchDe('Hêtre et Fils')).toBe('de Hêtre et Fils')
  })
})
