import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { CLIENT_TENANTS } from '../../test-world/directory'
import { graphControl } from '../../test-world/graph/controlClient'
import { GRAPH_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from '../../e2e/m365/support'
import { ENTRIES, LATENCY_MS } from './records.setup'

const graph = graphControl(GRAPH_ORIGIN)
const measured = CLIENT_TENANTS[0]!

/** Opens `path` afresh (a reload: the app starts, MSAL's cached token, then Graph) and times it until `shown`. */
async function timed(page: Page, path: string, shown: () => Promise<void>) {
  await graph.clearRequests()
  const started = Date.now()
  await page.goto(path)
  await shown()
  const ms = Date.now() - started
  const requests = (await graph.requests()).filter(r => r.inBatch === null)
  return { ms, graphRequests: requests.length, refused: requests.filter(r => r.status >= 400).length }
}

test('activity at 100,000 entries and 100 ms a Graph call', async ({ page }) => {
  await prepareMicrosoft365Page(page)
  await page.goto('/')
  await signInFromStartPage(page)

  const status = page.getByRole('status').filter({ hasText: /changes?\b/ })
  const partnerWide = await timed(page, '/activity', async () => {
    await expect(status).toHaveText('The latest 50 changes: older ones load as you scroll', { timeout: 30_000 })
  })
  await page.getByRole('button', { name: 'Load older changes' }).click()
  await expect(status).toHaveText('The latest 100 changes: older ones load as you scroll')

  const tenant = await timed(page, `/tenants/${measured.id}/activity`, async () => {
    await expect(status).toHaveText('The latest 50 changes: older ones load as you scroll', { timeout: 30_000 })
  })

  const results = {
    entries: ENTRIES,
    latencyMs: LATENCY_MS,
    activityFirstScreen: partnerWide,
    tenantActivityFirstScreen: tenant,
  }
  console.log(`MEASURE ${JSON.stringify(results)}`)
  expect(partnerWide.refused + tenant.refused).toBe(0)
})
