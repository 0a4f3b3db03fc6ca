// The partner records benchmark: the Microsoft 365 build against the test world whose partner
// list holds 100,000 activity entries, every Graph call delayed 100 ms; times in Chromium the
// activity page's first screen and one tenant's activity (each should be within 2 s) and counts
// the Graph requests each made. Builds the m365 build first (with the E2E_* ports, as the tests).
// Usage: node scripts/measure-records.mjs (npm run measure runs it after the demo's measures).
// MEASURE_ENTRIES and MEASURE_LATENCY_MS change the list's size and the delay.
import { spawnSync } from 'node:child_process'

const env = { ...process.env, E2E_PORT: process.env.E2E_PORT ?? '4290', E2E_M365_DIST: process.env.E2E_M365_DIST ?? '/tmp/dist-m365-measure' }
const run = (args, options = {}) => spawnSync(process.execPath, args, { env, encoding: 'utf8', ...options })

const build = run(['node_modules/vite/bin/vite.js', 'build', '--mode', 'm365', '--outDir', env.E2E_M365_DIST, '--emptyOutDir'], { stdio: 'inherit' })
if (build.status !== 0)
  process.exit(build.status ?? 1)
const measured = run(['node_modules/@playwright/test/cli.js', 'test', '-c', 'scripts/measure-records/playwright.config.ts'])
const line = `${measured.stdout}`.split('\n').find(text => text.includes('MEASURE '))
if (measured.status !== 0 || !line) {
  process.stdout.write(measured.stdout)
  process.stderr.write(measured.stderr)
  process.exit(measured.status || 1)
}
const results = JSON.parse(line.slice(line.indexOf('MEASURE ') + 'MEASURE '.length))
const within = ({ ms }) => (ms <= 2000 ? 'within 2 s' : 'OVER 2 s')
console.log(`partner records: ${results.entries.toLocaleString('en')} activity entries, ${results.latencyMs} ms a Graph call`)
console.log(`activityFirst  ${results.activityFirstScreen.ms} ms, ${results.activityFirstScreen.graphRequests} Graph requests (${within(results.activityFirstScreen)})`)
console.log(`tenantActivity ${results.tenantActivityFirstScreen.ms} ms, ${results.tenantActivityFirstScreen.graphRequests} Graph requests (${within(results.tenantActivityFirstScreen)})`)
console.log(JSON.stringify(results))
