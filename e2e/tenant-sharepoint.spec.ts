import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, widenSharing } from './support'
import { fillAddressAndAgreement } from './provisioning'

test('the storage the tenant uses and is allotted is shown, with where it comes from', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre')
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'SharePoint' }).click()
  const storage = page.getByRole('region', { name: 'Storage' })
  await expect(storage).toContainText('3.1 GB of 15.9 GB used')
  await expect(storage.getByRole('meter', { name: '3.1 GB of 15.9 GB used' })).toBeVisible()
  await expect(storage).toContainText('Site quotas reserve 8 GB; 7.9 GB is left for new sites.')
  await expect(storage).toContainText('Allotted: 10 GB for the tenant + 12 Standard Suite seats × 500 MB.')
})

test('a site is refused with a quota larger than what is left, created with a smaller one, and deleted after confirmation', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-dupre/sharepoint')
  const sites = page.getByRole('region', { name: 'Site collections' })
  await expect(sites.getByRole('row')).toHaveCount(4)
  await sites.getByLabel('Title', { exact: true }).fill('Commandes des restaurants')
  await sites.getByLabel('Path').fill('commandes')
  await sites.getByLabel('Template').selectOption({ label: 'Document workspace' })
  const quota = sites.getByLabel('Storage quota (MB)')
  await quota.fill('9000')
  await sites.getByRole('button', { name: 'Create site' }).click()
  await expect(quota).toHaveAttribute('aria-invalid', 'true')
  await expect(quota).toHaveAccessibleDescription(
    /Only 8,048 MB is left in the tenant's storage: choose a smaller quota\./,
  )
  await expect(sites.getByRole('row')).toHaveCount(4)

  await quota.fill('2048')
  await sites.getByRole('button', { name: 'Create site' }).click()
  const row = sites.getByRole('row', { name: /Commandes des restaurants/ })
  await expect(row).toContainText('https://boulangerie-dupre.sharepoint.com/sites/commandes')
  await expect(row).toContainText('Document workspace')
  await expect(row).toContainText('2 GB')
  await expect(page.getByRole('region', { name: 'Storage' })).toContainText(
    'Site quotas reserve 10 GB; 5.9 GB is left for new sites.',
  )

  await row.getByRole('button', { name: 'Delete Commandes des restaurants' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete this site collection?' })
  await expect(dialog).toContainText('https://boulangerie-dupre.sharepoint.com/sites/commandes')
  await dialog.getByRole('button', { name: 'Delete site' }).click()
  await expect(row).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Storage' })).toContainText('Site quotas reserve 8 GB')
})

test('a path already used by a site is refused next to its field', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/sharepoint')
  const sites = page.getByRole('region', { name: 'Site collections' })
  await sites.getByLabel('Title', { exact: true }).fill('Autre intranet')
  await sites.getByLabel('Path').fill('Intranet')
  await sites.getByRole('button', { name: 'Create site' }).click()
  await expect(sites.getByLabel('Path')).toHaveAccessibleDescription(
    /A site of this tenant already uses \/sites\/intranet/,
  )
  await expect(sites.getByRole('row')).toHaveCount(4)
})

test('external sharing changed to existing external users survives a reload', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/sharepoint')
  const sharing = page.getByRole('group', { name: 'External sharing' })
  await expect(sharing.getByRole('radio', { name: 'Off: only people in the company' })).toBeChecked()
  // Widening sharing asks first (e2e/saves.spec.ts covers the rest).
  await widenSharing(page, 'Only external users already in the directory')
  await expect(page.getByRole('status').filter({ hasText: 'External sharing set to' })).toBeAttached()
  await page.reload()
  await expect(
    page
      .getByRole('group', { name: 'External sharing' })
      .getByRole('radio', { name: 'Only external users already in the directory' }),
  ).toBeChecked()
  await expect(page.getByRole('switch', { name: 'Workflows' })).toBeChecked()
  await expect(page.getByRole('switch', { name: 'Site creation by users' })).not.toBeChecked()
})

test('stand-alone SharePoint Online has its sites and storage; a mixed tenant counts only its Standard seats', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-saint-gilles/sharepoint')
  await expect(page.getByRole('region', { name: 'Storage' })).toContainText(
    'Allotted: 10 GB for the tenant + 9 SharePoint Online seats × 500 MB.',
  )
  await expect(
    page.getByRole('region', { name: 'Site collections' }).getByRole('row', { name: /Catalogue et commandes/ }),
  ).toContainText('https://librairie-saint-gilles.sharepoint.com/sites/catalogue')

  await page.goto('/tenants/tenant-lemoine/sharepoint')
  await expect(page.getByRole('region', { name: 'Storage' })).toContainText('of 22.2 GB used')
  await expect(page.getByRole('region', { name: 'Storage' })).toContainText(
    'Allotted: 10 GB for the tenant + 25 Standard Suite seats × 500 MB.',
  )
})

test("a tenant whose SharePoint comes only from the Deskless Worker Suite is told why it can't create sites", async ({
  page,
}) => {
  // Exchange Online gives the console; SharePoint is only the Deskless suite's read-only access.
  await page.goto('/tenants/new')
  await page.getByLabel('Company name').fill('Ambulances du Vercors')
  await page.getByLabel('Contact name').fill('Yann Morel')
  await page.getByLabel('Contact e-mail').fill('yann@ambulances-vercors.fr')
  await page.getByLabel('Country').selectOption({ label: 'France' })
  await page.getByRole('button', { name: 'Next' }).click()
  await fillAddressAndAgreement(page)
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('checkbox', { name: /^Exchange Online (?!Deskless)/ }).check()
  await page.getByLabel('Seats for Exchange Online').fill('6')
  await page.getByRole('checkbox', { name: /^Deskless Worker Suite/ }).check()
  await page.getByLabel('Seats for Deskless Worker Suite').fill('30')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Create tenant' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ambulances du Vercors' })).toBeVisible()

  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'SharePoint' }).click()
  const sites = page.getByRole('region', { name: 'Site collections' })
  await expect(sites).toContainText(
    "This tenant's SharePoint comes only from Deskless Worker Suite, which is read-only",
  )
  await expect(sites.getByRole('button', { name: 'Create site' })).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Storage' })).toContainText(
    "This tenant's offers give its SharePoint no storage.",
  )
})

test('the SharePoint tab has no serious accessibility violations', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/sharepoint')
  await expect(
    page.getByRole('region', { name: 'Site collections' }).getByRole('row', { name: /Intranet de la boulangerie/ }),
  ).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})
