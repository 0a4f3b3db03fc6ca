import { expect, test } from '@playwright/test'
import { DESKLESS_ONLY_TENANT } from './support'

const CONSOLE_SECTIONS = [
  { tab: 'Users', path: 'users' },
  { tab: 'Exchange', path: 'exchange' },
  { tab: 'SharePoint', path: 'sharepoint' },
  { tab: 'Communications', path: 'communications' },
  { tab: 'Domains', path: 'domains' },
]

test("a Deskless-only tenant's console sections explain why they are closed, on every tab and by direct address", async ({
  page,
}) => {
  await page.goto('/tenants/tenant-ecrins')
  await expect(page.getByRole('heading', { level: 1, name: DESKLESS_ONLY_TENANT })).toBeVisible()
  const sections = page.getByRole('navigation', { name: 'Tenant sections' })
  for (const { tab, path } of CONSOLE_SECTIONS) {
    await sections.getByRole('link', { name: `${tab} (no application console)` }).click()
    await expect(page).toHaveURL(new RegExp(`/tenants/tenant-ecrins/${path}$`))
    const refusal = page.getByRole('region', { name: 'No application console.' })
    await expect(refusal).toContainText('This tenant only has Deskless Worker Suite')
    await expect(refusal).toContainText('Outlook Web Access')
    // No control of the section is offered: no switch, no text box, no action but the way out.
    await expect(page.getByRole('main').getByRole('switch')).toHaveCount(0)
    await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0)
  }
  for (const { path } of CONSOLE_SECTIONS) {
    await page.goto(`/tenants/tenant-ecrins/${path}`)
    await expect(page.getByRole('region', { name: 'No application console.' })).toBeVisible()
    await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0)
  }
  // Sections that aren't the console stay open: the subscriptions are where the console is unlocked.
  await sections.getByRole('link', { name: 'Subscriptions' }).click()
  await expect(page.getByRole('region', { name: 'No application console.' })).toHaveCount(0)
})

test('turning federation on for a Standard Suite tenant survives a reload and is logged', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/communications')
  const federation = page.getByRole('switch', { name: 'External federation' })
  await expect(federation).not.toBeChecked()
  await federation.check()
  await expect(
    page.getByRole('status').filter({ hasText: 'External federation turned on for Boulangerie Dupré & Fils' }),
  ).toBeAttached()
  await page.reload()
  await expect(page.getByRole('switch', { name: 'External federation' })).toBeChecked()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Overview' }).click()
  await expect(page.getByRole('region', { name: 'Recent activity' })).toContainText('Console settings changed')
})

test('a switch whose save the browser refuses shows the stored value again, with the reason', async ({ page }) => {
  // IndexedDB refuses the activity entry, the last write of the setting's transaction, once asked to.
  await page.addInitScript(() => {
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method]
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if ((window as { failActivityWrites?: boolean }).failActivityWrites && this.name === 'activity')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return original.apply(this, args)
      }
    }
  })
  await page.goto('/tenants/tenant-dupre/communications')
  const federation = page.getByRole('switch', { name: 'External federation' })
  await expect(federation).not.toBeChecked()
  await page.evaluate(() => {
    ;(window as { failActivityWrites?: boolean }).failActivityWrites = true
  })
  await federation.click()
  await expect(federation).toHaveAccessibleDescription(/This browser's storage is full, so nothing was saved/)
  await expect(federation).not.toBeChecked()
  await page.reload()
  await expect(page.getByRole('switch', { name: 'External federation' })).not.toBeChecked()
})

test("a setting the tenant's offers don't include is shown as unavailable with the reason, not as a switch", async ({
  page,
}) => {
  // Librairie Saint-Gilles has stand-alone Exchange Online and SharePoint Online: no communications.
  await page.goto('/tenants/tenant-saint-gilles/communications')
  await expect(
    page.getByText("Not included in this tenant's offers (Exchange Online, SharePoint Online)."),
  ).toHaveCount(3)
  await expect(page.getByRole('main').getByRole('switch')).toHaveCount(0)
})
