// oidc-provider ships its in-memory adapter without types; this is the one function we use.
declare module 'oidc-provider/lib/adapters/memory_adapter.js' {
  import type { AdapterFactory } from 'oidc-provider'

  /** A factory of the quick-start adapter over ONE store, shared by whoever receives the factory. */
  export function createMemoryAdapter(clockTolerance?: number): AdapterFactory
}
