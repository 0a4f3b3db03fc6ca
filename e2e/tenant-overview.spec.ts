import { expect, test } from '@playwright/test'
import { DESKLESS_ONLY_TENANT, STANDARD_TENANT, tenantTable } from './support'

test('a Deskless-only tenant says it has no application console, why, and how to unlock it', async ({ page }) => {
  await page.goto('/tenants')
  await tenantTable(page).getByRole('link', { name: DESKLESS_ONLY_TENANT }).click()
  await expect(page.getByRole('heading', { level: 1, name: DESKLESS_ONLY_TENANT })).toBeVisible()
  const notice = page.getByRole('status').filter({ hasText: 'No application console.' })
  await expect(notice).toContainText(
    'No application console. This tenant only has Deskless Worker Suite, which gives no application console',
  )
  await expect(notice).toContainText('add an offer with a console (such as the Standard Suite)')
  await expect(page.getByText("Not needed: this tenant's offers run in the browser.")).toBeVisible()
})

test('a Standard Suite tenant shows its company, domains, subscriptions with prices, and needs Office Pro', async ({
  page,
}) => {
  await page.goto('/tenants')
  await tenantTable(page).getByRole('link', { name: STANDARD_TENANT }).click()
  await expect(page.getByText('Application console available.')).toBeVisible()
  await expect(page.getByText("Needed on the client's workstations for Standard Suite.")).toBeVisible()

  const domains = page.getByRole('region', { name: 'Domains' })
  await expect(domains.getByRole('row', { name: /boulangerie-dupre\.microsoftonline\.com/ })).toContainText(
    'Initial domain',
  )

  const subscriptions = page.getByRole('region', { name: 'Subscriptions' })
  const standard = subscriptions.getByRole('row', { name: /Standard Suite/ })
  await expect(standard).toContainText('11 / 12')
  await expect(standard).toContainText('$10.00')
  await expect(standard).toContainText('$120.00')
  await expect(subscriptions.getByRole('row', { name: /Billed to the client each month/ })).toContainText('$120.00')
})

test('an unknown tenant address says so and leads back to the list', async ({ page }) => {
  await page.goto('/tenants/no-such-tenant')
  await expect(page.getByText('This tenant does not exist, or no longer does.')).toBeVisible()
  await page.getByRole('link', { name: 'Back to tenants' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible()
})

const TRIAL_ENDED = {
  English: {
    notice: 'No application console. This tenant has no running subscription: its trial has ended',
    officePro: 'Not needed while nothing runs: its trial has ended.',
    ended: /Trial ended on/,
    search: 'Search tenants',
    list: 'Tenants to apply the baseline to',
    apply: 'Apply to 1 tenant',
    results: 'Results',
    skipped: 'No application console: its trial has ended.',
  },
  Français: {
    notice: "Pas de console d'administration applicative. Ce client n'a aucun abonnement en cours",
    officePro: 'Non nécessaire tant que rien ne tourne : son essai est terminé.',
    ended: /Essai terminé le/,
    search: 'Rechercher un client',
    list: 'Clients auxquels appliquer la configuration de référence',
    apply: 'Appliquer à 1 client',
    results: 'Résultats',
    skipped: "Pas de console d'administration applicative : son essai est terminé.",
  },
} as const

for (const language of ['English', 'Français'] as const) {
  test(`a Standard Suite tenant whose trial ended is told so everywhere, never that it is Deskless, in ${language}`, async ({
    page,
  }) => {
    const text = TRIAL_ENDED[language]
    await page.goto('/tenants/tenant-lefevre')
    if (language === 'Français') await page.getByLabel('Language').selectOption({ label: 'Français' })
    await expect(page.getByRole('heading', { level: 1, name: 'Garage Lefèvre Automobiles' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: text.notice })).toBeVisible()
    await expect(page.getByText(text.officePro)).toBeVisible()
    await expect(page.getByText(text.ended)).toBeVisible()
    await expect(page.getByText(/Trial ends on|Essai jusqu/)).toHaveCount(0)

    await page.goto('/baselines/baseline-smb-secure/apply')
    await page.getByLabel(text.search).fill('lefèvre')
    await page
      .getByRole('group', { name: text.list })
      .getByRole('checkbox', { name: /Garage Lefèvre/ })
      .check()
    await page.getByRole('button', { name: text.apply }).click()
    const row = page.getByRole('region', { name: text.results }).getByRole('row', { name: /Garage Lefèvre/ })
    await expect(row).toContainText(text.skipped)
    await expect(row).not.toContainText('Deskless')
  })
}
