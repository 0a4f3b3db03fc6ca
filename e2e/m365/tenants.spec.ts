import { expect, test } from '@playwright/test'
import { tenantTable } from '../support'
import { CLIENT_TENANTS, PARTNER_TENANT } from '../../test-world/directory'
import { graphControl } from '../../test-world/graph/controlClient'
import { GRAPH_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

const graph = graphControl(GRAPH_ORIGIN)
const [standard, deskless] = CLIENT_TENANTS

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
})

test("signed in, the technician sees the GDAP client tenants, each read with its own tenant's token, and a Deskless one's console is refused", async ({
  page,
}) => {
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()

  const table = tenantTable(page)
  for (const tenant of CLIENT_TENANTS) await expect(table.getByRole('link', { name: tenant.displayName })).toBeVisible()
  await expect(page.getByRole('banner')).toContainText(PARTNER_TENANT.displayName)

  // The Graph server checked each token: the customers with the partner's, each tenant's SKUs with that tenant's.
  const requests = await graph.requests()
  expect(
    requests.some(
      r =>
        r.path.startsWith('/tenantRelationships/delegatedAdminCustomers') &&
        r.tenantId === PARTNER_TENANT.id &&
        r.status === 200,
    ),
  ).toBe(true)
  for (const tenant of CLIENT_TENANTS)
    expect(
      requests.some(r => r.path.startsWith('/subscribedSkus') && r.tenantId === tenant.id && r.status === 200),
    ).toBe(true)

  await table.getByRole('link', { name: standard.displayName }).click()
  await expect(page.getByRole('heading', { level: 1, name: standard.displayName })).toBeVisible()

  await page.goBack()
  await table.getByRole('link', { name: deskless.displayName }).click()
  await expect(page.getByRole('heading', { level: 1, name: deskless.displayName })).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Tenant sections' })
    .getByRole('link', { name: 'Users (no application console)' })
    .click()
  await expect(page.getByRole('region', { name: 'No application console.' })).toContainText(
    'This tenant only has Deskless Worker Suite',
  )
})
