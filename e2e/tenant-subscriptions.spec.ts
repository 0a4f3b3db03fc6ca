import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { DESKLESS_ONLY_TENANT, expectNoSeriousA11yViolations, STANDARD_TENANT, tenantTable } from './support'

function sections(page: Page) {
  return page.getByRole('navigation', { name: 'Tenant sections' })
}

function monthlyTotal(page: Page) {
  return page.getByRole('region', { name: 'Subscriptions' }).getByRole('definition')
}

/** The cell of a tenant's row under a column, found by its header so added columns don't move it. */
async function cellUnder(page: Page, tenant: string, column: string) {
  const table = tenantTable(page)
  const row = table.getByRole('row', { name: new RegExp(tenant) })
  await expect(row).toBeVisible()
  const headers = await table.getByRole('columnheader').allInnerTexts()
  const index = headers.findIndex(header => header.includes(column))
  expect(index).toBeGreaterThanOrEqual(0)
  return row.getByRole('cell').nth(index)
}

test('moving a Deskless-only tenant to the Standard Suite opens its console, here and in the tenant list', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-ecrins/communications')
  const refusal = page.getByRole('region', { name: 'No application console.' })
  await refusal.getByRole('link', { name: 'Manage subscriptions' }).click()
  await expect(page).toHaveURL(/\/tenants\/tenant-ecrins\/subscriptions$/)
  await expect(monthlyTotal(page)).toContainText('$84.00')

  await page
    .getByRole('region', { name: 'Deskless Worker Suite' })
    .getByRole('button', { name: 'Move to Standard Suite' })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Move to Standard Suite?' })
  await expect(dialog).toContainText(/The monthly price goes from (US)?\$84\.00 to (US)?\$280\.00\./)
  await expect(dialog).toContainText('The tenant gets the application console.')
  await dialog.getByRole('button', { name: 'Move', exact: true }).click()

  const standard = page.getByRole('region', { name: 'Standard Suite' })
  await expect(standard).toContainText('26 / 28')
  await expect(standard).toContainText('$280.00')
  await expect(page.getByRole('region', { name: 'Deskless Worker Suite' })).toHaveCount(0)
  await expect(monthlyTotal(page)).toContainText('$280.00')
  await expect(page.getByRole('status').filter({ hasText: 'Moved to Standard Suite.' })).toBeAttached()

  await sections(page).getByRole('link', { name: 'Communications' }).click()
  await expect(page).toHaveURL(/\/tenants\/tenant-ecrins\/communications$/)
  await expect(page.getByRole('switch', { name: 'Instant messaging and presence' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'No application console.' })).toHaveCount(0)

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Tenants' }).click()
  await expect(await cellUnder(page, DESKLESS_ONLY_TENANT, 'Application console')).toHaveText('Available')
})

test('a mixed tenant moves its Deskless seats and users into the Standard Suite it runs', async ({ page }) => {
  await page.goto('/tenants/tenant-lemoine/subscriptions')
  await expect(monthlyTotal(page)).toContainText('$670.00')
  await page
    .getByRole('region', { name: 'Deskless Worker Suite' })
    .getByRole('button', { name: 'Move to Standard Suite' })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Move these seats into Standard Suite?' })
  await expect(dialog).toContainText('which then has 165 seats')
  await expect(dialog).toContainText(/from (US)?\$670\.00 to (US)?\$1,650\.00\./)
  await dialog.getByRole('button', { name: 'Move', exact: true }).click()

  const standard = page.getByRole('region', { name: 'Standard Suite' })
  await expect(standard).toContainText('155 / 165')
  await expect(page.getByRole('region', { name: 'Deskless Worker Suite' })).toHaveCount(0)
  await expect(monthlyTotal(page)).toContainText('$1,650.00')

  await sections(page).getByRole('link', { name: 'Overview' }).click()
  await expect(page.getByRole('region', { name: 'Recent activity' })).toContainText(
    'Deskless Worker Suite: 140 seats joined Standard Suite (now 165 seats)',
  )
})

test('changing seats updates the monthly price on the tab and on the overview', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/subscriptions')
  const standard = page.getByRole('region', { name: 'Standard Suite' })
  await expect(standard).toContainText('$120.00')
  const seats = standard.getByLabel('Seats bought')
  await seats.fill('15')
  await standard.getByRole('button', { name: 'Change seats' }).click()
  await expect(standard).toContainText('11 / 15')
  await expect(standard).toContainText('$150.00')
  await expect(monthlyTotal(page)).toContainText('$150.00')

  await sections(page).getByRole('link', { name: 'Overview' }).click()
  const overview = page.getByRole('region', { name: 'Subscriptions' })
  await expect(overview.getByRole('row', { name: /Standard Suite/ })).toContainText('11 / 15')
  await expect(overview.getByRole('row', { name: /Billed to the client each month/ })).toContainText('$150.00')
  await expect(page.getByRole('region', { name: 'Recent activity' })).toContainText(
    'Standard Suite seats changed from 12 to 15',
  )
})

