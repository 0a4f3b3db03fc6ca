// Shared by the embedded backend's tests: fresh in-memory databases and a fixed clock.
import { afterEach, expect, vi } from 'vitest'
import { ConsoleDatabase } from './db'
import { createLocalBackend } from './localBackend'

// Local noon: the backend dates by the person's own clock, so TODAY holds in every time zone.
export const NOW = new Date(2025, 2, 10, 12, 0, 0)
export const TODAY = '2025-03-10'

const opened: ConsoleDatabase[] = []

afterEach(async () => {
  vi.restoreAllMocks()
  await Promise.all(opened.splice(0).map(db => db.delete()))
})

/** A database of its own for one test, deleted after it. */
export function freshDb(): ConsoleDatabase {
  const db = new ConsoleDatabase(`test-${crypto.randomUUID()}`)
  opened.push(db)
  return db
}

export function makeLocal(db = freshDb()) {
  return createLocalBackend({ db, now: () => NOW })
}

/** The error a call was refused with; fails the test if the call succeeded. */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the call to fail'),
    (error: unknown) => error,
  )
}
