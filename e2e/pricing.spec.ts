import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support'
import { fillAddressAndAgreement } from './provisioning'

async function openPriceList(page: Page) {
  await page.goto('/tenants')
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click()
  const card = page.getByRole('region', { name: 'Price list' })
  await expect(card.getByLabel('Standard Suite', { exact: true })).toHaveValue('10.00')
  return card
}

test("prices converted to euros in Settings follow into provisioning and a tenant's subscriptions, after a reload too", async ({
  page,
}) => {
  const card = await openPriceList(page)
  await expectNoSeriousA11yViolations(page)
  // The price list's own currency can't be relabelled: a change converts every price at a rate.
  await expect(card.getByLabel('Currency')).toBeDisabled()
  const currency = page.getByRole('region', { name: 'Currency' })
  await currency.getByLabel('New currency').selectOption('EUR')
  await currency.getByLabel('Rate: 1 USD in EUR').fill('1,25')
  await currency.getByRole('button', { name: 'Convert every price to EUR' }).click()
  await expect(currency.getByRole('status')).toContainText('Every price is now in Euro, converted at 1,25')
  await expect(card.getByLabel('Standard Suite', { exact: true })).toHaveValue('12.50')

  // The guided provisioning prices the offers in euros.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await page.getByRole('link', { name: 'Provision a tenant' }).click()
  await page.getByLabel('Company name').fill('Atelier Girard')
  await page.getByLabel('Contact name').fill('Paul Girard')
  await page.getByLabel('Contact e-mail').fill('paul@atelier-girard.fr')
  await page.getByLabel('Country').selectOption({ label: 'France' })
  await page.getByLabel("Users' language").selectOption('fr')
  await page.getByRole('button', { name: 'Next' }).click()
  await fillAddressAndAgreement(page)
  await page.getByRole('button', { name: 'Next' }).click()
  // Standard Suite and Exchange Online were both at $10.00: both are €12.50 now.
  await expect(page.getByText('€12.50 per user per month')).toHaveCount(2)
  await page.getByRole('checkbox', { name: /Standard Suite/ }).check()
  await page.getByLabel('Seats for Standard Suite').fill('6')
  await page.getByRole('button', { name: 'Next' }).click()
  const review = page.getByRole('table', { name: 'Monthly price per offer and in total' })
  await expect(review.getByRole('row', { name: /Standard Suite/ })).toContainText('€12.50')
  await expect(review.getByRole('row', { name: /Total per month/ })).toContainText('€75.00')

  // A tenant's 12 Standard Suite seats: 12 × €12.50.
  await page.goto('/tenants/tenant-dupre/subscriptions')
  const subscriptions = page.getByRole('region', { name: 'Subscriptions' })
  await expect(subscriptions.getByRole('definition')).toContainText('€150.00')
  await page.reload()
  await expect(subscriptions.getByRole('definition')).toContainText('€150.00')
  await page.goto('/tenants/tenant-dupre')
  await expect(
    page.getByRole('region', { name: 'Subscriptions' }).getByRole('row', { name: /Billed to the client each month/ }),
  ).toContainText('€150.00')

  // The change is in the activity log, before → after.
  await page.goto('/activity')
  await expect(page.getByText('Currency changed to EUR at 1.25')).toBeVisible()
  await expect(page.getByText('Currency: USD → EUR')).toBeVisible()
})

test('a bad price is refused next to its field and nothing is saved; list prices come back in one click', async ({
  page,
}) => {
  const card = await openPriceList(page)
  const standard = card.getByLabel('Standard Suite', { exact: true })
  await standard.fill('9.999')
  await card.getByLabel('Office Live Meeting', { exact: true }).fill('lots')
  await card.getByRole('button', { name: 'Save prices' }).click()
  await expect(standard).toHaveAttribute('aria-invalid', 'true')
  await expect(standard).toHaveAccessibleDescription(/Use at most 2 decimals\./)
  await expect(card.getByLabel('Office Live Meeting', { exact: true })).toHaveAccessibleDescription(
    /Enter an amount, such as 8\.99\./,
  )
  await expectNoSeriousA11yViolations(page)

  await page.reload()
  await expect(standard).toHaveValue('10.00')
  await expect(card.getByLabel('Currency')).toHaveValue('USD')

  await standard.fill('11')
  await card.getByRole('button', { name: 'Save prices' }).click()
  await expect(card.getByRole('status')).toHaveText('The price list is saved.')
  await card.getByRole('button', { name: 'Reset to list prices' }).click()
  await expect(card.getByRole('status')).toHaveText("The catalogue's list prices in US dollars are back.")
  await expect(standard).toHaveValue('10.00')
})
