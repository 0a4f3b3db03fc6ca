import type { WritableComputedRef } from 'vue'
import type { LocationQuery } from 'vue-router'
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'

function one(value: LocationQuery[string] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

/**
 * Page filters kept in the address (`?from=2026-12-01&area=users`), so Back, a reload and a shared link give the
 * same list. Each name reads as a string ('' when absent; `accept` turns anything unknown into ''), and writing
 * '' takes it out of the address. Writes replace the history entry: filtering is no navigation.
 */
export function useAddressQuery<Name extends string>(
  names: readonly Name[],
  accept: Partial<Record<Name, (value: string) => boolean>> = {},
): Record<Name, WritableComputedRef<string>> & { clear: () => void } {
  const route = useRoute()
  const router = useRouter()

  function write(changes: Partial<Record<Name, string>>): void {
    const query: Record<string, LocationQuery[string]> = { ...route.query }
    for (const [name, value] of Object.entries(changes) as [Name, string][]) {
      if (value === '') delete query[name]
      else query[name] = value
    }
    void router.replace({ query })
  }

  const refs = Object.fromEntries(
    names.map(name => [
      name,
      computed({
        get: () => {
          const value = one(route.query[name])
          return accept[name] && !accept[name](value) ? '' : value
        },
        set: (value: string) => write({ [name]: value } as Partial<Record<Name, string>>),
      }),
    ]),
  ) as Record<Name, WritableComputedRef<string>>

  /** Every one of these filters taken out of the address at once. */
  function clear(): void {
    write(Object.fromEntries(names.map(name => [name, ''])) as Partial<Record<Name, string>>)
  }

  return { ...refs, clear }
}

/** A calendar day as a date field writes it. */
export const isIsoDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value)
