import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support'

const ROCHAT = 'Fiduciaire Rochat & Associés'

test('workstations recorded on a tenant put it on the Office Pro opportunities page with its gap', async ({ page }) => {
  // Before any count, the tenant is among those to ask.
  await page.goto('/tenants')
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Office Pro opportunities' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Office Pro opportunities' })).toBeVisible()
  const unrecorded = page.getByRole('region', { name: 'Count not recorded' })
  await unrecorded.getByRole('link', { name: `Record the count for ${ROCHAT}` }).click()

  await expect(page.getByRole('heading', { level: 1, name: ROCHAT })).toBeVisible()
  const details = page.getByRole('region', { name: 'Company' })
  await expect(details).toContainText('Not recorded yet.')
  await details.getByRole('button', { name: 'Record workstations' }).click()
  await details.getByLabel('Workstations', { exact: true }).fill('15')
  await details.getByLabel('Workstations with Office Pro').fill('6')
  await details.getByRole('button', { name: 'Save workstations' }).click()
  await expect(details).toContainText('15 workstations, 6 with Office Pro')
  await expect(details).toContainText('9 without Office Pro')
  await expect(page.getByRole('region', { name: 'Recent activity' })).toContainText(
    'Workstations recorded: 15, 6 with Office Pro',
  )

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Office Pro opportunities' })
    .click()
  const table = page.getByRole('table', {
    name: 'Tenants whose offers need Office Pro, with the workstations that lack it',
  })
  const row = table.getByRole('row', { name: new RegExp(ROCHAT) })
  await expect(row.getByRole('cell')).toHaveText(['Standard Suite', '15', '6', '9', /Draft an Office Pro deployment/])
  await expect(page.getByRole('region', { name: 'Count not recorded' })).not.toContainText(ROCHAT)
  await expectNoSeriousA11yViolations(page)

  // One click quotes the deployment for the gap in the services ledger.
  await row.getByRole('button', { name: `Draft an Office Pro deployment — ${ROCHAT}` }).click()
  await expect(
    page.getByText(
      new RegExp(
        `A quoted Office Pro deployment for 9 workstations at \\S*60\\.00 each, from the price list, was drafted for ${ROCHAT}`,
      ),
    ),
  ).toBeVisible()
  await page.goto('/activity')
  await expect(page.getByText('Service recorded: Office Pro deployment on 9 workstations')).toBeVisible()
})

test('more workstations with Office Pro than workstations is refused next to the field, and nothing is saved', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-rochat')
  const details = page.getByRole('region', { name: 'Company' })
  await details.getByRole('button', { name: 'Record workstations' }).click()
  await details.getByLabel('Workstations', { exact: true }).fill('10')
  const withOfficePro = details.getByLabel('Workstations with Office Pro')
  await withOfficePro.fill('12')
  await details.getByRole('button', { name: 'Save workstations' }).click()
  await expect(withOfficePro).toHaveAttribute('aria-invalid', 'true')
  await expect(withOfficePro).toHaveAccessibleDescription('Enter at most 10.')
  await expectNoSeriousA11yViolations(page)
  await page.reload()
  await expect(details).toContainText('Not recorded yet.')
})

for (const language of ['English', 'Français'] as const) {
  test(`an Office Pro deployment is drafted once per tenant, at the price list's price, in ${language}`, async ({
    page,
  }) => {
    const DUPRE = 'Boulangerie Dupré & Fils'
    const fr = language === 'Français'
    // A French partner's console is French from the first visit: its demo is then seeded in euros.
    if (fr) await page.addInitScript(() => localStorage.setItem('bpos.locale', 'fr'))
    await page.goto('/opportunities')
    const draft = fr ? 'Préparer un déploiement Office Pro' : 'Draft an Office Pro deployment'
    await page.getByRole('button', { name: `${draft} — ${DUPRE}` }).click()
    await expect(page.getByText(fr ? `mis en devis pour ${DUPRE}` : `was drafted for ${DUPRE}`)).toBeVisible()

    // A second click can't happen: the row now leads to the draft instead.
    await expect(page.getByRole('button', { name: `${draft} — ${DUPRE}` })).toHaveCount(0)
    const drafted = fr ? 'Déploiement déjà proposé' : 'Deployment drafted'
    await page.getByRole('link', { name: `${drafted} — ${DUPRE}` }).click()
    const row = page.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: fr ? /Déploiement d'Office Pro sur 8 postes/ : /8 workstations/ }),
    })
    await expect(row).toHaveCount(1)
    // Priced from the price list (60.00 a workstation, in dollars or, seeded in French, euros), not at zero.
    await expect(row).toContainText(fr ? '480,00\u00A0€' : '$480.00')
  })
}

test('the price list sets what an Office Pro draft costs, and a second deployment is refused below the page', async ({
  page,
}) => {
  const DUPRE = 'Boulangerie Dupré & Fils'
  // The partner charges $55.00 a workstation from now on.
  await page.goto('/settings')
  const prices = page.getByRole('region', { name: 'Price list' })
  await prices.getByLabel('Office Pro deployment').fill('55')
  await prices.getByRole('button', { name: 'Save prices' }).click()
  await expect(prices.getByText('The price list is saved.')).toBeVisible()

  await page.goto('/opportunities')
  await page.getByRole('button', { name: `Draft an Office Pro deployment — ${DUPRE}` }).click()
  await expect(
    page.getByText(new RegExp(`for 8 workstations at \\S*55\\.00 each, from the price list, was drafted for ${DUPRE}`)),
  ).toBeVisible()

  // The Services tab knows nothing of the rule: the backend refuses a second deployment under way, next to Kind.
  await page.goto('/tenants/tenant-dupre/services')
  await expect(
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /8 workstations/ }) }),
  ).toContainText('440.00')
  await page.getByRole('button', { name: 'Record a service' }).click()
  const dialog = page.getByRole('dialog', { name: 'Record a service' })
  const kind = dialog.getByLabel('Kind', { exact: true })
  await kind.selectOption({ label: 'Office Pro deployment' })
  await dialog.getByLabel('Description', { exact: true }).fill('Second deployment')
  await dialog.getByLabel('Quantity', { exact: true }).fill('3')
  await dialog.getByLabel(/Unit price/).fill('55')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(kind).toHaveAccessibleDescription(
    'This tenant already has an Office Pro deployment under way: change its quantity rather than record a second one.',
  )
  await expectNoSeriousA11yViolations(page)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('rowheader', { name: /Second deployment/ })).toHaveCount(0)
})
