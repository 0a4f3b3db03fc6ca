import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, tenantTable } from './support'
import { fillAddressAndAgreement } from './provisioning'

async function openBaselines(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Baselines' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Baselines' })).toBeVisible()
}

test('the tenant list shows which tenants drifted from their baseline', async ({ page }) => {
  await page.goto('/tenants')
  await page.getByLabel('Baseline').selectOption({ label: 'Drifted from their baseline' })
  await expect(tenantTable(page).getByRole('row')).toHaveCount(2)
  await expect(tenantTable(page).getByRole('row', { name: /Cabinet Médical des Tilleuls/ })).toContainText(
    'Drifted: 1 setting',
  )
  await page.getByLabel('Baseline').selectOption({ label: 'Following a baseline' })
  await expect(tenantTable(page).getByRole('row', { name: /Fiduciaire Rochat/ })).toContainText('In line')
})

test('applying a baseline to three tenants previews, reports each result, and clears their drift', async ({ page }) => {
  await page.goto('/tenants')
  await openBaselines(page)
  await expect(page.getByRole('row', { name: /SMB secure default/ })).toContainText('1')
  await page.getByRole('link', { name: 'Apply SMB secure default to tenants' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Apply “SMB secure default”' })).toBeVisible()

  const tenants = page.getByRole('group', { name: 'Tenants to apply the baseline to' })
  await page.getByRole('button', { name: 'Select drifted tenants' }).click()
  await expect(tenants.getByRole('checkbox', { name: /Cabinet Médical des Tilleuls/ })).toBeChecked()
  await page.getByLabel('Search tenants').fill('dupré')
  await tenants.getByRole('checkbox', { name: /Boulangerie Dupré/ }).check()
  await page.getByLabel('Search tenants').fill('écrins')
  await tenants.getByRole('checkbox', { name: /Hôtel des Écrins/ }).check()
  await expect(page.getByText('3 tenants selected')).toBeVisible()

  await page.getByRole('button', { name: 'Preview changes' }).click()
  const preview = page.getByRole('region', { name: 'Preview: nothing has changed yet' })
  await expect(preview.getByRole('row', { name: /Cabinet Médical des Tilleuls/ })).toContainText('POP3: On → Off')
  await expect(preview.getByRole('row', { name: /Boulangerie Dupré/ })).toContainText(
    'External sharing: Off: only people in the company → Only external users already in the directory',
  )
  await expect(preview.getByRole('row', { name: /Hôtel des Écrins/ })).toContainText(
    'skipped, this tenant has no application console',
  )

  await page.getByRole('button', { name: 'Apply to 3 tenants' }).click()
  const results = page.getByRole('region', { name: 'Results' })
  await expect(results.getByRole('row', { name: /Cabinet Médical des Tilleuls/ })).toContainText('Applied')
  await expect(results.getByRole('row', { name: /Boulangerie Dupré/ })).toContainText('Applied')
  await expect(results.getByRole('row', { name: /Hôtel des Écrins/ })).toContainText('Skipped')
  await expect(results.getByRole('row', { name: /Hôtel des Écrins/ })).toContainText('No application console')

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await page.getByLabel('Baseline').selectOption({ label: 'Drifted from their baseline' })
  await expect(page.getByText('No tenant matches this search and these filters.')).toBeVisible()
  await page.getByLabel('Baseline').selectOption({ label: 'Following a baseline' })
  await expect(tenantTable(page).getByRole('row', { name: /Boulangerie Dupré/ })).toContainText('In line')
  await expect(tenantTable(page).getByRole('row', { name: /Cabinet Médical des Tilleuls/ })).toContainText('In line')
})

test('a baseline needs a name and at least one setting; a saved one can start a new tenant', async ({ page }) => {
  await page.goto('/baselines')
  await page.getByRole('link', { name: 'New baseline' }).click()
  await page.getByRole('button', { name: 'Save baseline' }).click()
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Enter a name for the baseline.')
  await expect(page.getByText('Choose at least one setting for the baseline.')).toBeVisible()

  await page.getByLabel('Name').fill('Mobile first')
  await page.getByLabel('Exchange ActiveSync (mobile)').selectOption({ label: 'On' })
  await page.getByLabel('Desktop Outlook').selectOption({ label: 'Off' })
  await page.getByRole('button', { name: 'Save baseline' }).click()
  await expect(page.getByRole('row', { name: /Mobile first/ })).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await page.getByRole('link', { name: 'Provision a tenant' }).click()
  await page.getByLabel('Company name').fill('Taxis Mobiles Annécy')
  await page.getByLabel('Contact name').fill('Paul Morel')
  await page.getByLabel('Contact e-mail').fill('paul@taxis-annecy.fr')
  await page.getByRole('button', { name: 'Next' }).click()
  await fillAddressAndAgreement(page)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('checkbox', { name: /Standard Suite/ }).check()
  await page.getByLabel('Baseline').selectOption({ label: 'Mobile first' })
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText('Mobile first')).toBeVisible()
  await page.getByRole('button', { name: 'Create tenant' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Taxis Mobiles Annécy' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await expect(tenantTable(page).getByRole('row', { name: /Taxis Mobiles Annécy/ })).toContainText('In line')
})

test('axe finds no serious issue on the baselines pages', async ({ page }) => {
  await page.goto('/baselines')
  await expect(page.getByRole('heading', { level: 1, name: 'Baselines' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('link', { name: 'Apply SMB secure default to tenants' }).click()
  await page.getByRole('button', { name: 'Select drifted tenants' }).click()
  await page.getByRole('button', { name: 'Preview changes' }).click()
  await expect(page.getByRole('region', { name: 'Preview: nothing has changed yet' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('deleting a baseline another tab deleted first says so, and the list shows it gone', async ({ page, context }) => {
  await page.goto('/baselines')
  await page.getByRole('button', { name: 'Delete SMB secure default' }).click()
  const confirm = page.getByRole('dialog')

  // The same browser's storage, in a second tab: it deletes the baseline while the first asks.
  const other = await context.newPage()
  await other.goto('/baselines')
  await other.getByRole('button', { name: 'Delete SMB secure default' }).click()
  await other.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(other.getByRole('row', { name: /SMB secure default/ })).toHaveCount(0)

  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expect(
    page.getByText("It couldn't be deleted. It no longer exists: it was removed elsewhere since you opened it."),
  ).toBeVisible()
  await expect(page.getByRole('row', { name: /SMB secure default/ })).toHaveCount(0)
})

test('a tab shows a baseline another tab deleted without a reload', async ({ page, context }) => {
  await page.goto('/baselines')
  await expect(page.getByRole('row', { name: /SMB secure default/ })).toBeVisible()
  const other = await context.newPage()
  await other.goto('/baselines')
  await other.getByRole('button', { name: 'Delete SMB secure default' }).click()
  await other.getByRole('dialog').getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('row', { name: /SMB secure default/ })).toHaveCount(0)
})

test('a baseline name with hidden characters, or a description past its limit, is refused beside the field', async ({
  page,
}) => {
  await page.goto('/baselines/new')
  const name = page.getByLabel('Name')
  const description = page.getByLabel('Description')
  // A zero-width space makes two names look alike; a direction override reverses what follows it.
  await name.fill('SMB\u200B secure')
  await description.fill('x'.repeat(1001))
  await page.getByLabel('Desktop Outlook').selectOption({ label: 'Off' })
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(name).toHaveAccessibleDescription(/Remove the invisible or control characters from this text/)
  await expect(description).toHaveAccessibleDescription('Keep this to 1,000 characters or fewer.')
  await expect(page).toHaveURL(/\/baselines\/new$/)

  await name.fill('SMB mobile')
  await description.fill('Phones first:\nActiveSync on, desktop Outlook off.')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Baselines' })).toBeVisible()
  await expect(page.getByText('SMB mobile')).toBeVisible()
})
