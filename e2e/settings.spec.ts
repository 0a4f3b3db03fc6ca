import { readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { SEEDED_TENANT_COUNT, tenantCount, tenantTable } from './support'
import { fillAddressAndAgreement } from './provisioning'

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
}

async function openTenants(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
}

test('reset asks first, then brings the seeded data back', async ({ page }) => {
  await page.goto('/tenants')
  await page.getByRole('link', { name: 'Provision a tenant' }).click()
  await page.getByLabel('Company name').fill('Éphémère SARL')
  await page.getByLabel('Contact name').fill('Léa Roux')
  await page.getByLabel('Contact e-mail').fill('lea@ephemere.fr')
  await page.getByRole('button', { name: 'Next' }).click()
  await fillAddressAndAgreement(page)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('checkbox', { name: /Standard Suite/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create tenant' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Éphémère SARL' })).toBeVisible()

  await openSettings(page)
  await page.getByRole('button', { name: 'Reset demo data…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Reset the demo data?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await openTenants(page)
  await expect(tenantCount(page)).toHaveText(`${SEEDED_TENANT_COUNT + 1} tenants`)

  await openSettings(page)
  await page.getByRole('button', { name: 'Reset demo data…' }).click()
  await page.getByRole('dialog', { name: 'Reset the demo data?' }).getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByText('The demo data are back to their seeded state.')).toBeVisible()
  await openTenants(page)
  await expect(tenantCount(page)).toHaveText(`${SEEDED_TENANT_COUNT} tenants`)
  await expect(tenantTable(page).getByRole('link', { name: 'Éphémère SARL' })).toHaveCount(0)
})

test('5,000 generated tenants load, and the list stays virtualised, searchable and scrollable', async ({ page }) => {
  await page.goto('/settings')
  await page.getByRole('button', { name: 'Add 5,000 generated tenants' }).click()
  await expect(page.getByText(/^5,000 generated tenants added in [\d.]+ s\.$/)).toBeVisible({ timeout: 20_000 })

  await openTenants(page)
  const total = SEEDED_TENANT_COUNT + 5000
  await expect(tenantCount(page)).toHaveText(`${total.toLocaleString('en')} tenants`)
  const table = tenantTable(page)
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1))
  // Only the rows in view are in the page, not 5,012 of them.
  expect(await table.getByRole('row').count()).toBeLessThan(80)

  const region = page.getByRole('region', { name: 'Client tenants' })
  await region.evaluate(element => element.scrollTo({ top: element.scrollHeight }))
  await expect(table.getByRole('row').last()).toHaveAttribute('aria-rowindex', String(total + 1))

  await page.getByLabel('Search tenants').fill('Crêperie du Vieux')
  await expect(table.getByRole('link', { name: 'Crêperie du Vieux Moulin' })).toBeVisible()
})

test('export writes everything to a JSON file that imports back as it was', async ({ page }, testInfo) => {
  await page.goto('/settings')
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export to a JSON file' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/^bpos-console-export-\d{4}-\d{2}-\d{2}\.json$/)
  const path = testInfo.outputPath('export.json')
  await download.saveAs(path)
  const exported = JSON.parse(await readFile(path, 'utf8'))
  expect(exported.tenants).toHaveLength(SEEDED_TENANT_COUNT)
  expect(exported.users.length).toBeGreaterThan(500)

  // Change something after the export, then import: the console is back as it was exported.
  await page.goto('/tenants/tenant-dupre/communications')
  await page.getByRole('switch', { name: 'External federation' }).check()
  await expect(
    page.getByRole('status').filter({ hasText: 'External federation turned on for Boulangerie Dupré & Fils' }),
  ).toBeAttached()
  await page.goto('/settings')
  await page.getByLabel('Import from a JSON file').setInputFiles(path)
  await expect(page.getByText(`Imported ${SEEDED_TENANT_COUNT} tenants.`)).toBeVisible()

  await page.goto('/tenants/tenant-dupre/communications')
  await expect(page.getByRole('switch', { name: 'External federation' })).not.toBeChecked()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Users' }).click()
  await expect(page.getByText(/11 of 12 Standard Suite licences assigned/)).toBeVisible()
})

test('a bad import file is refused whole, names the row, and changes nothing', async ({ page }) => {
  await page.goto('/settings')
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export to a JSON file' }).click()
  const exported = JSON.parse(await readFile(await (await downloadPromise).path(), 'utf8'))
  exported.tenants[2].tenant.companyName = ''

  const input = page.getByLabel('Import from a JSON file')
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  })
  const notice = page.getByRole('alert')
  await expect(notice).toContainText('broken.json was refused and nothing was changed')
  await expect(notice).toContainText('tenants[2]')
  await expect(notice).toContainText("Enter the company's name.")

  await input.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('this is not json'),
  })
  await expect(page.getByRole('alert')).toHaveText("notes.json isn't a JSON file, so nothing was imported.")

  await openTenants(page)
  await expect(tenantCount(page)).toHaveText(`${SEEDED_TENANT_COUNT} tenants`)
})

test('a file of a million entries, or one too big to be an export, is refused without freezing the page', async ({
  page,
}, testInfo) => {
  await page.goto('/settings')
  await page.evaluate(() => {
    const longest = ((window as unknown as { longestTask: number }).longestTask = 0)
    void longest
    new PerformanceObserver(list => {
      const record = window as unknown as { longestTask: number }
      for (const entry of list.getEntries()) record.longestTask = Math.max(record.longestTask, entry.duration)
    }).observe({ type: 'longtask' })
  })
  const input = page.getByLabel('Import from a JSON file')
  // Files on disk, as a person picks them: the browser reads them, not the test's script in the page.
  const junk = testInfo.outputPath('junk.json')
  await writeFile(junk, `{"format":"bpos-partner-console","version":3,"activity":[${Array(1e6).fill('0').join(',')}]}`)
  const started = Date.now()
  await input.setInputFiles(junk)
  await expect(page.getByRole('alert')).toHaveText(
    "junk.json was refused and nothing was changed: This file holds 1,000,000 records, more than the 500,000 a console export can: it isn't one.",
  )
  const refusedMs = Date.now() - started
  test.info().annotations.push({ type: 'figures', description: `a million entries refused in ${refusedMs} ms` })
  console.log(`A million-entry JSON refused in ${refusedMs} ms`)
  expect(refusedMs).toBeLessThan(2_000)
  // Read and counted in a worker: the page itself never stalled on it.
  expect(await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask)).toBeLessThan(200)

  const huge = testInfo.outputPath('huge.json')
  await writeFile(huge, Buffer.alloc(64_000_001, ' '))
  await input.setInputFiles(huge)
  await expect(page.getByRole('alert')).toHaveText(
    "huge.json is larger than 64 MB, more than a console export can be, so it wasn't read and nothing was imported.",
  )
  await openTenants(page)
  await expect(tenantCount(page)).toHaveText(`${SEEDED_TENANT_COUNT} tenants`)
})
