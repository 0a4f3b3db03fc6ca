import type { Download, Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import Papa from 'papaparse'
import { expectNoSeriousA11yViolations, SEEDED_TENANT_COUNT, STANDARD_TENANT } from './support'

function changesList(page: Page) {
  return page.getByRole('region', { name: 'Changes, newest first' }).getByRole('list').first()
}

/** Who made every change in the demo: it names the entries, not the changes listed inside them. */
const ACTOR = 'Demo technician'

function entries(page: Page) {
  return changesList(page).getByRole('listitem').filter({ hasText: ACTOR })
}

function activityCount(page: Page) {
  return page.getByRole('status').filter({ hasText: /changes?\b/ })
}

async function csvRows(download: Download): Promise<Record<string, string>[]> {
  const text = await readFile(await download.path(), 'utf8')
  expect(text.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads UTF-8').toBe(true)
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data
}

test("a tenant's Activity tab shows a switch flipped, newest first, filters by area and exports it", async ({
  page,
}) => {
  await page.goto('/tenants/tenant-dupre/communications')
  await page.getByRole('switch', { name: 'External federation' }).check()
  await expect(
    page.getByRole('status').filter({ hasText: 'External federation turned on for Boulangerie Dupré & Fils' }),
  ).toBeAttached()

  const sections = page.getByRole('navigation', { name: 'Tenant sections' })
  await expect(sections.getByRole('link').last()).toHaveText('Activity')
  await sections.getByRole('link', { name: 'Activity' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Activity' })).toBeVisible()
  await expect(activityCount(page)).toHaveText('2 changes')
  const newest = entries(page).first()
  await expect(newest).toContainText('Console settings changed')
  await expect(newest.getByRole('list', { name: 'What changed' }).getByRole('listitem')).toHaveText([
    'External federation: Off → On',
  ])
  await expect(entries(page).last()).toContainText(`Tenant ${STANDARD_TENANT} provisioned`)
  await expectNoSeriousA11yViolations(page)

  const area = page.getByLabel('Area')
  await area.selectOption({ label: 'Tenants' })
  await expect(activityCount(page)).toHaveText('1 change of 2')
  await expect(page.getByText('External federation: Off → On')).toHaveCount(0)
  await area.selectOption({ label: 'Exchange Online' })
  await expect(page.getByText('No change matches these filters.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export to CSV' })).toBeDisabled()
  await area.selectOption({ label: 'Communications' })
  await expect(activityCount(page)).toHaveText('1 change of 2')
  await expect(entries(page)).toHaveCount(1)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export to CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^activity-boulangerie-dupre-\d{4}-\d{2}-\d{2}\.csv$/)
  const rows = await csvRows(download)
  expect(rows).toHaveLength(1)
  expect(rows[0]).toMatchObject({
    who: ACTOR,
    tenant: STANDARD_TENANT,
    area: 'Communications',
    what: 'Console settings changed',
    field: 'External federation',
    before: 'Off',
    after: 'On',
  })
  const when = rows[0]!.when ?? ''
  expect(new Date(when).toISOString(), 'an ISO timestamp, whatever the interface language').toBe(when)

  // The overview's recent activity shows the same change, worded the same way.
  await sections.getByRole('link', { name: 'Overview' }).click()
  await expect(
    page.getByRole('region', { name: 'Recent activity' }).getByRole('list', { name: 'What changed' }),
  ).toHaveText('External federation: Off → On')
})

test("the partner-wide Activity page lists every tenant's changes, searches by tenant and links to it", async ({
  page,
}) => {
  await page.goto('/tenants')
  const nav = page.getByRole('navigation', { name: 'Main navigation' })
  await nav.getByRole('link', { name: 'Activity' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible()
  await expect(activityCount(page)).toHaveText(`${SEEDED_TENANT_COUNT} changes`)
  const list = changesList(page)
  await expect(list.getByRole('link', { name: STANDARD_TENANT })).toBeVisible()
  await expect(list.getByRole('link', { name: 'Hôtel des Écrins' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.getByLabel('Search tenants').fill('ecrins')
  await expect(activityCount(page)).toHaveText(`1 change of ${SEEDED_TENANT_COUNT}`)
  await page.getByLabel('Area').selectOption({ label: 'Users' })
  await expect(page.getByText('No change matches these filters.')).toBeVisible()
  await page.getByLabel('Area').selectOption({ label: 'All areas' })

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export to CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^activity-\d{4}-\d{2}-\d{2}\.csv$/)
  expect((await csvRows(download)).map(row => row.tenant)).toEqual(['Hôtel des Écrins'])

  await list.getByRole('link', { name: 'Hôtel des Écrins' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Hôtel des Écrins' })).toBeVisible()
})

test('with 5,000 generated tenants and their history, the Activity page stays virtualised and searchable', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.goto('/settings')
  await page.getByRole('button', { name: 'Add 5,000 generated tenants' }).click()
  await expect(page.getByText(/^5,000 generated tenants added in [\d.]+ s\.$/)).toBeVisible({ timeout: 30_000 })

  // Give every tenant a history, as months of work would: provisioned, then two settings changed.
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export to a JSON file' }).click()
  const exported = JSON.parse(await readFile(await (await downloading).path(), 'utf8'))
  const actor = exported.partner.actor as string
  const history = (exported.tenants as { tenant: { id: string; companyName: string; createdAt: string } }[]).flatMap(
    ({ tenant }, n) => [
      {
        id: `provisioned-${tenant.id}`,
        at: tenant.createdAt,
        actor,
        tenantId: tenant.id,
        tenantName: tenant.companyName,
        area: 'tenant',
        action: 'tenant.provisioned',
        details: { companyName: tenant.companyName, seats: 10 },
      },
      {
        id: `settings-${tenant.id}`,
        at: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
        actor,
        tenantId: tenant.id,
        tenantName: tenant.companyName,
        area: 'exchange',
        action: 'settings.changed',
        details: { count: 2 },
        changes: [
          { field: 'exchange.pop3', before: true, after: false },
          { field: 'exchange.defaultMailboxMb', before: 5120, after: 25600 },
        ],
      },
    ],
  )
  exported.activity = history
  await page.getByLabel('Import from a JSON file').setInputFiles({
    name: 'history.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  })
  await expect(page.getByText('Imported 5,012 tenants.')).toBeVisible({ timeout: 60_000 })

  const total = history.length + 1 // and the import itself
  const started = Date.now()
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Activity' }).click()
  // The first screen reads the newest 50 only; scrolling to the end reads the next 50.
  await expect(activityCount(page)).toHaveText('The latest 50 changes: older ones load as you scroll')
  const shownIn = Date.now() - started
  test
    .info()
    .annotations.push({ type: 'measure', description: `first ${50} of ${total} entries listed in ${shownIn} ms` })
  expect(shownIn).toBeLessThan(5_000)
  expect(await entries(page).count()).toBeLessThan(60)

  const region = page.getByRole('region', { name: 'Changes, newest first' })
  await region.evaluate(element => element.scrollTo({ top: element.scrollHeight }))
  await expect(activityCount(page)).toHaveText('The latest 100 changes: older ones load as you scroll')
  await expect(entries(page).first()).toHaveAttribute('aria-setsize', '100')
  await page.getByRole('button', { name: 'Load older changes' }).click()
  await expect(activityCount(page)).toHaveText('The latest 150 changes: older ones load as you scroll')

  // Filters work on the changes loaded.
  await page.getByLabel('Area').selectOption({ label: 'Tenants' })
  await expect(activityCount(page)).toHaveText(/^\d+ changes? among the latest 150$/)
  await page.getByLabel('Area').selectOption({ label: 'Users' })
  await expect(activityCount(page)).toHaveText('No change among the latest 150')
})
