import type { ValidationIssue } from '../validation'

// Kept apart from the opportunities (officePro.ts), which bring the services ledger with them:
// recording a count is part of every tenant's page.

/** More workstations than this at one client is a typo. */
export const MAX_WORKSTATIONS = 100_000

/** A client's workstations, and how many of them already have Office Pro installed. */
export interface WorkstationCount {
  readonly workstations: number
  readonly withOfficePro: number
}

function countIssues(field: keyof WorkstationCount, value: unknown, max: number): ValidationIssue[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [{ field, code: 'required' }]
  if (!Number.isInteger(value)) return [{ field, code: 'notWholeNumber' }]
  if (value < 0) return [{ field, code: 'belowMinimum', params: { min: 0 } }]
  if (value > max) return [{ field, code: 'aboveMaximum', params: { max } }]
  return []
}

/** Whole numbers from 0 to 100,000; no more workstations with Office Pro than there are workstations. */
export function validateWorkstationCount(count: WorkstationCount): ValidationIssue[] {
  const total = countIssues('workstations', count.workstations, MAX_WORKSTATIONS)
  const max = total.length === 0 ? count.workstations : MAX_WORKSTATIONS
  return [...total, ...countIssues('withOfficePro', count.withOfficePro, max)]
}

/** Workstations the client's offers need Office Pro on and that don't have it yet. */
export function officeProGap(count: WorkstationCount): number {
  return Math.max(0, count.workstations - count.withOfficePro)
}
