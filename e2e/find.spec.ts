import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support'

function searchDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Find across tenants' })
}

test('Ctrl+K opens the search; a tenant found without its accents opens from the keyboard', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Control+k')
  const dialog = searchDialog(page)
  const box = dialog.getByRole('combobox', { name: 'Find', exact: true })
  await expect(box).toBeFocused()
  await box.pressSequentially('hotel ecr')
  const results = dialog.getByRole('listbox', { name: 'Search results' })
  await expect(results.getByRole('option', { name: /^Hôtel des Écrins/ })).toBeVisible()
  await expect(dialog.getByRole('status')).toHaveText(/results? for “hotel ecr”/)
  await expect(box).toHaveAttribute('aria-expanded', 'true')
  await expectNoSeriousA11yViolations(page)

  // The first result is active; the arrows move and Enter opens.
  const first = results.getByRole('option').first()
  await expect(first).toHaveAttribute('aria-selected', 'true')
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!)
  await box.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Hôtel des Écrins' })).toBeVisible()
})

test('a user found by name in another tenant opens on that tenant’s Users page', async ({ page }) => {
  await page.goto('/tenants/tenant-lemoine/users')
  const someone = page.getByRole('region', { name: 'List of users' }).getByRole('button', { expanded: false }).first()
  const name = (await someone.textContent())!.trim()
  await page.goto('/tenants')
  await page.getByRole('button', { name: 'Find tenants, users and domains' }).click()
  const dialog = searchDialog(page)
  await dialog.getByRole('combobox', { name: 'Find', exact: true }).fill(name)
  const option = dialog.getByRole('listbox').getByRole('option', { name: new RegExp(`^${name}.*Transports Lemoine`) })
  await option.first().click()
  await expect(page).toHaveURL(/\/tenants\/tenant-lemoine\/users\?user=/)
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
})

test('a domain is found by its name, and a search with no match says so', async ({ page }) => {
  await page.goto('/tenants')
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible()
  await page.keyboard.press('Control+k')
  const dialog = searchDialog(page)
  const box = dialog.getByRole('combobox', { name: 'Find', exact: true })
  await box.fill('rochat-fiduciaire')
  await dialog.getByRole('option', { name: /^rochat-fiduciaire\.ch/ }).click()
  await expect(page).toHaveURL(/\/tenants\/tenant-rochat\/domains/)
  await expect(page.getByRole('rowheader', { name: 'rochat-fiduciaire.ch' })).toBeVisible()

  await page.keyboard.press('Control+k')
  await box.fill('no such thing anywhere')
  await expect(dialog.getByRole('status')).toHaveText('Nothing found for “no such thing anywhere”')
  await expect(dialog.getByRole('listbox')).toHaveCount(0)
  await box.press('Escape')
  await expect(dialog).toBeHidden()
})

test('on a phone the search is a visible button in the top bar', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/tenants')
  const button = page.getByRole('banner').getByRole('button', { name: 'Find tenants, users and domains' })
  await expect(button).toBeVisible()
  await button.click()
  await searchDialog(page).getByRole('combobox', { name: 'Find', exact: true }).fill('creperie')
  await expect(
    searchDialog(page)
      .getByRole('option', { name: /Crêperie du Vieux Moulin/ })
      .first(),
  ).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})

test('inside a tenant, the switcher opens another tenant on the same section', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/subscriptions')
  await expect(page.getByRole('heading', { level: 1, name: 'Boulangerie Dupré & Fils' })).toBeVisible()
  const switcher = page.getByRole('combobox', { name: 'Open another tenant on this page' })
  await switcher.fill('transports lem')
  const options = page.getByRole('listbox', { name: 'Tenants' }).getByRole('option')
  await expect(options).toHaveText(['Transports Lemoine'])
  await expect(switcher).toHaveAttribute('aria-expanded', 'true')
  await expectNoSeriousA11yViolations(page)
  await switcher.press('Enter')
  await expect(page).toHaveURL(/\/tenants\/tenant-lemoine\/subscriptions$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Transports Lemoine' })).toBeVisible()
  await expect(switcher).toHaveValue('')

  // By pointer too, accents aside.
  await switcher.fill('creperie')
  await page.getByRole('option', { name: 'Crêperie du Vieux Moulin' }).click()
  await expect(page).toHaveURL(/\/tenants\/tenant-vieux-moulin\/subscriptions$/)
})
