/**
 * The browser's small key/value stores, read and written without ever throwing: with site data
 * blocked, Chromium throws `SecurityError` at the first touch of `localStorage`, and a console that
 * can't remember a language or a choice must still start (and say why its data can't be kept).
 */
export type StorageArea = 'local' | 'session'

function areaOf(area: StorageArea): Storage | undefined {
  try {
    return area === 'local' ? window.localStorage : window.sessionStorage
  } catch {
    return undefined
  }
}

/** The stored value, or null when there is none or the browser won't say. */
export function readStored(key: string, area: StorageArea = 'local'): string | null {
  try {
    return areaOf(area)?.getItem(key) ?? null
  } catch {
    return null
  }
}

/** Stores the value if the browser lets it; a refusal (blocked, full) just means it isn't remembered. */
export function writeStored(key: string, value: string, area: StorageArea = 'local'): void {
  try {
    areaOf(area)?.setItem(key, value)
  } catch {
    // Not remembered: the choice still holds for this page.
  }
}

export function removeStored(key: string, area: StorageArea = 'local'): void {
  try {
    areaOf(area)?.removeItem(key)
  } catch {
    // Nothing was stored that could be read back either.
  }
}
