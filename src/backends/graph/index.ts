/** The Microsoft 365 backend, loaded on demand (`import('@/backends/graph')`) so the demo never carries it. */
export { createGraphBackend } from './graphBackend'
export type { GraphBackendOptions } from './graphBackend'
export { DEFAULT_GRAPH_BASE_URL } from './graphClient'
export type { GraphTokenSource, TokenTenant } from './tokens'
