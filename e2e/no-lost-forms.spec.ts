import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { fillAddressAndAgreement } from './provisioning'

// No lost forms (UX review M1): a form with changes asks before it is left, in the app or by a reload, and the
// provisioning steps are history entries, so the browser's Back returns to the previous step with its entries.

function leaveDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Leave this page?' })
}

async function startQuote(page: Page): Promise<void> {
  await page.goto('/quotes/new')
  await page.getByLabel('Company name').fill('Cabinet Lambert Avocats')
  await page.getByLabel('Employees').fill('45')
}

test('a half-built quote asks before an in-app link leaves it; staying keeps it, leaving drops it', async ({
  page,
}) => {
  await startQuote(page)
  const nav = page.getByRole('navigation', { name: 'Main navigation' })
  await nav.getByRole('link', { name: 'Tenants' }).click()
  await expect(leaveDialog(page)).toBeVisible()
  await leaveDialog(page).getByRole('button', { name: 'Stay on this page' }).click()
  await expect(leaveDialog(page)).toBeHidden()
  await expect(page).toHaveURL(/\/quotes\/new$/)
  await expect(page.getByLabel('Company name')).toHaveValue('Cabinet Lambert Avocats')

  await nav.getByRole('link', { name: 'Tenants' }).click()
  await leaveDialog(page).getByRole('button', { name: 'Leave without saving' }).click()
  await expect(page).toHaveURL(/\/tenants$/)
})

test('a half-built quote asks before a reload; a saved one leaves without a word', async ({ page }) => {
  await startQuote(page)
  // The browser asks only on a page the person has used (clicked, typed).
  await page.getByLabel('Employees').click()
  const asked = new Promise<string>(resolve =>
    page.once('dialog', dialog => {
      resolve(dialog.type())
      void dialog.dismiss()
    }),
  )
  void page.reload({ timeout: 3000 }).catch(() => {})
  expect(await asked).toBe('beforeunload')
  await expect(page.getByLabel('Company name')).toHaveValue('Cabinet Lambert Avocats')

  await page.getByRole('checkbox', { name: /Standard Suite/ }).check()
  await page.getByRole('button', { name: 'Save quote' }).click()
  await expect(page).toHaveURL(/\/quotes\/(?!new)[^/]+$/)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await expect(page).toHaveURL(/\/tenants$/)
})

test("provisioning's steps are history entries: Back returns to the previous step with what was typed", async ({
  page,
}) => {
  await page.goto('/tenants/new')
  await page.getByLabel('Company name').fill('Menuiserie Giraud')
  await page.getByLabel('Contact name').fill('Sophie Martin')
  await page.getByLabel('Contact e-mail').fill('sophie.martin@example.fr')
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Address and agreement' })).toBeFocused()
  await fillAddressAndAgreement(page)
  await expect(page.getByRole('heading', { level: 2, name: 'Domain' })).toBeVisible()
  await expect(page).toHaveURL(/step=domain/)

  await page.goBack()
  await expect(page.getByRole('heading', { level: 2, name: 'Address and agreement' })).toBeFocused()
  await expect(page.getByLabel('City')).toHaveValue('Grenoble')
  await page.goBack()
  await expect(page.getByLabel('Company name')).toHaveValue('Menuiserie Giraud')
  await page.goForward()
  await expect(page.getByLabel('Address line 1')).toHaveValue('12 rue des Lilas')

  // The form's own Back is the same history step.
  await page.goForward()
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByLabel('Postal code')).toHaveValue('38000')
  await page.goBack()
  await expect(page.getByLabel('Contact name')).toHaveValue('Sophie Martin')

  // Leaving the form from its first step asks too.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click()
  await expect(leaveDialog(page)).toBeVisible()
})

test('an address naming a later step opens the first step that still needs something', async ({ page }) => {
  await page.goto('/tenants/new?step=offers')
  await expect(page.getByLabel('Company name')).toBeVisible()
  await expect(page).not.toHaveURL(/step=/)
})

test('a half-built quote is kept as a draft, found again in the list, and Save still asks for what it lacks', async ({
  page,
}) => {
  await startQuote(page)
  await page.getByRole('button', { name: 'Save quote' }).click()
  await expect(page.getByText('Choose at least one offer.')).toBeVisible()
  await expect(page).toHaveURL(/\/quotes\/new$/)

  await page.getByRole('button', { name: 'Keep as draft' }).click()
  await expect(
    page.getByRole('list', { name: 'Notifications' }).getByText('Draft quote for Cabinet Lambert Avocats kept.'),
  ).toBeVisible()
  await expect(page).toHaveURL(/\/quotes\/(?!new)[^/]+$/)
  // Kept: leaving asks nothing, and the draft is there after a reload.
  await page.reload()
  await expect(page.getByLabel('Company name')).toHaveValue('Cabinet Lambert Avocats')
  await expect(page.getByLabel('Employees')).toHaveValue('45')
  await page.getByRole('link', { name: 'All quotes' }).click()
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Cabinet Lambert Avocats' }) })
  await expect(row).toContainText('Draft')
})

test('a draft still needs a company name, said next to the field', async ({ page }) => {
  await page.goto('/quotes/new')
  await page.getByLabel('Employees').fill('45')
  await page.getByRole('button', { name: 'Keep as draft' }).click()
  await expect(page.getByLabel('Company name')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Company name')).toBeFocused()
  await expect(page).toHaveURL(/\/quotes\/new$/)
})

test('a dialog with changes asks, in its own words, before Escape or Cancel drops them, in English and French', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-dupre/users')
  await page.getByRole('button', { name: 'Add a user' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a user' })
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' })
  // Untouched, it closes without a word.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await page.getByRole('button', { name: 'Add a user' }).click()
  await dialog.getByLabel('First name').fill('Luc')
  await page.keyboard.press('Escape')
  await expect(discard).toContainText("What you typed in this form isn't saved yet: closing it loses it.")
  await discard.getByRole('button', { name: 'Keep editing' }).click()
  await expect(dialog.getByLabel('First name')).toHaveValue('Luc')

  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await discard.getByRole('button', { name: 'Discard changes' }).click()
  await expect(dialog).toBeHidden()

  await page.getByLabel('Language').selectOption({ label: 'Français' })
  await page.getByRole('button', { name: 'Ajouter un utilisateur' }).click()
  const inFrench = page.getByRole('dialog', { name: 'Ajouter un utilisateur' })
  await inFrench.getByLabel('Prénom').fill('Luc')
  await page.keyboard.press('Escape')
  await page
    .getByRole('dialog', { name: 'Abandonner vos modifications ?' })
    .getByRole('button', { name: 'Abandonner les modifications' })
    .click()
  await expect(inFrench).toBeHidden()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})
