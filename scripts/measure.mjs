// Measures, in Chromium on the production build, what a partner feels with 5,000 tenants:
// how long the bulk load takes, how long the tenant list takes to show, how long a search takes
// to narrow it, how many rows the page holds, how smooth a scroll from top to bottom is, and how
// long the dashboard takes to show every figure and the longest it keeps the page frozen.
// First, beside a bare Vue + Vue Router + Pinia page (the floor), Lighthouse on the main routes and the first page's
// JavaScript (scripts/measure-lighthouse.mjs, scripts/size.mjs).
// Usage: npm run measure (builds first). Prints one line per measure and a JSON summary. MEASURE_DIST names another
// build folder, MEASURE_PORT another port (it also uses the next two).
import { spawnSync } from 'node:child_process'
import { startPreview } from './previewServer.mjs'
import { chromium } from '@playwright/test'
import { chromiumLaunch, chromiumPath } from './chromium.mjs'
import { measureLighthouse, printLighthouse } from './measure-lighthouse.mjs'

const PORT = Number(process.env.MEASURE_PORT ?? 4290)
const dist = process.env.MEASURE_DIST ?? 'dist'

const lighthouse = await measureLighthouse({ dist, port: PORT + 1, floorPort: PORT + 2, chromePath: chromiumPath })
printLighthouse(lighthouse)
const size = spawnSync(process.execPath, ['scripts/size.mjs'], { env: { ...process.env, SIZE_DIST: dist } })
const sizeLines = size.stdout.toString().split('\n')
const totalLine = sizeLines.find(line => line.includes('first page JavaScript'))
const results = {
  lighthouse,
  firstPageJsKB: Number(totalLine?.trim().split(/\s+/)[0]),
  firstPageJsFiles: sizeLines.findIndex(line => line === totalLine),
}
console.log(`first page JS  ${results.firstPageJsKB} KB gzip in ${results.firstPageJsFiles} files`)

const { base, server, waitForServer } = startPreview(dist, PORT)

const browser = await chromium.launch(chromiumLaunch)
try {
  await waitForServer()
  const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })

  let started = Date.now()
  await page.goto(`${base}/tenants`)
  await page.getByRole('heading', { level: 1, name: 'Tenants' }).waitFor()
  await page.getByRole('row').nth(1).waitFor()
  results.firstPageMs = Date.now() - started

  await page.goto(`${base}/settings`)
  started = Date.now()
  await page.getByRole('button', { name: 'Add 5,000 generated tenants' }).click()
  await page.getByText(/generated tenants added in/).waitFor({ timeout: 60_000 })
  results.load5000Ms = Date.now() - started

  started = Date.now()
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await page.getByText('5,012 tenants').waitFor({ timeout: 60_000 })
  results.list5012Ms = Date.now() - started
  results.rowsInPage = await page.getByRole('row').count()

  started = Date.now()
  await page.getByLabel('Search tenants').fill('Crêperie du Vieux')
  await page.getByText('1 tenant of 5,012').waitFor()
  results.searchMs = Date.now() - started
  await page.getByLabel('Search tenants').fill('')
  await page.getByText('5,012 tenants').waitFor()

  // Scroll the list from top to bottom in 60 steps, one per frame, and time every frame.
  const region = page.getByRole('region', { name: 'Client tenants' })
  results.scrollFrames = await region.evaluate(async element => {
    const frames = []
    let last = performance.now()
    for (let step = 1; step <= 60; step++) {
      element.scrollTop = (element.scrollHeight * step) / 60
      await new Promise(requestAnimationFrame)
      const now = performance.now()
      frames.push(now - last)
      last = now
    }
    frames.sort((a, b) => a - b)
    return { medianMs: Math.round(frames[30]), p95Ms: Math.round(frames[56]), worstMs: Math.round(frames[59]) }
  })

  // The home page at scale: every tenant's figures, fees by quarter and the renewals to come;
  // and the longest the page stays frozen meanwhile (the figures are worked out in steps that yield).
  await page.evaluate(() => {
    window.__longestTaskMs = 0
    new PerformanceObserver(list => {
      for (const entry of list.getEntries()) window.__longestTaskMs = Math.max(window.__longestTaskMs, entry.duration)
    }).observe({ type: 'longtask' })
  })
  started = Date.now()
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click()
  await page.getByRole('region', { name: 'Tenants' }).getByText('5,012').waitFor({ timeout: 60_000 })
  results.dashboardFiguresMs = Date.now() - started
  await page.getByRole('table', { name: /^Fees and services by quarter/ }).waitFor({ timeout: 60_000 })
  results.dashboardFeesMs = Date.now() - started
  // The charts draw once their figures show (Chart.js loads then): their tasks count too.
  await page.getByRole('img', { name: /^Bar chart of fees and services by quarter/ }).waitFor({ timeout: 60_000 })
  await page.waitForTimeout(1000)
  results.dashboardLongestTaskMs = Math.round(await page.evaluate(() => window.__longestTaskMs))
} finally {
  await browser.close()
  server.kill()
}

for (const [name, value] of Object.entries(results))
  if (name !== 'lighthouse')
    console.log(`${name.padEnd(14)} ${typeof value === 'object' ? JSON.stringify(value) : value}`)
console.log(JSON.stringify(results))

// Then the top bar's search at 5,000 tenants and 100,000 users, per keystroke (its own script and browser).
const find = spawnSync(process.execPath, ['scripts/measure-find.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, MEASURE_DIST: dist, MEASURE_FIND_PORT: String(PORT + 3) },
})
if (find.status !== 0) process.exitCode = find.status ?? 1

// Then the users CSV import at its limits: a 10 MB file, and 10,000 rows into a tenant of 10,000 users.
const imports = spawnSync(process.execPath, ['scripts/measure-imports.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, MEASURE_DIST: dist, MEASURE_IMPORTS_PORT: String(PORT + 4) },
})
if (imports.status !== 0) process.exitCode = imports.status ?? 1

// Then Microsoft 365 at 100 ms a Graph call: the tenant list at 500 customers and the partner
// records at 100,000 activity entries (its own script: it builds the m365 build and starts the test world).
// `--no-m365` leaves that out (it starts the test world on its fixed ports).
if (!process.argv.includes('--no-m365')) {
  const m365 = spawnSync(process.execPath, ['scripts/measure-m365.mjs'], { stdio: 'inherit' })
  process.exitCode = m365.status ?? 1
}
