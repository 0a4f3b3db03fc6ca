import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support'

test('a change to euros converts the ledger, open quotes and the dashboard at the rate given: no total drops to zero', async ({
  page,
}) => {
  await page.goto('/settings')
  const currency = page.getByRole('region', { name: 'Currency' })
  await currency.getByLabel('New currency').selectOption('EUR')
  // A rate that isn't one is refused next to its field, and nothing moves.
  await currency.getByLabel('Rate: 1 USD in EUR').fill('0')
  await currency.getByRole('button', { name: 'Convert every price to EUR' }).click()
  await expect(currency.getByLabel('Rate: 1 USD in EUR')).toHaveAccessibleDescription(/Enter a rate above zero/)
  await expect(page.getByRole('region', { name: 'Price list' }).getByLabel('Currency')).toHaveValue('USD')

  await currency.getByLabel('Rate: 1 USD in EUR').fill('0.92')
  await currency.getByRole('button', { name: 'Convert every price to EUR' }).click()
  await expect(currency.getByRole('status')).toContainText(/the price list, 3 open quotes and \d+ services/)
  await expectNoSeriousA11yViolations(page)

  // Dupré's POP3 migration: 11 mailboxes at US$45.00 is 11 × €41.40 = €455.40.
  await page.goto('/tenants/tenant-dupre/services')
  const migration = page.getByRole('row', { name: /Migration des boîtes POP3/ })
  await expect(migration).toContainText('€41.40')
  await expect(migration).toContainText('€455.40')
  await expect(page.getByRole('main')).not.toContainText('US$')

  // The open quote follows: 45 Standard Suite seats at €9.20.
  await page.goto('/quotes/quote-morel')
  await expect(page.getByRole('region', { name: 'Client price' })).toContainText('€414.00')
  await page.goto('/quotes')
  await expect(page.getByRole('row', { name: /Cabinet Morel Architectes/ })).toContainText('€414.00')

  // The dashboard counts the services in euros, not €0.00 beside dollars it leaves out.
  await page.goto('/')
  const year = new Date().getFullYear()
  const services = page.getByRole('region', { name: `Services in ${year}` })
  await expect(services).toContainText(new RegExp(`Services in ${year}€[1-9]`))
  await expect(page.getByRole('main')).not.toContainText(/other currenc/i)
})
