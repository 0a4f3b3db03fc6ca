import type { Backend } from './backend'

let current: Backend | undefined

/** Chosen once at start-up (`startup.ts`); views and stores only ever see the interface. */
export function setBackend(backend: Backend): void {
  current = backend
}

export function useBackend(): Backend {
  if (!current) throw new Error('No backend: startup.ts must call setBackend() before the app mounts')
  return current
}
