import { expect, test } from '@playwright/test'
import { DESKLESS_ONLY_TENANT, SEEDED_TENANT_COUNT, STANDARD_TENANT, tenantCount, tenantTable } from './support'

test.beforeEach(async ({ page }) => {
  await page.goto('/tenants')
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible()
})

test("the demo partner's seeded tenants show with their offers, seats, status and console", async ({ page }) => {
  await expect(page.getByRole('banner')).toContainText('Alpine Conseil')
  await expect(tenantCount(page)).toHaveText(`${SEEDED_TENANT_COUNT} tenants`)
  const table = tenantTable(page)
  await expect(table.getByRole('row')).toHaveCount(SEEDED_TENANT_COUNT + 1)

  const bakery = table.getByRole('row', { name: new RegExp(STANDARD_TENANT) })
  await expect(bakery).toContainText('Standard')
  await expect(bakery).toContainText('11 / 12')
  await expect(bakery).toContainText('Active')
  await expect(bakery.getByRole('cell').nth(5)).toHaveText('Available')

  const hotel = table.getByRole('row', { name: new RegExp(DESKLESS_ONLY_TENANT) })
  await expect(hotel).toContainText('Deskless')
  await expect(hotel.getByRole('cell').nth(5)).toHaveText('Not available')
})

test('search finds tenants by name, without accents, and by domain', async ({ page }) => {
  const search = page.getByLabel('Search tenants')
  await search.fill('hotel des ecrins')
  await expect(tenantCount(page)).toHaveText(`1 tenant of ${SEEDED_TENANT_COUNT}`)
  await expect(tenantTable(page).getByRole('link', { name: DESKLESS_ONLY_TENANT })).toBeVisible()

  await search.fill('rochat-fiduciaire.ch')
  await expect(tenantTable(page).getByRole('link')).toHaveText(['Fiduciaire Rochat & Associés'])

  await search.fill('no such company')
  await expect(page.getByText('No tenant matches this search and these filters.')).toBeVisible()
})

test('offer and status filters narrow the list and stay in the address', async ({ page }) => {
  await expect(tenantCount(page)).toHaveText(`${SEEDED_TENANT_COUNT} tenants`)
  await page.getByLabel('Offer').selectOption({ label: 'Deskless Worker Suite' })
  // Wait for the filtered count before counting rows, so the list has settled.
  await expect(tenantCount(page)).toHaveText(/^\d+ tenants of 12$/)
  const deskless = await tenantTable(page).getByRole('row').count()
  expect(deskless - 1).toBeGreaterThanOrEqual(3)
  expect(deskless - 1).toBeLessThan(SEEDED_TENANT_COUNT)

  await page.getByLabel('Status').selectOption({ label: 'Trial' })
  await expect(tenantTable(page).getByRole('row', { name: /Aubert & Nguyen/ })).toBeVisible()
  await expect(page).toHaveURL(/offer=deskless-suite/)

  await page.reload()
  await expect(page.getByLabel('Status')).toHaveValue('trial')
  await expect(tenantTable(page).getByRole('row', { name: /Aubert & Nguyen/ })).toBeVisible()
})

test('sorting by seats puts the largest tenant first, and the header says how it is sorted', async ({ page }) => {
  const table = tenantTable(page)
  const seatsHeader = table.getByRole('columnheader', { name: /Seats/ })
  await seatsHeader.getByRole('button').click()
  await expect(seatsHeader).toHaveAttribute('aria-sort', 'ascending')
  await seatsHeader.getByRole('button').click()
  await expect(seatsHeader).toHaveAttribute('aria-sort', 'descending')
  await expect(table.getByRole('row').nth(1)).toContainText('Transports Lemoine')
})

test('a tenant row opens its overview', async ({ page }) => {
  await tenantTable(page).getByRole('link', { name: STANDARD_TENANT }).click()
  await expect(page.getByRole('heading', { level: 1, name: STANDARD_TENANT })).toBeVisible()
  await expect(page).toHaveTitle(/Tenant overview/)
})
