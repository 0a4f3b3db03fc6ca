/**
 * Spreadsheets run a cell that starts with = + - @ as a formula (CSV injection, OWASP), and some
 * trim leading whitespace or line breaks first, or read the full-width ＝ ＋ － ＠ a Japanese or
 * Chinese keyboard types as their ASCII twins. A leading ' keeps such a cell text.
 */
const FORMULA_START = /^[=+\-@＝＋－＠\s]/u

export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

/** Every cell of a CSV row, formula-safe. */
export function escapeFormulaRow<Row extends Readonly<Record<string, string>>>(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, escapeFormula(cell)])) as Row
}
