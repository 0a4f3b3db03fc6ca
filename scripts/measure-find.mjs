// Times the top bar's search at 5,000 tenants and 100,000 users, in Chromium on the production build: the first
// search (which reads the store once and prepares the index), then every keystroke of a few searches, from the
// typed text reaching the field to its results on screen (the status line naming that text). Run by
// `npm run measure` after its other figures, or alone: `node scripts/measure-find.mjs` (after a build;
// MEASURE_DIST names another build folder, MEASURE_FIND_PORT another port). Prints one line per figure and JSON.
import { startPreview } from './previewServer.mjs'
import { chromium } from '@playwright/test'
import { chromiumLaunch } from './chromium.mjs'

const PORT = Number(process.env.MEASURE_FIND_PORT ?? 4295)
const dist = process.env.MEASURE_DIST ?? 'dist'
const USERS_PER_TENANT = 20

const { base, server, waitForServer } = startPreview(dist, PORT)

/** In the page: 20 users for each generated tenant, written straight into the store (no such bulk door exists). */
function addUsers(perTenant) {
  const first = ['Marie', 'Jean', 'Nathalie', 'Pierre', 'Isabelle', 'Philippe', 'Sophie', 'Nicolas', 'Céline', 'Luc']
  const last = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau']
  const slug = text =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open('bpos-partner-console')
    opening.onerror = () => reject(opening.error)
    opening.onsuccess = () => {
      const db = opening.result
      const read = db.transaction('tenants').objectStore('tenants').getAll()
      read.onsuccess = () => {
        const tenants = read.result.filter(tenant => tenant.id.startsWith('tenant-client-'))
        const tx = db.transaction('users', 'readwrite')
        const users = tx.objectStore('users')
        let count = 0
        tenants.forEach((tenant, t) => {
          const domain = tenant.domains[0].name
          for (let u = 0; u < perTenant; u++) {
            const firstName = first[(t + u) % first.length]
            const lastName = `${last[(t * 7 + u) % last.length]}`
            users.put({
              id: `measure-${tenant.id}-${u}`,
              tenantId: tenant.id,
              firstName,
              lastName,
              displayName: `${firstName} ${lastName}`,
              alias: `${slug(firstName)}.${slug(lastName)}${u}`,
              domain,
              usageLocation: 'FR',
              subscriptionId: null,
              services: { exchange: false, sharepoint: false, communications: false, liveMeeting: false },
              exchange: {},
              blocked: false,
              createdAt: new Date().toISOString(),
            })
            count++
          }
        })
        tx.oncomplete = () => resolve(count)
        tx.onerror = () => reject(tx.error)
      }
    }
  })
}

/** In the page: types `query` one letter at a time and times each letter, from input to its results shown. */
async function typeAndTime(query) {
  const input = document.querySelector('[role="combobox"][aria-autocomplete="list"]')
  const status = input.closest('dialog').querySelector('[role="status"]')
  const times = []
  for (let length = 1; length <= query.length; length++) {
    const text = query.slice(0, length)
    const started = performance.now()
    input.value = text
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await new Promise(resolve => {
      const done = () => status.textContent.includes(`“${text.trim()}”`)
      if (done()) return resolve()
      const observer = new MutationObserver(() => {
        if (done()) {
          observer.disconnect()
          resolve()
        }
      })
      observer.observe(status, { childList: true, characterData: true, subtree: true })
    })
    // Until the frame that shows them.
    await new Promise(requestAnimationFrame)
    if (text.trim() !== '') times.push(performance.now() - started)
  }
  return times
}

const results = {}
const browser = await chromium.launch(chromiumLaunch)
try {
  await waitForServer()
  const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1366, height: 900 } })
  await page.goto(`${base}/settings`)
  await page.getByRole('button', { name: 'Add 5,000 generated tenants' }).click()
  await page.getByText(/generated tenants added in/).waitFor({ timeout: 60_000 })
  results.usersAdded = await page.evaluate(addUsers, USERS_PER_TENANT)

  await page.goto(`${base}/tenants`)
  await page.getByRole('heading', { level: 1, name: 'Tenants' }).waitFor()
  await page.keyboard.press('Control+k')
  const box = page
    .getByRole('dialog', { name: 'Find across tenants' })
    .getByRole('combobox', { name: 'Find', exact: true })
  await box.waitFor()
  let started = Date.now()
  await box.fill('m')
  await page.getByRole('status').filter({ hasText: '“m”' }).waitFor({ timeout: 120_000 })
  results.firstSearchMs = Date.now() - started

  const queries = ['client 4183', 'marie dubois', 'microsoftonline', 'leroy']
  const all = []
  for (const query of queries) {
    const times = await page.evaluate(typeAndTime, query)
    all.push(...times)
    if (process.env.MEASURE_FIND_DETAIL) console.log(query, times.map(Math.round).join(' '))
    results[`keys "${query}"`] =
      `median ${Math.round(times.sort((a, b) => a - b)[times.length >> 1])} ms, worst ${Math.round(Math.max(...times))} ms`
  }
  all.sort((a, b) => a - b)
  results.keystrokes = all.length
  results.keystrokeMedianMs = Math.round(all[all.length >> 1])
  results.keystrokeP95Ms = Math.round(all[Math.floor(all.length * 0.95)])
  results.keystrokeWorstMs = Math.round(all.at(-1))
  await box.fill('')
  await box.pressSequentially('marie dub')
  results.usersFound = await page.getByRole('option').count()
} finally {
  await browser.close()
  server.kill()
}

for (const [name, value] of Object.entries(results)) console.log(`${name.padEnd(24)} ${value}`)
console.log(JSON.stringify(results))
