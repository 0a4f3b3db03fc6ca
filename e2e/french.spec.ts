import { expect, test } from '@playwright/test'
import { SEEDED_TENANT_COUNT } from './support'

test('the language switch turns the console French, and the choice survives a reload', async ({ page }) => {
  await page.goto('/tenants')
  await page.getByLabel('Language').selectOption({ label: 'Français' })
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('status').filter({ hasText: 'clients' })).toHaveText(`${SEEDED_TENANT_COUNT} clients`)

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible()
  await expect(page).toHaveTitle('Clients · Console partenaire BPOS')
  await page.getByLabel('Langue').selectOption({ label: 'English' })
  await expect(page.getByRole('heading', { level: 1, name: 'Tenants' })).toBeVisible()
})

test.describe('with a French browser', () => {
  test.use({ locale: 'fr-FR' })

  test('French comes first, with French numbers, money and validation messages', async ({ page }) => {
    await page.goto('/tenants/tenant-dupre')
    await expect(page.getByRole('heading', { level: 1, name: 'Boulangerie Dupré & Fils' })).toBeVisible()
    await expect(page.getByText("Console d'administration applicative disponible.")).toBeVisible()
    // Seeded in French, the demo partner bills in euros, written the French way.
    await expect(
      page.getByRole('region', { name: 'Abonnements' }).getByRole('row', { name: /Standard Suite/ }),
    ).toContainText('120,00\u00A0€')

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Clients' }).click()
    await page.getByRole('link', { name: 'Créer un client' }).click()
    await page.getByRole('button', { name: 'Suivant' }).click()
    await expect(page.getByLabel('Nom de la société')).toHaveAccessibleDescription('Saisissez le nom de la société.')
  })

  test("the demo's house baseline is seeded in French", async ({ page }) => {
    await page.goto('/baselines')
    await expect(page.getByRole('heading', { level: 1, name: 'Configurations de référence' })).toBeVisible()
    await expect(page.getByRole('row', { name: /Socle sécurisé PME/ })).toContainText('POP3 et IMAP4 coupés')
    await expect(page.getByText('SMB secure default')).toHaveCount(0)
  })
})
