import boundaries from 'eslint-plugin-boundaries'

/**
 * The architecture's boundaries, checked by eslint-plugin-boundaries on every import: it resolves relative, `@/` and
 * index paths to files (through the TypeScript resolver and tsconfig's paths), so `../../backends/local/db` and
 * `@/backends/graph` are the same edge as any other spelling. eslint-rules.test.ts proves each rule fires.
 */

// Every file under src/ is an element of one type (the first pattern that matches), so no import escapes as "unknown".
const elements = [
  { type: 'domain', pattern: 'src/domain/**' },
  // The adapters, apart from the contracts and the rules they share (backends/records, backend.ts, errors…).
  { type: 'local', pattern: 'src/backends/local/**' },
  { type: 'graph', pattern: 'src/backends/graph/**' },
  { type: 'partnerCenter', pattern: 'src/backends/partnerCenter/**' },
  { type: 'backends', pattern: 'src/backends/**' },
  { type: 'data', pattern: 'src/data/**' },
  { type: 'stores', pattern: 'src/stores/**' },
  { type: 'composables', pattern: 'src/composables/**' },
  { type: 'auth', pattern: 'src/auth/**' },
  { type: 'forms', pattern: 'src/forms/**' },
  { type: 'views', pattern: 'src/views/**' },
  { type: 'components', pattern: 'src/components/**' },
  { type: 'startup', pattern: 'src/startup.ts' },
  { type: 'main', pattern: 'src/main.ts' },
  { type: 'app', pattern: 'src/**' },
  { type: 'testWorld', pattern: 'test-world/**' },
  { type: 'e2e', pattern: 'e2e/**' },
  { type: 'relay', pattern: 'relay/src/**' },
].map(element => ({ ...element, mode: 'full' }))

const types = list => ({ element: { types: { anyOf: list } } })
const toTypes = list => ({ to: types(list) })
const adapters = ['local', 'graph', 'partnerCenter']
const backendTypes = ['backends', ...adapters]
const appTypes = elements.map(e => e.type).filter(t => !['testWorld', 'e2e', 'relay'].includes(t))

const policies = [
  {
    // The domain is plain TypeScript, the one place a business rule lives: it leans on nothing else in the app.
    from: types(['domain']),
    disallow: toTypes(appTypes.filter(t => t !== 'domain')),
    message: 'The domain imports nothing from the app (only other domain files)',
  },
  {
    from: types(['domain']),
    disallow: {
      to: { module: { origin: 'external', source: ['vue', 'vue-*', '@vue/*', 'pinia', '@pinia/*', 'dexie'] } },
    },
    message: 'The domain is plain TypeScript: no Vue, Pinia or Dexie',
  },
  {
    // Screens read and write through the data layer (src/data), never the backend itself.
    from: types(['views', 'components']),
    disallow: toTypes(backendTypes),
    message: 'Views and components reach the backend through src/data, never src/backends',
  },
  {
    // An adapter is chosen once, at start-up; everything else speaks to the Backend contracts.
    from: types(appTypes.filter(t => !['startup', ...adapters].includes(t))),
    disallow: toTypes(adapters),
    message: 'Only startup.ts picks an adapter; everything else speaks to the Backend contracts',
  },
  {
    // MSAL hands the adapters their tokens, and throws their sign-in and consent errors, which the adapters' callers
    // tell apart: auth may import the adapters' token contracts (tokens.ts), and nothing else of them.
    from: types(['auth']),
    allow: { to: { ...types(['graph', 'partnerCenter']), file: { path: 'src/backends/*/tokens.ts' } } },
  },
  {
    from: types(['local']),
    disallow: toTypes(['graph', 'partnerCenter']),
    message: 'The embedded adapter stands alone',
  },
  {
    // Graph and Partner Center work on one Microsoft 365 partner: Partner Center writes through Graph's context and
    // token errors, and Graph configures Partner Center beside it. Neither uses the embedded adapter.
    from: types(['graph', 'partnerCenter']),
    disallow: toTypes(['local']),
    message: 'The Microsoft 365 adapters never use the embedded one',
  },
  {
    // The form and column models are what components and views share: they sit below both.
    from: types(['components', 'forms']),
    disallow: toTypes(['views']),
    message: 'Components (and the form models) never import views: shared models live in src/forms',
  },
  {
    from: types(appTypes),
    disallow: toTypes(['testWorld', 'e2e']),
    message: 'The app never imports test code (test-world/, e2e/)',
  },
  {
    // The relay ships alone to Azure Functions.
    from: types(['relay']),
    disallow: toTypes(appTypes),
    message: 'The relay is its own service: it takes nothing from src/',
  },
]

export default [
  {
    files: ['src/**/*.{ts,vue}', 'relay/src/**/*.ts', 'test-world/**/*.ts', 'e2e/**/*.ts'],
    // Tests may reach anything: the contract suites run every adapter, the unit tests start the test world.
    ignores: ['**/*.test.ts', '**/*.contract.ts', '**/testing.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/legacy-warnings': false,
      'import/resolver': { typescript: { project: 'tsconfig.json' } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'allow', checkAllOrigins: true, policies }],
    },
  },
]
