import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support'

function domainsTable(page: Page) {
  return page.getByRole('region', { name: 'Domains' }).getByRole('table')
}

test('a custom domain is added, verified by hand as a fallback, and made the default', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/domains')
  const add = page.getByRole('region', { name: 'Add a domain' })
  const name = add.getByLabel('Domain name')

  await name.fill('boulangerie')
  await add.getByRole('button', { name: 'Add domain' }).click()
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(name).toHaveAccessibleDescription(/Enter a full domain name with a dot, such as dupre-boulangerie\.fr\./)

  await name.fill('dupre.paris')
  await add.getByRole('button', { name: 'Add domain' }).click()
  await expect(name).toHaveValue('')
  await expect(domainsTable(page).getByRole('row', { name: /dupre\.paris/ })).toContainText('Awaiting verification')

  const verification = page.getByRole('region', { name: 'Verify dupre.paris' })
  const record = verification.getByRole('table', { name: 'DNS record to create for dupre.paris' })
  await expect(record.getByRole('row').nth(1)).toContainText('TXT')
  const value = await record.getByText(/^MS=ms\d{8}$/).innerText()

  await page.reload()
  await expect(page.getByRole('region', { name: 'Verify dupre.paris' }).getByText(/^MS=ms\d{8}$/)).toHaveText(value)

  // Manual marking is the fallback, and says so (the DNS check is e2e/domain-setup.spec.ts).
  const verify = page.getByRole('region', { name: 'Verify dupre.paris' })
  await expect(verify).toContainText("Fallback only: if the DNS check can't reach the domain's DNS")
  await verify.getByRole('button', { name: 'Mark as verified by hand' }).click()
  const confirm = page.getByRole('dialog', { name: 'Is the record for dupre.paris in place?' })
  await expect(confirm).toContainText(value)
  await confirm.getByRole('button', { name: 'Yes, mark as verified' }).click()
  await expect(page.getByRole('region', { name: 'Verify dupre.paris' })).toHaveCount(0)
  const row = domainsTable(page).getByRole('row', { name: /dupre\.paris/ })
  await expect(row).toContainText('Verified')

  await row.getByRole('button', { name: 'Make dupre.paris the default domain' }).click()
  await expect(row).toContainText('Default')
  // The tenant's header names its default domain.
  await expect(page.getByRole('main').getByText('dupre.paris', { exact: true }).first()).toBeVisible()

  // No longer the default, the old domain offers removal, but its users still sign in with it.
  const previous = domainsTable(page).getByRole('row', { name: /dupre-boulangerie\.fr/ })
  await previous.getByRole('button', { name: 'Remove dupre-boulangerie.fr' }).click()
  await page
    .getByRole('dialog', { name: 'Remove dupre-boulangerie.fr?' })
    .getByRole('button', { name: 'Remove domain' })
    .click()
  await expect(previous.getByRole('button', { name: 'Remove dupre-boulangerie.fr' })).toHaveAccessibleDescription(
    /Users still sign in with dupre-boulangerie\.fr \(\d+\): move them to another domain first\./,
  )
  await expect(previous).toBeVisible()
})

test('the initial domain and the default one offer no removal; another custom domain can go', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/domains')
  const initial = domainsTable(page).getByRole('row', { name: /boulangerie-dupre\.microsoftonline\.com/ })
  await expect(initial).toContainText('Initial domain')
  await expect(initial.getByRole('button', { name: /Remove/ })).toHaveCount(0)
  await expect(initial).toContainText('Always kept')
  const custom = domainsTable(page).getByRole('row', { name: /dupre-boulangerie\.fr/ })
  await expect(custom.getByRole('button', { name: /Remove/ })).toHaveCount(0)

  const add = page.getByRole('region', { name: 'Add a domain' })
  await add.getByLabel('Domain name').fill('dupre.lyon')
  await add.getByRole('button', { name: 'Add domain' }).click()
  await domainsTable(page).getByRole('button', { name: 'Remove dupre.lyon' }).click()
  await page.getByRole('dialog', { name: 'Remove dupre.lyon?' }).getByRole('button', { name: 'Remove domain' }).click()
  await expect(domainsTable(page).getByRole('row', { name: /dupre\.lyon/ })).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Verify dupre.lyon' })).toHaveCount(0)
})

test('a domain another tenant already has is refused next to the field', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/domains')
  const add = page.getByRole('region', { name: 'Add a domain' })
  await add.getByLabel('Domain name').fill('cabinet-tilleuls.fr')
  await add.getByRole('button', { name: 'Add domain' }).click()
  await expect(add.getByLabel('Domain name')).toHaveAccessibleDescription(
    /cabinet-tilleuls\.fr is already added to one of your tenants\./,
  )
})

test('a pending domain shows the same TXT record every time, and the tab has no serious accessibility violations', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-aubert-nguyen/domains')
  const verification = page.getByRole('region', { name: 'Verify aubert-nguyen.fr' })
  await expect(verification).toContainText('MS=ms96422972')
  await expectNoSeriousA11yViolations(page)
})

test("a Deskless-only tenant's domains wait for the console, with a way to get it", async ({ page }) => {
  await page.goto('/tenants/tenant-ecrins/domains')
  await expect(page.getByRole('region', { name: 'No application console.' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Add a domain' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Manage subscriptions' }).click()
  await expect(page.getByRole('region', { name: 'Deskless Worker Suite' })).toBeVisible()
})

test('removing a domain another tab removed first says it no longer exists, and the table shows it gone', async ({
  page,
  context,
}) => {
  await page.goto('/tenants/tenant-dupre/domains')
  const add = page.getByRole('region', { name: 'Add a domain' })
  await add.getByLabel('Domain name').fill('dupre.nantes')
  await add.getByRole('button', { name: 'Add domain' }).click()
  await expect(domainsTable(page).getByRole('row', { name: /dupre\.nantes/ })).toBeVisible()

  // The first tab asks to remove it; meanwhile a second tab, on the same browser's data, removes it.
  await domainsTable(page).getByRole('button', { name: 'Remove dupre.nantes' }).click()
  const confirm = page.getByRole('dialog', { name: 'Remove dupre.nantes?' })
  const other = await context.newPage()
  await other.goto('/tenants/tenant-dupre/domains')
  await domainsTable(other).getByRole('button', { name: 'Remove dupre.nantes' }).click()
  await other
    .getByRole('dialog', { name: 'Remove dupre.nantes?' })
    .getByRole('button', { name: 'Remove domain' })
    .click()
  await expect(domainsTable(other).getByRole('row', { name: /dupre\.nantes/ })).toHaveCount(0)
  await other.close()

  await confirm.getByRole('button', { name: 'Remove domain' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    "It couldn't be deleted. It no longer exists: it was removed elsewhere since you opened it.",
  )
  await expect(domainsTable(page).getByRole('row', { name: /dupre\.nantes/ })).toHaveCount(0)
})
