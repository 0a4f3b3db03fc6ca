import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'

/**
 * French CSV exports use semicolons and decimal commas, as French Excel opens them (UX review L7);
 * Settings offers the other dialect for partners whose spreadsheets expect it.
 */

async function exportServices(page: Page, button: string): Promise<string[]> {
  await page.goto('/services')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  return (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n')
}

test('in French the exports use semicolons and decimal commas; Settings can ask for commas', async ({ page }) => {
  await page.goto('/settings')
  // The demo seeded first (in English, so in dollars), then French: a reload before the seed would seed in French.
  await expect(
    page.getByRole('region', { name: 'Price list' }).getByLabel('Standard Suite', { exact: true }),
  ).toHaveValue('10.00')
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Français' })
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible()

  const french = await exportServices(page, 'Exporter en CSV')
  expect(french[0]).toBe(
    'client;date;type;description;statut;quantité;unité;prix unitaire;montant;devise;facturation;technicien',
  )
  // A seeded service: 1.5 days at 580.00 → "1,5" and "870,00".
  expect(french.some(line => /;\d+,\d{2};\d+,\d{2};USD;/.test(line))).toBe(true)
  expect(french.slice(1).some(line => /\d\.\d{2}/.test(line))).toBe(false)

  await page.goto('/activity')
  const [activity] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter en CSV' }).click(),
  ])
  const header = (await readFile((await activity.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n')[0]
  expect(header).toBe('when;who;tenant;area;what;field;before;after')

  // Reset passwords, handed over in the same dialect.
  await page.goto('/tenants/tenant-dupre/users')
  await page
    .getByRole('region', { name: 'Liste des utilisateurs' })
    .getByRole('row')
    .nth(1)
    .getByRole('checkbox')
    .click()
  await page.getByRole('button', { name: 'Réinitialiser les mots de passe…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Réinitialiser les mots de passe' }).click()
  const handover = page.getByRole('dialog', { name: 'Mots de passe temporaires' })
  const [passwords] = await Promise.all([
    page.waitForEvent('download'),
    handover.getByRole('button', { name: 'Télécharger en fichier CSV' }).click(),
  ])
  const handed = (await readFile((await passwords.path())!, 'utf8')).replace(/^\uFEFF/, '').split('\r\n')
  expect(handed[0]).toBe("Nom;Nom d'utilisateur;Mot de passe temporaire")
  await handover.getByRole('button', { name: 'Terminé : oublier les mots de passe' }).click()

  await page.goto('/settings')
  await page
    .getByRole('combobox', { name: 'Fichiers CSV' })
    .selectOption({ label: 'Virgules et points décimaux (Excel en anglais)' })
  const international = await exportServices(page, 'Exporter en CSV')
  expect(international[0]).toMatch(/^client,date,type,/)
  expect(international.some(line => /,\d+\.\d{2},\d+\.\d{2},USD,/.test(line))).toBe(true)
})

test('in English the exports keep commas and decimal points', async ({ page }) => {
  const english = await exportServices(page, 'Export to CSV')
  expect(english[0]).toMatch(/^tenant,date,kind,/)
  expect(english.some(line => /,\d+\.\d{2},\d+\.\d{2},USD,/.test(line))).toBe(true)
})
