/** ISO 4217 currency code, e.g. `USD` or `EUR`. */
export type CurrencyCode = string

/** An amount in integer minor units (cents), so sums never drift by a fraction of a cent. */
export interface Money {
  readonly minor: number
  readonly currency: CurrencyCode
}

export function money(minor: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Money must be a whole number of minor units, got ${minor}`)
  return { minor, currency }
}

export function multiply(amount: Money, factor: number): Money {
  return money(roundHalfAwayFromZero(amount.minor * factor), amount.currency)
}

export function sum(amounts: readonly Money[], currency: CurrencyCode): Money {
  let minor = 0
  for (const amount of amounts) {
    if (amount.currency !== currency) throw new Error(`Cannot add ${amount.currency} to ${currency}`)
    minor += amount.minor
  }
  return money(minor, currency)
}

/** Rounds to a whole number, halves away from zero (2.5 → 3, -2.5 → -3), as statements do. */
export function roundHalfAwayFromZero(value: number): number {
  const magnitude = Math.abs(value)
  // Drop binary noise first (45 × 0.7 is 31.499999999999996 in floating point, 31.5 in fact):
  // 15 significant digits are exact for a double; from 1e15 up there is no fraction left to fix.
  const rounded = Math.round(magnitude < 1e15 ? Number(magnitude.toPrecision(15)) : magnitude)
  // Never -0, which formats as "-$0.00".
  return value < 0 && rounded !== 0 ? -rounded : rounded
}
