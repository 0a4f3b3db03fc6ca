import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { fillAddressAndAgreement } from './provisioning'

/**
 * The salesperson's five-minute demo, as the README's script tells it (UX review (b)): presentation
 * mode, a tour of three clients, a quote for a 45-employee prospect with a mail migration, its PDF,
 * and its conversion to a tenant. It counts the clicks a person makes (a drop-down is two: open,
 * choose) and measures the app's time, so the script stays short and says what it costs.
 */

const MAX_CLICKS = 25

function clickCounter(page: Page) {
  let clicks = 0
  return {
    get count() {
      return clicks
    },
    click: async (target: Locator) => {
      clicks += 1
      await target.click()
    },
    check: async (target: Locator) => {
      clicks += 1
      await target.check()
    },
    choose: async (target: Locator, label: string) => {
      clicks += 2
      await target.selectOption({ label })
    },
    nav: (name: string) => page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }),
    section: (name: string) => page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name }),
  }
}

test('the five-minute demo takes at most 25 clicks, from presentation mode to the converted tenant', async ({
  page,
}) => {
  test.slow()
  // The browser's print dialog can't be driven from a test: the PDF step stops where it opens.
  await page.addInitScript(() => (window.print = () => {}))
  const prospect = 'Cabinet Lambert Avocats'
  const act = clickCounter(page)
  const started = Date.now()

  // 1. Presentation mode: the partner's own figures and other clients' details leave the screen.
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await act.check(page.getByRole('switch', { name: /Presentation mode/ }))

  // 2. The tour: a bakery with its subscriptions and services, then a medical practice.
  await act.click(act.nav('Tenants'))
  await act.click(page.getByRole('link', { name: 'Boulangerie Dupré & Fils' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Boulangerie Dupré & Fils' })).toBeVisible()
  await act.click(act.section('Subscriptions'))
  await act.click(act.section('Services'))
  await act.click(act.nav('Tenants'))
  await act.click(page.getByRole('link', { name: 'Cabinet Médical des Tilleuls' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Cabinet Médical des Tilleuls' })).toBeVisible()

  // 3. The prospect's quote: 45 employees on Standard Suite, their POP3 mailboxes migrated.
  await act.click(act.nav('Quotes'))
  await act.click(page.getByRole('link', { name: 'New quote' }))
  await page.getByLabel('Company name').fill(prospect)
  await page.getByLabel('Employees').fill('45')
  await page.getByLabel('Contact name').fill('Hélène Lambert')
  await page.getByLabel('Contact e-mail').fill('h.lambert@lambert-avocats.fr')
  await act.check(page.getByRole('checkbox', { name: /Standard Suite/ }))
  await expect(page.getByLabel('Seats for Standard Suite')).toHaveValue('45')
  await act.click(page.getByRole('button', { name: 'Add a service' }))
  const migration = page.getByRole('group', { name: 'Service 1' })
  await act.choose(migration.getByLabel('Kind', { exact: true }), 'Mail migration')
  await act.choose(migration.getByLabel('Source system'), 'POP3')
  await migration.getByLabel('Description', { exact: true }).fill('Migration des boîtes POP3 du cabinet')
  await migration.getByLabel('Quantity', { exact: true }).fill('45')
  await migration.getByLabel(/^Unit price/).fill('40')
  await act.click(page.getByRole('button', { name: 'Save quote' }))
  await expect(page.getByRole('heading', { level: 1, name: `Quote for ${prospect}` })).toBeVisible()

  // 4. Its PDF: the one-page proposal, then back to the quote.
  await act.click(page.getByRole('link', { name: 'Download PDF' }))
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(`Proposal for ${prospect}`)
  await act.click(page.getByRole('link', { name: 'Back to the quote' }))

  // 5. The prospect signs: the quote becomes their tenant.
  await act.click(page.getByRole('link', { name: 'Convert to tenant' }))
  await act.click(page.getByRole('button', { name: 'Next' }))
  await fillAddressAndAgreement(page, { line1: '8 place Grenette', postalCode: '38000', city: 'Grenoble' })
  await act.click(page.getByRole('button', { name: 'Next' }))
  await act.click(page.getByRole('button', { name: 'Create the tenant' }))
  await expect(page.getByRole('heading', { level: 1, name: prospect })).toBeVisible()

  const seconds = (Date.now() - started) / 1000
  // fillAddressAndAgreement ticks the agreement and goes on: two clicks the counter didn't see.
  const clicks = act.count + 2
  test.info().annotations.push({ type: 'demo', description: `${clicks} clicks, ${seconds.toFixed(1)} s` })
  console.log(`Five-minute demo: ${clicks} clicks, ${seconds.toFixed(1)} s of scripted time`)
  expect(clicks).toBeLessThanOrEqual(MAX_CLICKS)
})
