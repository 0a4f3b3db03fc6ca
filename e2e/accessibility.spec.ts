import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support'
import { EVERY_ROUTE } from './everyRoute'
import { fillAddressAndAgreement } from './provisioning'

const pages = [
  { path: '/tenants', heading: 'Tenants' },
  { path: '/tenants/new', heading: 'Provision a tenant' },
  { path: '/tenants/tenant-dupre', heading: 'Boulangerie Dupré & Fils' },
  { path: '/settings', heading: 'Settings' },
]

for (const { path, heading } of pages) {
  test(`axe finds no serious issue on ${path}`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expectNoSeriousA11yViolations(page)
  })
}

// Dark mode (Fluent's dark tokens) must read as well: contrast, badges and charts' tables included.
for (const path of EVERY_ROUTE) {
  test(`axe finds no serious issue on ${path} in dark mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    await expect(page.getByText('Loading…')).toHaveCount(0)
    await expectNoSeriousA11yViolations(page)
  })
}

test('axe finds no serious issue on each provisioning step, errors shown', async ({ page }) => {
  await page.goto('/tenants/new')
  await page.getByRole('button', { name: 'Next' }).click()
  await expectNoSeriousA11yViolations(page)
  await page.getByLabel('Company name').fill('Menuiserie Giraud')
  await page.getByLabel('Contact name').fill('Sophie Martin')
  await page.getByLabel('Contact e-mail').fill('sophie@example.fr')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText('Enter the postal code.')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await fillAddressAndAgreement(page)
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText('Choose at least one offer.')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('checkbox', { name: /Standard Suite/ }).check()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('the whole provisioning form works from the keyboard', async ({ page }) => {
  await page.goto('/tenants')
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
  await page.getByRole('link', { name: 'Provision a tenant' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Provision a tenant' })).toBeVisible()
  await page.getByLabel('Company name').focus()
  await page.keyboard.type('Clavier & Fils')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Jean Clavier')
  await page.keyboard.press('Tab')
  await page.keyboard.type('jean@clavier.fr')
  await page.keyboard.press('Enter')
  // Each step moves focus to its heading, so a screen reader announces where the person is.
  await expect(page.getByRole('heading', { level: 2, name: 'Address and agreement' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Address line 1')).toBeFocused()
  await page.keyboard.type('3 place Grenette')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.type('38000')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Grenoble')
  // The signatory starts as the contact: only the acceptance is left to confirm.
  await expect(page.getByLabel('First name of the person who accepted')).toHaveValue('Jean')
  await page.getByRole('checkbox', { name: /Jean Clavier accepted the Microsoft Customer Agreement on/ }).focus()
  await page.keyboard.press('Space')
  await page.getByLabel('Their e-mail').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Domain' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Initial domain prefix')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Offers and seats' })).toBeFocused()
  await page.getByRole('checkbox', { name: /Deskless Worker Suite/ }).focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Seats for Deskless Worker Suite')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeFocused()
  await page.getByRole('button', { name: 'Create tenant' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Clavier & Fils' })).toBeVisible()
  await expect(page.getByText('No application console.')).toBeVisible()
})
