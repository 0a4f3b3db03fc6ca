/// <reference types="vite/client" />

declare module 'virtual:fluent-tokens.css'

/** The Microsoft 365 configuration a build may carry (README, "Microsoft 365"). */
interface ImportMetaEnv {
  readonly VITE_MSAL_CLIENT_ID?: string
  readonly VITE_MSAL_AUTHORITY?: string
  readonly VITE_GRAPH_BASE_URL?: string
}
