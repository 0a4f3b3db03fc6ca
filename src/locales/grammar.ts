// Grammar vue-i18n's default rules get wrong in French: plurals and elision.

/**
 * vue-i18n's plural choice for French, by CLDR's rule through Intl.PluralRules: 0, 1 and 1.5 are
 * singular ("1,5 jour", "0 jour"), 2 and more plural. Messages with three forms keep their first
 * for zero ("Aucun devis | {n} devis | {n} devis"), as vue-i18n's default does.
 */
const french = new Intl.PluralRules('fr')
export function frenchPluralChoice(choice: number, choicesLength: number): number {
  const singular = french.select(Math.abs(choice)) === 'one'
  if (choicesLength >= 3) return choice === 0 ? 0 : singular ? 1 : 2
  return singular ? 0 : 1
}

// A word starting with a vowel sound elides "de" to "d'": vowels (accented too); not "h", which
// may be aspirated ("de Hêtre").
const VOWEL_START = /^[aeiouyàâäéèêëîïôöùûüœæ]/i

/** "de" before a name, elided where French elides it: "d'Alpine", "de Garage Lefèvre". */
export function frenchDe(name: string): string {
  const trimmed = name.trim()
  return VOWEL_START.test(trimmed) ? `d'${trimmed}` : `de ${trimmed}`
}
