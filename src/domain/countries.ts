/**
 * The ISO 3166-1 alpha-2 country codes (the 249 officially assigned). Intl knows more region
 * codes (EU, UN, XK, ZZ…) that Microsoft refuses as a usage location, so the list is written out.
 */
export const ISO_COUNTRIES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI ' +
  'BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN ' +
  'CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK ' +
  'FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
  'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ' +
  'ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP ' +
  'NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF ' +
  'TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
  'VN VU WF WS YE YT ZA ZM ZW'
).split(' ')

const known = new Set(ISO_COUNTRIES)

export function isCountryCode(code: string): boolean {
  return known.has(code)
}

/** Lower case, no accents, one kind of apostrophe, hyphens and runs of spaces as one space: how names are compared. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\s\-‐–_.]+/g, ' ')
    .trim()
}

let byName: Map<string, string> | undefined

/**
 * The country a person wrote: its two-letter code (FR, fr) or its name in English or French
 * (France, Royaume-Uni, united kingdom), as `Intl` names it; null for anything else.
 */
export function countryFromText(text: string): string | null {
  if (!byName) {
    byName = new Map()
    for (const language of ['en', 'fr']) {
      const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' })
      for (const code of ISO_COUNTRIES) {
        const name = names.of(code)
        if (name) byName.set(foldName(name), code)
      }
    }
  }
  const code = text.trim().toUpperCase()
  return known.has(code) ? code : (byName.get(foldName(text)) ?? null)
}
