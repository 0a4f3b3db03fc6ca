import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, tenantTable } from '../support'
import type { Catalogue, OfferId } from '../../src/domain/catalogue'
import { PARTNER_TENANT } from '../../test-world/directory'
import { readJson } from '../../test-world/graph/readJson'
import { partnerCenterControl } from '../../test-world/partnerCenter/controlClient'
import { PARTNER_CENTER_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

const partnerCenter = partnerCenterControl(PARTNER_CENTER_ORIGIN)
const catalogue = readJson<Catalogue>(new URL('../../src/domain/catalogue.json', import.meta.url))
const partnerCenterOffer = (id: OfferId) => catalogue.offers.find(offer => offer.id === id)!.partnerCenterOfferId

/** The world is shared by every test of the run: each tenant this spec makes has a name of its own. */
function unique(name: string): string {
  return `${name} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`
}

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await page.getByRole('link', { name: 'Provision a tenant' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Provision a tenant' })).toBeVisible()
})

async function fillCompany(page: Page, companyName: string): Promise<void> {
  await page.getByLabel('Company name').fill(companyName)
  await page.getByLabel('Contact name').fill('Paul Garnier')
  await page.getByLabel('Contact e-mail').fill('paul.garnier@example.fr')
  await page.getByLabel('Country').selectOption({ label: 'France' })
  await page.getByLabel("Users' language").selectOption('fr')
  await page.getByRole('button', { name: 'Next' }).click()
}

async function chooseOffersAndCreate(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('checkbox', { name: /^Standard Suite/ }).check()
  await page.getByLabel('Seats for Standard Suite').fill('12')
  await page.getByRole('checkbox', { name: /^Exchange Online Deskless/ }).check()
  await page.getByLabel('Seats for Exchange Online Deskless').fill('5')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create tenant' }).click()
}

test('provisions a tenant through Partner Center with the same guided form: it opens on its overview once Graph shows it, is listed among the tenants, and its seats change through Partner Center', async ({
  page,
}) => {
  // As in Microsoft 365, the new customer and the seat change reach Graph some time after Partner Center takes them:
  // the test waits for both.
  test.slow()
  const delays = await partnerCenter.propagation()
  expect(delays.customerMs).toBeGreaterThan(0)
  expect(delays.seatsMs).toBeGreaterThan(0)
  await expectNoSeriousA11yViolations(page)
  const company = unique('Menuiserie Garnier')
  await fillCompany(page, company)
  const prefix = company.toLowerCase().replace(/\s+/g, '')
  await page.getByLabel('Initial domain prefix').fill(prefix)
  // Microsoft 365's initial domains are under onmicrosoft.com, not BPOS's microsoftonline.com.
  await expect(page.getByText(`${prefix}.onmicrosoft.com`)).toBeVisible()
  await chooseOffersAndCreate(page)

  // The form waits for Graph to show the new tenant, then opens it.
  await expect(page.getByRole('heading', { level: 1, name: company })).toBeVisible({
    timeout: delays.customerMs + 15_000,
  })
  const overview = page.url()
  const subscriptions = page.getByRole('region', { name: 'Subscriptions' })
  await expect(subscriptions.getByRole('row', { name: /Standard Suite/ })).toContainText('0 / 12')
  await expect(subscriptions.getByRole('row', { name: /Exchange Online Deskless/ })).toContainText('0 / 5')
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await expect(tenantTable(page).getByRole('row', { name: new RegExp(company) })).toContainText(
    `${prefix}.onmicrosoft.com`,
  )

  // Partner Center received the customer, then one order with the catalogue's offers and the seats.
  const requests = await partnerCenter.requests()
  const customer = requests.find(
    r => r.method === 'POST' && r.path === '/customers' && JSON.stringify(r.body).includes(`${prefix}.onmicrosoft.com`),
  )
  expect(customer).toMatchObject({
    status: 201,
    body: {
      companyProfile: { domain: `${prefix}.onmicrosoft.com` },
      billingProfile: { companyName: company, culture: 'fr-FR' },
    },
  })
  const tenantId = /\/tenants\/([^/]+)/.exec(overview)![1]
  const order = requests.find(r => r.method === 'POST' && r.path === `/customers/${tenantId}/orders`)
  expect(order?.status).toBe(201)
  expect((order!.body as { lineItems: unknown }).lineItems).toEqual([
    { lineItemNumber: 0, offerId: partnerCenterOffer('standard-suite'), quantity: 12, termDuration: 'P1M' },
    { lineItemNumber: 1, offerId: partnerCenterOffer('exchange-deskless'), quantity: 5, termDuration: 'P1M' },
  ])

  // Seats: a PATCH of the Partner Center subscription's quantity; Graph's seats follow.
  await tenantTable(page).getByRole('link', { name: company }).click()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Subscriptions' }).click()
  const standard = page.getByRole('region', { name: 'Standard Suite', exact: true })
  await standard.getByLabel('Seats bought').fill('15')
  await standard.getByRole('button', { name: 'Change seats' }).click()
  // Partner Center confirmed 15 at once; Graph still counts 12 for a while, and the card says so.
  await expect(standard).toContainText('0 / 15')
  await expect(standard).toContainText(
    'Confirmed by Partner Center; on its way to Microsoft 365, which still counts 12.',
  )
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Overview' }).click()
  await expect(
    page.getByRole('region', { name: 'Subscriptions' }).getByRole('row', { name: /Standard Suite/ }),
  ).toContainText('0 / 15')
  // Once Graph counts them, a fresh read shows the 15 seats as Microsoft 365's own.
  await page.waitForTimeout(delays.seatsMs)
  await page.reload()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Subscriptions' }).click()
  await expect(standard).toContainText('0 / 15')
  await expect(standard).not.toContainText('on its way')
  const patch = (await partnerCenter.requests()).find(
    r => r.method === 'PATCH' && r.path.startsWith(`/customers/${tenantId}/subscriptions/`),
  )
  expect(patch).toMatchObject({ status: 200, body: { offerId: partnerCenterOffer('standard-suite'), quantity: 15 } })
})

test('an initial domain Microsoft 365 already has is refused next to its field, and nothing is created', async ({
  page,
}) => {
  const company = unique('Pharmacie du Lac')
  await fillCompany(page, company)
  // The partner's own tenant: not one of its customers, so only Partner Center knows the name is taken.
  const taken = PARTNER_TENANT.defaultDomain.split('.')[0]!
  await page.getByLabel('Initial domain prefix').fill(taken)
  await chooseOffersAndCreate(page)

  const prefix = page.getByLabel('Initial domain prefix')
  await expect(prefix).toBeFocused()
  await expect(prefix).toHaveAccessibleDescription(
    new RegExp(`${taken}\\.onmicrosoft\\.com is already taken in Microsoft 365: choose another prefix\\.$`),
  )
  const requests = await partnerCenter.requests()
  expect(
    requests.some(r => r.method === 'HEAD' && r.path === `/domains/${taken}.onmicrosoft.com` && r.status === 200),
  ).toBe(true)
  expect(requests.some(r => r.method === 'POST' && JSON.stringify(r.body).includes(company))).toBe(false)

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await expect(tenantTable(page).getByRole('link', { name: 'Boulangerie Dupré & Fils' })).toBeVisible()
  await expect(tenantTable(page).getByRole('row', { name: new RegExp(company) })).toHaveCount(0)
})

test("Partner Center failing to create the customer is said in the console's words, never in Partner Center's", async ({
  page,
}) => {
  const company = unique('Atelier Morel')
  await fillCompany(page, company)
  await page.getByLabel('Initial domain prefix').fill(company.toLowerCase().replace(/\s+/g, ''))
  // Partner Center answers the new customer as a busy service does, with its own English text.
  await page.route('**/v1/customers', route =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ code: 503, errorName: 'ServiceUnavailable', description: 'Backend pool exhausted' }),
        })
      : route.fallback(),
  )
  await chooseOffersAndCreate(page)

  await expect(page.getByRole('alert')).toHaveText(
    'Microsoft 365 did not create the tenant as asked: The online service failed or is busy. Try again in a moment.',
  )
  await expect(page.getByText('Backend pool exhausted')).toHaveCount(0)
})
