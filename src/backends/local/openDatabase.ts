import type { ConsoleDatabase } from './db'

/** Why this browser keeps no demo data: it has no IndexedDB, or it refuses this site one. */
export interface LocalStorageProblem {
  readonly reason: 'missing' | 'refused'
  /** The browser's own error name (`SecurityError`, `InvalidStateError`), for the technical details. */
  readonly errorName: string
}

function innermostName(error: unknown): string {
  let current = error
  // Dexie wraps the browser's refusal (`OpenFailedError` around a `SecurityError`): the inner name says why.
  while (current instanceof Error && 'inner' in current && current.inner instanceof Error) current = current.inner
  return current instanceof Error ? current.name : 'Error'
}

/**
 * Opens the demo's database before the console mounts, so a browser that won't keep data gets a page
 * that says so rather than empty lists. `onBlocked` runs when another tab holds an older version
 * open and the upgrade waits for it; the promise settles once that tab lets go.
 */
export async function openLocalDatabase(
  db: ConsoleDatabase,
  onBlocked: () => void,
): Promise<LocalStorageProblem | undefined> {
  db.on('blocked', onBlocked)
  try {
    await db.open()
    return undefined
  } catch (error) {
    const errorName = innermostName(error)
    return { reason: errorName === 'MissingAPIError' ? 'missing' : 'refused', errorName }
  }
}
