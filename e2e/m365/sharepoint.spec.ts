import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, tenantTable, widenSharing } from '../support'
import { CLIENT_TENANTS } from '../../test-world/directory'
import { graphControl } from '../../test-world/graph/controlClient'
import { GRAPH_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

// SharePoint's external sharing and site creation on Microsoft 365: Graph refuses them to the technician's GDAP
// token, so the partner relay reads and writes them with its own app-only token (relay/src/sharePoint/routes.ts).

// Boulangerie Dupré and Cabinet Lemoine carry SharePoint in their offers (Hôtel des Écrins only read-only sites).
const [standard, , mixed] = CLIENT_TENANTS
const graph = graphControl(GRAPH_ORIGIN)

// The m365 specs share one test world and run side by side: nothing here reseeds it. These tests change the bakery's
// sharing one at a time, each starting it from SharePoint's default, Off.
test.describe.configure({ mode: 'serial' })

test.beforeEach(async ({ page }) => {
  await graph.setSharing(standard.id, 'disabled')
  await prepareMicrosoft365Page(page)
})

function toast(page: Page, text: string | RegExp) {
  return page.getByRole('list', { name: 'Notifications' }).getByRole('listitem').filter({ hasText: text })
}

async function openSharePoint(page: Page, tenant: string): Promise<void> {
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await tenantTable(page).getByRole('link', { name: tenant }).click()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'SharePoint' }).click()
}

/** What Graph's SharePoint settings received: method and status, none with the technician's own token. */
async function sharePointCalls(since: number) {
  return (await graph.requests())
    .slice(since)
    .filter(r => r.path.startsWith('/admin/sharepoint/settings'))
    .map(r => `${r.method} ${r.status}`)
}

test("a consented tenant's external sharing is widened after the confirm, app-only through the relay, and survives a reload", async ({
  page,
}) => {
  const mark = (await graph.requests()).length
  await openSharePoint(page, standard.displayName)
  const sharing = page.getByRole('group', { name: 'External sharing' })
  await expect(sharing.getByRole('radio', { name: 'Off: only people in the company' })).toBeChecked()
  await expectNoSeriousA11yViolations(page)

  // Declined first: nothing is written.
  await sharing.getByRole('radio', { name: 'New and existing external users' }).click()
  const dialog = page.getByRole('dialog', { name: `Share more widely outside ${standard.displayName}?` })
  await expect(dialog).toContainText('“Off: only people in the company” to “New and existing external users”')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(sharing.getByRole('radio', { name: 'Off: only people in the company' })).toBeChecked()

  await widenSharing(page, 'Only external users already in the directory')
  await expect(toast(page, `External sharing set to`)).toBeVisible()
  // The write reads the settings again first (what changed, for the activity log), then patches them.
  await expect.poll(() => sharePointCalls(mark)).toContain('PATCH 200')

  await page.reload()
  await expect(
    page
      .getByRole('group', { name: 'External sharing' })
      .getByRole('radio', { name: 'Only external users already in the directory' }),
  ).toBeChecked()
  // Graph's own GDAP refusal never came up: every call was the relay's, app-only, and answered.
  expect((await sharePointCalls(mark)).every(call => call.endsWith(' 200'))).toBe(true)
})

test('site creation by users is turned on, undone, then turned off for real, and stays off after a reload', async ({
  page,
}) => {
  await openSharePoint(page, mixed!.displayName)
  const siteCreation = page.getByRole('switch', { name: 'Site creation by users' })
  await expect(siteCreation).not.toBeChecked()
  await siteCreation.click()
  await expect(siteCreation).toBeChecked()
  await toast(page, /Site creation by users turned on/)
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(toast(page, /Undone: Site creation by users turned off/)).toBeVisible()
  await expect(siteCreation).not.toBeChecked()

  await siteCreation.click()
  await expect(toast(page, /Site creation by users turned on/).first()).toBeVisible()
  await page.reload()
  const reloaded = page.getByRole('switch', { name: 'Site creation by users' })
  await expect(reloaded).toBeChecked()
  await reloaded.click()
  await expect(reloaded).not.toBeChecked()
  await expect(toast(page, /Site creation by users turned off/).first()).toBeVisible()
  await page.reload()
  await expect(page.getByRole('switch', { name: 'Site creation by users' })).not.toBeChecked()
  await expectNoSeriousA11yViolations(page)
})

test('a tenant whose own admin center set sharing to "Anyone" says so, and choosing a level narrows it, with no Undo', async ({
  page,
}) => {
  await graph.setSharing(standard.id, 'externalUserAndGuestSharing')
  await openSharePoint(page, standard.displayName)
  const sharing = page.getByRole('group', { name: 'External sharing' })
  await expect(sharing).toContainText('Set in SharePoint to “Anyone”')
  // None of the console's levels is what SharePoint holds: none shows as chosen.
  for (const radio of await sharing.getByRole('radio').all()) await expect(radio).not.toBeChecked()
  await expectNoSeriousA11yViolations(page)

  // Off is also what an unread level stands in for: it is written all the same, with nothing to confirm.
  const mark = (await graph.requests()).length
  await sharing.getByRole('radio', { name: 'Off: only people in the company' }).check()
  const saved = toast(page, 'External sharing set to “Off: only people in the company”')
  await expect(saved).toBeVisible()
  await expect(page.getByRole('dialog')).toBeHidden()
  // The console can't put "Anyone" back: no Undo is offered.
  await expect(saved.getByRole('button', { name: 'Undo' })).toHaveCount(0)
  await expect.poll(() => sharePointCalls(mark)).toContain('PATCH 200')
  expect((await graph.tenant(standard.id)).sharepointSettings.sharingCapability).toBe('disabled')

  await page.reload()
  const reloaded = page.getByRole('group', { name: 'External sharing' })
  await expect(reloaded.getByRole('radio', { name: 'Off: only people in the company' })).toBeChecked()
  await expect(reloaded).not.toContainText('“Anyone”')
})
