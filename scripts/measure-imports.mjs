// Measures, in Chromium on the production build, the users CSV import at its limits (reliability review, "big
// files"): a 10 MB file (170,000 rows, refused whole as too many) and the longest task it leaves on the page; then
// 10,000 rows checked against a tenant of 10,000 users, from the click to the list of rows to fix; then a JSON file
// of a million junk entries, from picking it to its refusal.
// Usage: node scripts/measure-imports.mjs after a build (npm run measure runs it); MEASURE_DIST names another build
// folder, MEASURE_IMPORTS_PORT another port. Prints one line per figure and a JSON summary.
import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPreview } from './previewServer.mjs'
import { chromium } from '@playwright/test'
import { chromiumLaunch } from './chromium.mjs'

const PORT = Number(process.env.MEASURE_IMPORTS_PORT ?? 4296)
const dist = process.env.MEASURE_DIST ?? 'dist'
const HEADER = 'firstName,lastName,alias,domain,usageLocation,licence'

const { base, server, waitForServer } = startPreview(dist, PORT)

function csv(rows, alias = i => `user.${i}`) {
  const lines = [HEADER]
  for (let i = 0; i < rows; i++) lines.push(`Prénom${i},Nom${i},${alias(i)},transports-lemoine.fr,FR,`)
  return Buffer.from(lines.join('\r\n'))
}

async function importFile(page, buffer) {
  await page.getByRole('button', { name: 'Import from a CSV file' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import users from a CSV file' })
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'users.csv', mimeType: 'text/csv', buffer })
  // Only tasks from the click on: handing the file to the page is Playwright's doing.
  await page.evaluate(() => (window.__since = performance.now()))
  const started = Date.now()
  await dialog.getByRole('button', { name: 'Import the users' }).click()
  return { dialog, started }
}

const results = {}
const browser = await chromium.launch(chromiumLaunch)
try {
  await waitForServer()
  const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })
  await page.goto(`${base}/tenants/tenant-lemoine/users`)
  await page.getByText('131 of 140 Deskless Worker Suite licences assigned').waitFor()
  await page.evaluate(() => {
    window.__tasks = []
    window.__since = 0
    new PerformanceObserver(list => window.__tasks.push(...list.getEntries())).observe({ type: 'longtask' })
  })
  const longestTask = () =>
    page.evaluate(() =>
      Math.round(Math.max(0, ...window.__tasks.filter(t => t.startTime >= window.__since).map(t => t.duration))),
    )

  const big = csv(170_000)
  results.bigCsvMB = Math.round(big.length / 100_000) / 10
  let { dialog, started } = await importFile(page, big)
  await dialog.getByText('A file can hold at most 10,000 users.').waitFor({ timeout: 60_000 })
  results.bigCsvRefusedMs = Date.now() - started
  results.bigCsvLongestTaskMs = await longestTask()
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  // A tenant of 10,000 more users, imported through the same dialog; its passwords then forgotten.
  ;({ dialog, started } = await importFile(page, csv(10_000)))
  const handover = page.getByRole('dialog', { name: 'Temporary passwords' })
  await handover.waitFor({ timeout: 120_000 })
  results.import10000Ms = Date.now() - started
  await page.keyboard.press('Escape')
  await handover.getByRole('button', { name: 'Close without keeping them' }).click()

  // 10,000 new rows, the last taking an address already used: refused after every row is checked.
  ;({ dialog, started } = await importFile(
    page,
    csv(10_000, i => (i === 9_999 ? 'user.42' : `new.${i}`)),
  ))
  await dialog.getByText('Nothing was imported: 1 row needs fixing.').waitFor({ timeout: 60_000 })
  results.check10000Into10000Ms = Date.now() - started
  results.check10000LongestTaskMs = await longestTask()

  // A JSON "export" of a million junk entries (issue 13: refused within 2 s, without freezing), picked from disk.
  const junk = join(tmpdir(), `bpos-junk-${process.pid}.json`)
  await writeFile(junk, `{"format":"bpos-partner-console","version":3,"activity":[${Array(1e6).fill('0').join(',')}]}`)
  await page.goto(`${base}/settings`)
  await page.getByRole('heading', { name: 'Export and import' }).waitFor()
  await page.evaluate(() => {
    window.__tasks = []
    window.__since = performance.now()
    new PerformanceObserver(list => window.__tasks.push(...list.getEntries())).observe({ type: 'longtask' })
  })
  const jsonStarted = Date.now()
  await page.getByLabel('Import from a JSON file').setInputFiles(junk)
  await page.getByText('This file holds 1,000,000 records').waitFor({ timeout: 60_000 })
  results.millionJsonRefusedMs = Date.now() - jsonStarted
  results.millionJsonLongestTaskMs = await longestTask()
  await rm(junk)
} finally {
  await browser.close()
  server.kill()
}

for (const [name, value] of Object.entries(results)) console.log(`${name.padEnd(24)} ${value}`)
console.log(JSON.stringify(results))
