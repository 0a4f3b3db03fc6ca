import { expect, test } from '@playwright/test'
import { DESKLESS_ONLY_TENANT, STANDARD_TENANT, tenantTable } from './support'

test('a Deskless-only tenant says it has no application console, why, and how to unlock it', async ({ page }) => {
  await page.goto('/tenants')
  await tenantTable(page).getByRole('link', { name: DESKLESS_ONLY_TENANT }).click()
  await expect(page.getByRole('heading', { level: 1, name: DESKLESS_ONLY_TENANT })).toBeVisible()
  const notice = page.getByRole('status').filter({ hasText: 'No application console.' })
  await expect(notice).toContainText(
    'No application console. This tenant only has Deskless Worker Suite, which gives no application console',
  )
  await expect(notice).toContainText('add an offer with a console (such as the Standard Suite)')
  await expect(page.getByText("Not needed: this tenant's offers run in the browser.")).toBeVisible()
})

test('a Standard Suite tenant shows its company, domains, subscriptions with prices, and needs Office Pro', async ({
  page,
}) => {
  await page.goto('/tenants')
  await tenantTable(page).getByRole('link', { name: STANDARD_TENANT }).click()
  await expect(page.getByText('Application console available.')).toBeVisible()
  await expect(page.getByText("Needed on the client's workstations for Standard Suite.")).toBeVisible()

  const domains = page.getByRole('region', { name: 'Domains' })
  await expect(domains.getByRole('row', { name: /boulangerie-dupre\.microsoftonline\.com/ })).toContainText(
    'Initial domain',
  )

  const subscriptions = page.getByRole('region', { name: 'Subscriptions' })
  const standard = subscriptions.getByRole('row', { name: /Standard Suite/ })
  await expect(standard).toContainText('11 / 12')
  await expect(standard).toContainText('$10.00')
  await expect(standard).toContainText('$120.00')
  await expect(subscriptions.getByRole('row', { name: /Billed to the client each month/ })).toContainText('$120.00')
})

test('an unknown tenant address says so and leads back to the list', async ({ page }) => {
  await page.goto('/tenants/no-such-tenant')
  await expect(page.getByText('This tenant does not exist, or no longer does.')).toBeVisible()
  await page.getByRole('link', { name: 'Back to tenants' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible()
})
