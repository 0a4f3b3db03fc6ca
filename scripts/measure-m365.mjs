// The Microsoft 365 benchmarks, every Graph call delayed 100 ms, against the test world:
// - tenants: 500 GDAP customers; the tenant list's first rows read on screen (within 2 s), and
//   the Graph requests made before they showed;
// - records: 100,000 activity entries; the activity page's first screen and one tenant's
//   activity (each within 2 s), and the Graph requests each made.
// Builds the m365 build first (with the E2E_* ports, as the tests). Usage: node scripts/measure-m365.mjs
// (npm run measure runs it after the demo's measures). MEASURE_CUSTOMERS, MEASURE_ENTRIES and
// MEASURE_LATENCY_MS change the sizes and the delay.
import { spawnSync } from 'node:child_process'

const env = {
  ...process.env,
  E2E_PORT: process.env.E2E_PORT ?? '4290',
  E2E_M365_DIST: process.env.E2E_M365_DIST ?? '/tmp/dist-m365-measure',
}
const run = (args, extra = {}) =>
  spawnSync(process.execPath, args, { env: { ...env, ...extra }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

const build = spawnSync(process.execPath, ['scripts/build-m365.mjs'], { env, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

/** Runs one world's measure and returns what it printed after `MEASURE `. */
function measure(world) {
  const measured = run(
    ['node_modules/@playwright/test/cli.js', 'test', '-c', 'scripts/measure-m365/playwright.config.ts'],
    { MEASURE_WORLD: world },
  )
  const line = `${measured.stdout}`.split('\n').find(text => text.includes('MEASURE '))
  if (measured.status !== 0 || !line) {
    process.stdout.write(measured.stdout)
    process.stderr.write(measured.stderr)
    process.exit(measured.status || 1)
  }
  return JSON.parse(line.slice(line.indexOf('MEASURE ') + 'MEASURE '.length))
}

const within = ({ ms }) => (ms <= 2000 ? 'within 2 s' : 'OVER 2 s')
const tenants = measure('tenants')
console.log(`tenant list: ${tenants.customers} GDAP customers, ${tenants.latencyMs} ms a Graph call`)
console.log(`namesShown     ${tenants.namesShown.ms} ms, ${tenants.namesShown.graphRequests} Graph requests`)
console.log(
  `firstRowsRead  ${tenants.firstRowsRead.ms} ms, ${tenants.firstRowsRead.graphRequests} Graph requests, ${tenants.firstRowsRead.tenantsRead} tenants read (${within(tenants.firstRowsRead)})`,
)
const records = measure('records')
console.log(
  `partner records: ${records.entries.toLocaleString('en')} activity entries, ${records.latencyMs} ms a Graph call`,
)
console.log(
  `activityFirst  ${records.activityFirstScreen.ms} ms, ${records.activityFirstScreen.graphRequests} Graph requests (${within(records.activityFirstScreen)})`,
)
console.log(
  `tenantActivity ${records.tenantActivityFirstScreen.ms} ms, ${records.tenantActivityFirstScreen.graphRequests} Graph requests (${within(records.tenantActivityFirstScreen)})`,
)
console.log(JSON.stringify({ tenants, records }))
