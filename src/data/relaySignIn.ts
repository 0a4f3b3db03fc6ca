import { useMicrosoft365Session } from '@/auth/session'
import { relaySignInChallenge } from '@/backends/relay/consent'

/**
 * The way out of a relay refusal that wants the person to act (401 `signInNeeded`: MFA Partner Center asks, or a
 * token MSAL can't give silently): whether an error is one, and the relay's interactive sign-in answering its claims
 * challenge (the page leaves, and comes back where it was). Any page calling the relay can offer it.
 */
export function useRelaySignIn() {
  const relay = useMicrosoft365Session()?.relay
  const signIn = typeof relay === 'object' ? relay.signIn : undefined
  return {
    /** The challenge to answer when `error` asks for a sign-in that the relay can give; undefined otherwise. */
    challengeOf: (error: unknown): { readonly claims?: string } | undefined =>
      signIn ? relaySignInChallenge(error) : undefined,
    signIn: (claims?: string): void => void signIn?.(claims),
  }
}
