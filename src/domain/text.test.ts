import { describe, expect, it } from 'vitest'
import { validateText } from './text'

const rule = { field: 'companyName', max: 20 }

describe('validateText', () => {
  it('takes ordinary names, accents and scripts included, trimmed', () => {
    for (const name of ['Dupré', '  Müller & Söhne ', 'Œuvre', '東京', 'مخبز', "L'Étoile"])
      expect(validateText(name, rule), name).toEqual([])
  })

  it('refuses an empty or blank name as required, and an optional one may be empty', () => {
    expect(validateText('   ', rule)).toEqual([{ field: 'companyName', code: 'required' }])
    expect(validateText('', { ...rule, optional: true })).toEqual([])
  })

  it('refuses control characters: NUL, tab, line breaks, C1 controls', () => {
    for (const name of ['Jean\u0000', 'Jean\tPierre', 'Jean\r\nPierre', 'Jean\nPierre', 'Jean\u0085'])
      expect(validateText(name, rule), JSON.stringify(name)).toEqual([
        { field: 'companyName', code: 'hiddenCharacters' },
      ])
  })

  it('refuses invisible characters, alone or inside a name: zero-width, fillers, blank Braille, BOM', () => {
    for (const name of ['\u200B\u200B', '\u2800', '\u3164', 'Pat\u200Brick', 'A\u2060B', 'Ac\uFEFFme', 'A\u115FB'])
      expect(validateText(name, rule), JSON.stringify(name)).toEqual([
        { field: 'companyName', code: 'hiddenCharacters' },
      ])
  })

  it('refuses the bidirectional overrides and isolates that reverse the text around them', () => {
    for (const name of ['Acme\u202Egnp.exe', '\u202Bx', '\u2066x\u2069', '\u200Fx'])
      expect(validateText(name, rule), JSON.stringify(name)).toEqual([
        { field: 'companyName', code: 'hiddenCharacters' },
      ])
  })

  it('counts characters, not UTF-16 units, and names the limit', () => {
    expect(validateText('😀'.repeat(20), rule)).toEqual([])
    expect(validateText('a'.repeat(21), rule)).toEqual([{ field: 'companyName', code: 'tooLong', params: { max: 20 } }])
  })

  it('lets a description keep its line breaks, and nothing else hidden', () => {
    const rule = { field: 'description', max: 100, multiline: true }
    expect(validateText('Migration\r\nthen training', rule)).toEqual([])
    expect(validateText('Migration\u202Egnp', rule)).toEqual([{ field: 'description', code: 'hiddenCharacters' }])
  })
})
