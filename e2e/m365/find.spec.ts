import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, tenantTable } from '../support'
import { CLIENT_TENANTS, RESTRICTED_TENANTS } from '../../test-world/directory'
import { graphControl } from '../../test-world/graph/controlClient'
import { GRAPH_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

const [standard, , mixed] = CLIENT_TENANTS
const graph = graphControl(GRAPH_ORIGIN)

test.beforeEach(async ({ page }) => {
  await prepareMicrosoft365Page(page)
})

test("a user of a client tenant is found from the top bar by name, accents aside, and opens on that tenant's Users page", async ({
  page,
}) => {
  // Someone of Cabinet Lemoine, as Graph has them there.
  const person = (await graph.tenant(mixed.id)).users.find(user => user.surname && user.givenName)!
  const typed = `${person.surname} ${person.givenName!.slice(0, 3)}`.normalize('NFD').replace(/\p{M}/gu, '')

  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('button', { name: 'Find tenants, users and domains' }).click()
  const dialog = page.getByRole('dialog', { name: 'Find across tenants' })
  await dialog.getByRole('combobox', { name: 'Find', exact: true }).fill(typed)
  const option = dialog
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option', { name: new RegExp(`^${person.displayName}.*${mixed.displayName}`) })
  await expect(option).toBeVisible()
  // The customers the console can't read are named: their users weren't looked through. (Garage Martin may be
  // consented a moment by tenant-access.spec.ts, on the other worker: only Pharmacie du Lac is always out of reach.)
  await expect(
    dialog.getByText(/^Users of .* were not searched: the console can't read th(at|ose) tenants? yet\.$/),
  ).toContainText(RESTRICTED_TENANTS.noRole.displayName)
  await expectNoSeriousA11yViolations(page)

  await option.click()
  await expect(page).toHaveURL(new RegExp(`/tenants/${mixed.id}/users\\?user=`))
  await expect(page.getByRole('heading', { level: 2, name: person.displayName })).toBeVisible()
})

test('a user the console just added on Microsoft 365 is found at once, not when the search reads again a minute on', async ({
  page,
}) => {
  const run = Date.now().toString(36)
  const lastName = `Recrue${run}`
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await tenantTable(page).getByRole('link', { name: standard.displayName }).click()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Users' }).click()

  // The search reads the tenants' users once: not there yet.
  await page.keyboard.press('Control+k')
  const dialog = page.getByRole('dialog', { name: 'Find across tenants' })
  const box = dialog.getByRole('combobox', { name: 'Find', exact: true })
  await box.fill(lastName)
  await expect(dialog.getByRole('status')).toHaveText(`Nothing found for “${lastName}”`)
  await box.press('Escape')
  await expect(dialog).toBeHidden()

  await page.getByRole('button', { name: 'Add a user' }).click()
  const adding = page.getByRole('dialog', { name: 'Add a user' })
  await adding.getByLabel('First name').fill('Nouvelle')
  await adding.getByLabel('Last name').fill(lastName)
  await adding.getByLabel('User name').fill(`nouvelle.${run}`)
  await adding.getByRole('button', { name: 'Add the user' }).click()
  const shown = page.getByRole('dialog', { name: 'Temporary password' })
  await shown.getByRole('button', { name: 'Done' }).click()
  await expect(shown).toBeHidden()

  await page.keyboard.press('Control+k')
  await box.fill(lastName)
  await expect(
    dialog.getByRole('option', { name: new RegExp(`^Nouvelle ${lastName}.*${standard.displayName}`) }),
  ).toBeVisible()
})
