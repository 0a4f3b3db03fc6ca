/**
 * How a CSV file separates its fields and writes decimals. Excel reads a CSV by the computer's
 * regional settings: a French Windows expects semicolons and decimal commas ("45,00"), an English
 * one commas and decimal points. Partners may send files either way, so the choice is offered.
 */
export type CsvDialect = 'comma' | 'semicolon'
export const CSV_DIALECTS: readonly CsvDialect[] = ['comma', 'semicolon']

export function csvDelimiter(dialect: CsvDialect): ',' | ';' {
  return dialect === 'semicolon' ? ';' : ','
}

/** A plain decimal ("45.00", "1.5") as the dialect writes it; anything else as it is. */
export function csvDecimal(value: string, dialect: CsvDialect): string {
  return dialect === 'semicolon' && /^-?\d+\.\d+$/.test(value) ? value.replace('.', ',') : value
}

/** The dialect a spreadsheet in this language expects: French Excel's semicolons, else commas. */
export function languageCsvDialect(language: string): CsvDialect {
  return language.split('-')[0]?.toLowerCase() === 'fr' ? 'semicolon' : 'comma'
}
