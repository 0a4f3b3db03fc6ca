import { describe, expect, it } from 'vitest'
import { escapeFormula, escapeFormulaRow } from './csvCells'

describe('escapeFormula', () => {
  it('prefixes = + - @ (and tab, carriage return) with a quote, and leaves the rest', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'].map(escapeFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
    ])
    expect(['', 'Off', '25 GB', 'a=b', 'Dupré'].map(escapeFormula)).toEqual(['', 'Off', '25 GB', 'a=b', 'Dupré'])
  })

  it('also neutralises a leading space, line break or no-break space, and the full-width signs', () => {
    expect([' =1', '\n=1', '\u00a0=1', '＝1+1', '＋1', '－1', '＠SUM(A1)'].map(escapeFormula)).toEqual([
      "' =1",
      "'\n=1",
      "'\u00a0=1",
      "'＝1+1",
      "'＋1",
      "'－1",
      "'＠SUM(A1)",
    ])
  })
})

describe('escapeFormulaRow', () => {
  it('escapes every cell of a row and keeps its columns', () => {
    expect(escapeFormulaRow({ name: '=HYPERLINK("x")', seats: '12' })).toEqual({
      name: '\'=HYPERLINK("x")',
      seats: '12',
    })
  })
})
