import { useQuery } from '@pinia/colada'
import { useMicrosoft365Session } from '@/auth/session'
import { relayWhoAmI } from '@/backends/relay/relayClient'

/** Cache key of the relay's answer about the signed-in technician. */
export const relayKeys = {
  me: ['relay', 'me'] as const,
}

/**
 * What the partner relay says of this console: not named by the build ('notConfigured'), named
 * wrongly ('invalid'), or reached and accepting the technician's token (`connected`, with the name
 * it took them for). A relay that refuses or can't be reached is the query's error.
 */
export type RelayStatus =
  | { readonly state: 'notConfigured' }
  | { readonly state: 'invalid' }
  | { readonly state: 'connected'; readonly name: string }

/** The relay's status for Settings, asked once a minute at most; nothing is asked on the demo data. */
export function useRelayStatus() {
  return useQuery({
    key: relayKeys.me,
    staleTime: 60_000,
    query: async (): Promise<RelayStatus> => {
      const relay = useMicrosoft365Session()?.relay
      if (relay === undefined) return { state: 'notConfigured' }
      if (relay === 'invalid') return { state: 'invalid' }
      const caller = await relayWhoAmI(relay)
      return { state: 'connected', name: caller.name }
    },
  })
}
