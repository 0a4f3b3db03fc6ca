// Prints the gzip size of the JavaScript a person downloads to see the first page (the commerce
// dashboard at /, in English): the entry chunk, the dashboard's lazy route chunk, the core
// messages, and everything they import statically. The chart library is imported dynamically
// once the figures show, so it is listed after the total, not in it. Fails above the budget.
// Usage: npm run size (builds first), or node scripts/size.mjs after `vite build` (SIZE_DIST names another folder).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

// The figure reached (139 KB in six files, the console's own first-page modules in one chunk), plus 2 KB: Dexie
// alone is 33 KB of it and stays (README, "Performance"). It was 133 KB; what every page now has from the start
// (the notification area with Undo, the leave prompt, the find button, the theme applied before the first paint,
// the typed write doors, tab sync, the storage check) added about 16 KB, of which 10 KB went back by loading the
// CSV parser, the quote, provisioning, baseline, currency and relay-client code with their first use.
const BUDGET_KB = 141
const dist = process.env.SIZE_DIST ?? 'dist'
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'))

const firstPageModules = ['index.html', 'src/views/dashboard/DashboardView.vue', 'src/locales/en/core.ts']

const files = new Set()
function collect(key) {
  const chunk = manifest[key]
  if (!chunk || files.has(chunk.file)) return
  files.add(chunk.file)
  for (const imported of chunk.imports ?? []) collect(imported)
}
for (const key of firstPageModules) {
  if (!manifest[key]) throw new Error(`${key} is not in the build manifest: has the first page moved?`)
  collect(key)
}

let total = 0
const rows = [...files]
  .filter(file => file.endsWith('.js'))
  .map(file => {
    const gzip = gzipSync(readFileSync(join(dist, file))).length
    total += gzip
    return { file, gzip }
  })
  .sort((a, b) => b.gzip - a.gzip)

for (const { file, gzip } of rows) console.log(`${(gzip / 1024).toFixed(1).padStart(7)} KB  ${file}`)
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  first page JavaScript, gzip (budget ${BUDGET_KB} KB)`)

// Loaded once the first page is shown (not needed to show it): the charts, the rest of the
// messages; and, on a browser's very first visit only, the demo data it seeds.
const afterFirstPage = [
  ['src/components/dashboard/barChart.ts', "the charts (Chart.js), drawn once the dashboard's figures show"],
  ['src/locales/en/index.ts', "the other pages' messages, fetched after the first page shows"],
  ['src/backends/local/seed/seeding.ts', "the demo seed, on a browser's first visit only"],
]
for (const [key, what] of afterFirstPage) {
  const chunk = manifest[key]
  if (chunk && !files.has(chunk.file))
    console.log(
      `${(gzipSync(readFileSync(join(dist, chunk.file))).length / 1024).toFixed(1).padStart(7)} KB  then ${what}`,
    )
}
if (total / 1024 > BUDGET_KB) {
  console.error(`Over budget by ${(total / 1024 - BUDGET_KB).toFixed(1)} KB`)
  process.exit(1)
}
