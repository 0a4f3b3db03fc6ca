import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { chromiumLaunch } from '../scripts/chromium.mjs'

/**
 * A browser that won't keep the demo data gets a page saying so and what to do, never a blank page
 * or empty lists (reliability review M2, L2, L10).
 */

test('with site data blocked, the console says the browser refuses it storage and what to do', async ({ baseURL }) => {
  // A real profile with "Don't allow sites to save data", as the review's probe had it: Chromium then
  // throws SecurityError at the first touch of localStorage and refuses IndexedDB.
  const profile = await mkdtemp(join(tmpdir(), 'bpos-blocked-'))
  await mkdir(join(profile, 'Default'))
  await writeFile(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
  )
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunch, baseURL })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: "This browser won't keep the demo data" })).toBeVisible()
    await expect(page.getByText(/site data may be blocked for this site/)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
    expect(errors).toEqual([])
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
})

test('a browser without IndexedDB is told so, in the language it picks', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }))
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: "This browser won't keep the demo data" })).toBeVisible()
  await expect(page.getByText(/which this browser doesn't have/)).toBeVisible()
  await page.getByLabel('Language').selectOption('fr')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ce navigateur ne conserve pas les données de démonstration' }),
  ).toBeVisible()
  await page.getByText('Détails techniques').click()
  await expect(page.getByText('Le navigateur a répondu MissingAPIError.')).toBeVisible()
})

test('an upgrade held up by an older tab says so, then opens the console once that tab lets go', async ({
  context,
}) => {
  // The older tab: a connection at an earlier version that ignores the request to close.
  const older = await context.newPage()
  await older.goto('/favicon.svg')
  await older.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('bpos-partner-console', 1)
        request.onsuccess = () => {
          ;(window as unknown as { held: IDBDatabase }).held = request.result
          resolve()
        }
        request.onerror = () => reject(request.error)
      }),
  )
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Updating the demo data' })).toBeVisible()
  await expect(page.getByRole('status')).toContainText('Close that tab, or reload it')

  await older.close()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
})
