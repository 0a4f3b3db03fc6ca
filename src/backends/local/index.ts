export { ConsoleDatabase, DEFAULT_DATABASE_NAME } from './db'
export { createLocalBackend, type LocalBackendOptions, MAX_GENERATED_TENANTS } from './localBackend'
