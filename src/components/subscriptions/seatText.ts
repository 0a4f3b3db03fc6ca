import type { OfferId } from '@/domain/catalogue'
import type { ValidationIssue } from '@/domain/validation'

/**
 * A seat count as typed, for the domain's seat rules: blank is NaN (they say "required"), and
 * spaces between digits are allowed (1 000). Text that isn't a number is an issue of its own.
 */
export function readSeats(text: string, offerId: OfferId): { seats: number; issue: ValidationIssue | null } {
  const trimmed = text.trim()
  const seats = trimmed === '' ? Number.NaN : Number(trimmed.replace(/\s/g, ''))
  const issue: ValidationIssue | null =
    trimmed !== '' && Number.isNaN(seats) ? { field: `seats.${offerId}`, code: 'notWholeNumber' } : null
  return { seats, issue }
}
