/**
 * A repository whose code (and the domain rules it brings) loads the first time one of its
 * methods is called, so the first page doesn't download the whole console. Every repository
 * method returns a promise, so callers can't tell the difference.
 */
export function lazyRepository<T extends object>(load: () => Promise<T>): T {
  let loaded: Promise<T> | undefined
  return new Proxy({} as T, {
    get(_, method) {
      // Not a thenable: `await backend.users` must not try to call a method named `then`.
      if (method === 'then') return undefined
      return (...args: unknown[]) =>
        (loaded ??= load()).then(repository => {
          const member = (repository as Record<PropertyKey, unknown>)[method]
          if (typeof member !== 'function') throw new TypeError(`Repository has no method ${String(method)}`)
          return member.apply(repository, args)
        })
    },
  })
}
