import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support'

test('an unconfigured build offers Microsoft 365 as unavailable, with the reason, and keeps the demo', async ({
  page,
}) => {
  await page.goto('/settings')
  const card = page.getByRole('region', { name: 'Data source' })
  await expect(card).toContainText('The console works on the demo data kept in this browser.')
  // Plain words for a salesperson; the build variable only behind "Technical details", for a technician.
  await expect(card).toContainText("Microsoft 365 isn't set up in this copy of the console")
  await expect(card.getByText(/VITE_/)).toBeHidden()
  await card.getByText('Technical details').click()
  await expect(card.getByText('Not available in this build: VITE_MSAL_CLIENT_ID is not set')).toBeVisible()

  await card.getByRole('button', { name: 'Change data source…' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible()
  const signIn = page.getByRole('button', { name: 'Sign in to Microsoft 365' })
  await expect(signIn).toBeDisabled()
  await expect(signIn).toHaveAccessibleDescription(/Not available in this build: VITE_MSAL_CLIENT_ID is not set/)
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('button', { name: 'Use the demo data' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toHaveCount(0)

  // The choice holds: the next start goes straight to the console.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
})

test('in French, Settings says Microsoft 365 is not set up in plain words, build details behind a disclosure', async ({
  page,
}) => {
  await page.goto('/settings')
  await page.getByLabel('Language').selectOption({ label: 'Français' })
  const card = page.getByRole('region', { name: 'Source des données' })
  await expect(card).toContainText("Microsoft 365 n'est pas configuré dans cette copie de la console")
  await expect(card.getByText(/VITE_/)).toBeHidden()
  await card.getByText('Détails techniques').click()
  await expect(card.getByText(/VITE_MSAL_CLIENT_ID/)).toBeVisible()
})
