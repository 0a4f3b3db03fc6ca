import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

/**
 * A full storage is said in one sentence on every screen that writes (reliability review L2): the
 * error voice maps the browser's QuotaExceededError, however it is wrapped, and each screen speaks
 * through it. IndexedDB's writes are stubbed to refuse once the page is loaded.
 */

const FULL =
  "This browser's storage is full, so nothing was saved. Free some disk space or leave private browsing, then try again."

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    for (const method of ['add', 'put', 'delete', 'clear'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if ((window as { storageFull?: boolean }).storageFull)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return original.apply(this, args)
      } as never
    }
  })
})

async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as { storageFull?: boolean }).storageFull = true))
}

test('the price list, the JSON import and a switch say the storage is full, in the same words', async ({ page }) => {
  await page.goto('/settings')
  const prices = page.getByRole('region', { name: 'Price list' })
  await expect(prices.getByLabel('Standard Suite', { exact: true })).toHaveValue('10.00')
  await prices.getByLabel('Standard Suite', { exact: true }).fill('12.50')
  await fillStorage(page)
  await prices.getByRole('button', { name: 'Save prices' }).click()
  await expect(prices.getByText(FULL)).toBeVisible()
  await expect(prices).not.toContainText('QuotaExceededError')

  await page.evaluate(() => ((window as { storageFull?: boolean }).storageFull = false))
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export to a JSON file' }).click(),
  ])
  await fillStorage(page)
  await page.getByLabel('Import from a JSON file').setInputFiles((await download.path())!)
  await expect(page.getByRole('region', { name: 'Export and import' }).getByRole('alert')).toHaveText(FULL)

  await page.goto('/tenants/tenant-dupre/exchange')
  const pop3 = page.getByRole('switch', { name: 'POP3' })
  await expect(pop3).toBeChecked()
  await fillStorage(page)
  await pop3.click()
  await expect(page.getByText(FULL)).toBeVisible()
  await expect(pop3).toBeChecked()
})

test('adding a user says it the same way', async ({ page }) => {
  await page.goto('/tenants/tenant-lemoine/users')
  // Once the demo data is seeded and read: only the writes that follow meet a full storage.
  await expect(page.getByText('131 of 140 Deskless Worker Suite licences assigned, 9 left')).toBeVisible()
  await fillStorage(page)
  await page.getByRole('button', { name: 'Add a user' }).click()
  const form = page.getByRole('dialog', { name: 'Add a user' })
  await form.getByLabel('First name').fill('Anne')
  await form.getByLabel('Last name').fill('Roux')
  await form.getByLabel('User name').fill('anne.roux')
  await form.getByRole('button', { name: 'Add the user' }).click()
  await expect(form.getByText(FULL)).toBeVisible()
})

test('importing users says it the same way', async ({ page }) => {
  await page.goto('/tenants/tenant-lemoine/users')
  await expect(page.getByText('131 of 140 Deskless Worker Suite licences assigned, 9 left')).toBeVisible()
  await fillStorage(page)
  await page.getByRole('button', { name: 'Import from a CSV file' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import users from a CSV file' })
  await dialog.getByLabel('CSV file').setInputFiles({
    name: 'un.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'First name,Last name,User name,Domain,Usage location\nLéa,Roux,lea.roux,transports-lemoine.fr,FR\n',
    ),
  })
  await dialog.getByRole('button', { name: 'Import the users' }).click()
  await expect(dialog.getByText(FULL)).toBeVisible()
})
