import Dexie from 'dexie'
import { BackendError } from '../backend'

// Only IndexedDB's own failures (quota, blocked or missing database, aborted transaction) are
// the browser's doing; any other error is a bug and should surface as itself.
function isStorageFailure(error: unknown): boolean {
  return error instanceof Dexie.DexieError || (typeof DOMException !== 'undefined' && error instanceof DOMException)
}

/** Runs a storage operation; a refusal by the browser becomes `BackendError('storage')` with its cause. */
export async function guard<T>(operation: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof BackendError || !isStorageFailure(error)) throw error
    const name = error instanceof Error ? error.name : 'Error'
    throw new BackendError('storage', `The browser could not ${operation} (${name})`, [], { cause: error })
  }
}
