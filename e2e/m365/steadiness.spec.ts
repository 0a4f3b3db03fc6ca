import { expect, test } from '@playwright/test'
import { expectSteady, observeSteadiness } from '../steadiness'
import { CLIENT_TENANTS } from '../../test-world/directory'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

// On Microsoft 365 a page's reads come later and from several places (Graph per tenant, the relay for Exchange and
// SharePoint, the partner's SharePoint list): none of them may move what is already shown. Lighthouse calls 0.1
// "good"; the demo's pages hold under 0.02 (performance.spec.ts), and so must these.
const MAX_CLS = 0.02
const [standard] = CLIENT_TENANTS
const SECTIONS = [
  '',
  '/users',
  '/exchange',
  '/sharepoint',
  '/communications',
  '/subscriptions',
  '/domains',
  '/activity',
]

test.use({ viewport: { width: 1350, height: 940 } })

test("a tenant's sections hold still as Graph's and the relay's answers arrive", async ({ page }) => {
  test.setTimeout(90_000)
  await prepareMicrosoft365Page(page)
  await page.goto('/')
  await signInFromStartPage(page)
  await observeSteadiness(page)
  for (const section of SECTIONS) {
    await test.step(section || 'overview', async () => {
      await page.goto(`/tenants/${standard.id}${section}`)
      await expect(page.getByRole('heading', { level: 1, name: standard.displayName })).toBeVisible()
      await expectSteady(page, MAX_CLS)
    })
  }
})
