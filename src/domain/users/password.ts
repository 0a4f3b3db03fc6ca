// Look-alike characters (I l 1 O 0) are left out: the password is read off the screen and typed.
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const LOWER = 'abcdefghijkmnopqrstuvwxyz'
const DIGITS = '23456789'
const SYMBOLS = '!#$%&*+-=?@_'
const ALL = UPPER + LOWER + DIGITS + SYMBOLS

export const TEMPORARY_PASSWORD_LENGTH = 16

type RandomSource = (array: Uint32Array) => Uint32Array

/** A uniform integer in [0, n), by rejection so no value is likelier than another. */
function below(n: number, random: RandomSource): number {
  const limit = 2 ** 32 - (2 ** 32 % n)
  const cell = new Uint32Array(1)
  for (;;) {
    const value = random(cell)[0]!
    if (value < limit) return value % n
  }
}

/**
 * A temporary password from the platform's cryptographic generator: 16 characters with at least
 * one upper-case letter, lower-case letter, digit and symbol, in random order, a letter or digit first.
 */
export function temporaryPassword(random: RandomSource = array => crypto.getRandomValues(array)): string {
  const pick = (set: string) => set[below(set.length, random)]!
  const characters = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)]
  while (characters.length < TEMPORARY_PASSWORD_LENGTH) characters.push(pick(ALL))
  // Fisher–Yates, so the guaranteed characters are not always first.
  for (let i = characters.length - 1; i > 0; i--) {
    const j = below(i + 1, random)
    ;[characters[i], characters[j]] = [characters[j]!, characters[i]!]
  }
  // Never a symbol first: the password lands in CSV files, where a leading = + - @ reads as a formula.
  const first = characters.findIndex(character => !SYMBOLS.includes(character))
  ;[characters[0], characters[first]] = [characters[first]!, characters[0]!]
  return characters.join('')
}
