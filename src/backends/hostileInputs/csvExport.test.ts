import { describe, expect, it } from 'vitest'
import { escapeFormula } from '@/domain/csvCells'

/** Cells a spreadsheet would run as a formula: every CSV export prefixes them with `'` to keep them text. */
export const FORMULA_CELLS: readonly (readonly [string, string])[] = [
  ['an equals sign', '=1+1'],
  ['a plus sign', '+1+1'],
  ['a minus sign', '-1+1'],
  ['an at sign', '@SUM(A1:A2)'],
  ['a DDE call', "=cmd|' /C calc'!A0"],
  ['a HYPERLINK', '=HYPERLINK("http://evil.example","Open")'],
  ['a leading space', ' =1+1'],
  ['a leading tab', '\t=1+1'],
  ['a leading line feed', '\n=1+1'],
  ['a leading carriage return', '\r=1+1'],
  ['a full-width equals sign', '＝1+1'],
  ['a full-width plus sign', '＋1'],
  ['a full-width minus sign', '－1'],
  ['a full-width at sign', '＠SUM(A1)'],
]

/** Cells that are only text: left exactly as they are. */
export const TEXT_CELLS: readonly (readonly [string, string])[] = [
  ['a company name', 'Boulangerie Dupré & Fils'],
  ['an equals sign inside', 'a=b'],
  ['markup', '<script>alert(1)</script>'],
  ['an e-mail address', 'marie@dupre-boulangerie.fr'],
  ['an empty cell', ''],
]

describe('hostile inputs: formula-leading cells in CSV exports', () => {
  it.each(FORMULA_CELLS)('neutralises %s', (_name, cell) => {
    expect(escapeFormula(cell)).toBe(`'${cell}`)
  })
  it.each(TEXT_CELLS)('leaves %s as it is', (_name, cell) => {
    expect(escapeFormula(cell)).toBe(cell)
  })
})