test('fewer seats than licences assigned are refused, with the reason next to the field', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/subscriptions')
  const standard = page.getByRole('region', { name: 'Standard Suite' })
  const seats = standard.getByLabel('Seats bought')
  await seats.fill('10')
  await standard.getByRole('button', { name: 'Change seats' }).click()
  await expect(seats).toHaveAttribute('aria-invalid', 'true')
  await expect(seats).toHaveAccessibleDescription(
    /Users hold 11 licences of this subscription: keep at least 11 seats\./,
  )
  await expect(standard).toContainText('11 / 12')

  await seats.fill('twelve')
  await standard.getByRole('button', { name: 'Change seats' }).click()
  await expect(seats).toHaveAccessibleDescription(/Enter a whole number of seats\./)
})

test('adding an offer shows it with its price and raises the monthly total', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/subscriptions')
  const add = page.getByRole('region', { name: 'Add a subscription' })
  await expect(add.getByLabel('Offer', { exact: true }).getByRole('option', { name: /Standard Suite/ })).toHaveCount(0)
  const offer = add.getByLabel('Offer', { exact: true })
  await expect(offer.getByRole('option', { name: /Office Live Meeting/ })).toContainText('$4.50 per user per month')
  await offer.selectOption({ label: await offer.getByRole('option', { name: /Office Live Meeting/ }).innerText() })
  await add.getByLabel('Seats', { exact: true }).fill('6')
  await expect(add).toContainText('$27.00 per month')
  await add.getByRole('button', { name: 'Add subscription' }).click()

  const liveMeeting = page.getByRole('region', { name: 'Office Live Meeting' })
  await expect(liveMeeting).toContainText('0 / 6')
  await expect(liveMeeting).toContainText('$27.00')
  await expect(monthlyTotal(page)).toContainText('$147.00')
  await expect(offer.getByRole('option', { name: /Office Live Meeting/ })).toHaveCount(0)
})

test('a trial is capped at 20 seats, and becomes paid on request', async ({ page }) => {
  await page.goto('/tenants/tenant-vieux-moulin/subscriptions')
  const standard = page.getByRole('region', { name: 'Standard Suite' })
  await standard.getByLabel('Seats bought').fill('21')
  await standard.getByRole('button', { name: 'Change seats' }).click()
  await expect(standard.getByLabel('Seats bought')).toHaveAccessibleDescription(/A trial allows at most 20 seats/)
  await expect(monthlyTotal(page)).toContainText('$0.00')

  await standard.getByRole('button', { name: 'Convert to paid' }).click()
  await page
    .getByRole('dialog', { name: 'Convert Standard Suite to paid?' })
    .getByRole('button', { name: 'Convert to paid' })
    .click()
  await expect(standard.getByText('Active')).toBeVisible()
  await expect(standard.getByRole('button', { name: 'Convert to paid' })).toHaveCount(0)
  await expect(monthlyTotal(page)).toContainText('$100.00')
})

test('cancelling asks first, then ends the subscription from today', async ({ page }) => {
  await page.goto('/tenants/tenant-lemoine/subscriptions')
  await expect(monthlyTotal(page)).toContainText('$670.00')
  const deskless = page.getByRole('region', { name: 'Deskless Worker Suite' })

  await deskless.getByRole('button', { name: 'Cancel subscription' }).click()
  const dialog = page.getByRole('dialog', { name: 'Cancel Deskless Worker Suite?' })
  await expect(dialog).toContainText('The 131 users who hold its licences keep their accounts but lose the licence.')
  await dialog.getByRole('button', { name: 'Keep it' }).click()
  await expect(dialog).toBeHidden()
  await expect(deskless).toBeVisible()
  await expect(monthlyTotal(page)).toContainText('$670.00')

  await deskless.getByRole('button', { name: 'Cancel subscription' }).click()
  await dialog.getByRole('button', { name: 'Cancel subscription' }).click()
  await expect(page.getByRole('region', { name: 'Deskless Worker Suite' })).toHaveCount(0)
  await expect(
    page.getByRole('region', { name: 'Cancelled subscriptions' }).getByRole('row', { name: /Deskless Worker Suite/ }),
  ).toContainText('Cancelled on')
  await expect(monthlyTotal(page)).toContainText('$250.00')
  await expect(page.getByRole('status').filter({ hasText: 'Deskless Worker Suite cancelled.' })).toBeAttached()
})

test('the subscriptions tab has no serious accessibility violations', async ({ page }) => {
  await page.goto('/tenants/tenant-sni/subscriptions')
  await expect(page.getByRole('heading', { level: 1, name: "Société Nouvelle d'Imprimerie" })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Cancelled subscriptions' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.goto('/tenants/tenant-ecrins/subscriptions')
  await expect(page.getByRole('heading', { level: 1, name: DESKLESS_ONLY_TENANT })).toBeVisible()
  await page.getByRole('button', { name: 'Move to Standard Suite' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test("a Standard tenant's subscriptions tab is reached from its sections", async ({ page }) => {
  await page.goto('/tenants/tenant-dupre')
  await sections(page).getByRole('link', { name: 'Subscriptions' }).click()
  await expect(page).toHaveTitle(/Subscriptions/)
  await expect(page.getByRole('heading', { level: 1, name: STANDARD_TENANT })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Standard Suite' })).toBeVisible()
})
