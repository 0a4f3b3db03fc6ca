import { expect, test } from '@playwright/test'
import { tenantTable } from '../support'
import { CLIENT_TENANTS, TECHNICIAN } from '../../test-world/directory'
import { graphControl } from '../../test-world/graph/controlClient'
import { GRAPH_ORIGIN, OIDC_ORIGIN } from '../../test-world/ports'
import { expireAccessToken, prepareMicrosoft365Page, requireInteractionAt, signInFromStartPage } from './support'

const graph = graphControl(GRAPH_ORIGIN)
const [, , mixed] = CLIENT_TENANTS

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
})

test("when a client tenant wants the technician to act again, opening it goes through the provider's page and lands back on it, signed in", async ({
  page,
  request,
}) => {
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  const link = tenantTable(page).getByRole('link', { name: mixed.displayName })
  await expect(link).toBeVisible()

  // An hour later, the tenant's token has run out, and the tenant now wants consent (or MFA) again.
  await expireAccessToken(page, mixed.id)
  await requireInteractionAt(page, request, mixed.id)
  const mark = (await graph.requests()).length
  await link.click()

  // The provider's own page, at that tenant's authority, asks; the technician agrees.
  await expect(page).toHaveURL(new RegExp(`^${OIDC_ORIGIN}/${mixed.id}/`))
  await page.getByRole('button', { name: 'Continue' }).click()

  // Back where they were, signed in, and the tenant read with a token from that tenant.
  await expect(page.getByRole('heading', { level: 1, name: mixed.displayName })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/tenants/${mixed.id}$`))
  await expect(page.getByRole('banner')).toContainText(TECHNICIAN.name)
  const reads = (await graph.requests()).slice(mark).filter(r => r.tenantId === mixed.id && r.status === 200)
  expect(reads.length).toBeGreaterThan(0)
})
