import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support'

/** A PDF's page count, from its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0
}

// A 1×1 PNG: the smallest logo a partner could upload.
const LOGO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

async function inFrench(page: Page): Promise<void> {
  await page.goto('/settings')
  await page.getByLabel('Language').selectOption({ label: 'Français' })
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible()
}

test('the partner fills in its identity with a logo; a wrong SIRET is refused next to its field', async ({ page }) => {
  await inFrench(page)
  const card = page.getByRole('region', { name: 'Votre société sur les propositions' })
  await expect(card.getByLabel('Raison sociale')).toHaveValue('Alpine Conseil Informatique SARL')
  await card.getByLabel("Numéro d'immatriculation").fill('123 456')
  await card.getByRole('button', { name: "Enregistrer l'identité" }).click()
  await expect(card.getByLabel("Numéro d'immatriculation")).toHaveAccessibleDescription(
    /SIRET : 14 chiffres.*Saisissez un SIRET/,
  )
  await card.getByLabel("Numéro d'immatriculation").fill('812 345 676 00017')
  await card.getByLabel('Logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO })
  await expect(card.getByRole('img', { name: 'Votre logo' })).toBeVisible()
  await card.getByRole('button', { name: "Enregistrer l'identité" }).click()
  await expect(card.getByRole('status')).toHaveText(/Votre identité est enregistrée/)
  await expectNoSeriousA11yViolations(page)

  await page.reload()
  await expect(card.getByRole('img', { name: 'Votre logo' })).toBeVisible()
})

test('a new quote gets the next number, and its proposal is one signable page in French, as a PDF', async ({
  page,
}) => {
  // The browser's print dialog can't be driven from a test: count the calls, then print with Chromium's own PDF.
  await page.addInitScript(() => {
    const counted = window as unknown as { printCalls: number }
    counted.printCalls = 0
    window.print = () => void counted.printCalls++
  })
  await inFrench(page)
  await page.goto('/quotes/new')
  await page.getByLabel('Nom de la société').fill('Cabinet Lambert Avocats')
  await page.getByLabel('Salariés').fill('45')
  await page.getByLabel('Nom du contact').fill('Sophie Lambert')
  await page.getByRole('checkbox', { name: /Standard Suite/ }).check()
  await page.getByRole('button', { name: 'Ajouter une prestation' }).click()
  const line = page.getByRole('group', { name: 'Prestation 1' })
  await line.getByLabel('Type', { exact: true }).selectOption({ value: 'training' })
  await line.getByLabel('Description', { exact: true }).fill('Formation des utilisateurs')
  await line.getByLabel('Quantité', { exact: true }).fill('1,5')
  await line.getByLabel('Unité').selectOption({ value: 'days' })
  await line.getByLabel(/Prix unitaire/).fill('600')
  await page.getByRole('button', { name: 'Enregistrer le devis' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Devis pour Cabinet Lambert Avocats' })).toBeVisible()

  await page.getByRole('link', { name: 'Télécharger le PDF' }).click()
  const proposal = page.getByRole('article', { name: 'Proposition pour Cabinet Lambert Avocats' })
  await expect(proposal).toBeVisible()
  // The seeded quotes hold 0001 to 0003 of this year.
  const year = new Date().getFullYear()
  await expect(proposal).toContainText(`Devis n°${year}-0004`)
  await expect(proposal).toContainText('Alpine Conseil Informatique SARL')
  await expect(proposal).toContainText('SIRET 812 345 676 00017')
  await expect(proposal).toContainText('N° TVA FR19812345676')
  await expect(proposal).toContainText('hors taxes (HT)')
  // 1,5 jour, singular; "d'Alpine", elided.
  await expect(proposal).toContainText('1,5 jour ')
  await expect(proposal).not.toContainText('1,5 jours')
  await expect(proposal).toContainText("Proposition d'Alpine Conseil Informatique SARL, valable jusqu'au")
  // 45 × 10,00 HT a month, 20 % French VAT.
  const totals = proposal.getByRole('definition')
  await expect(proposal).toContainText('TVA 20 %')
  await expect(totals.filter({ hasText: /^540,00/ }).first()).toBeVisible()
  await expect(proposal.getByRole('heading', { name: 'Bon pour accord' })).toBeVisible()
  await expect(proposal).toContainText('« Bon pour accord »')
  // Arriving from "Télécharger le PDF" opened the print dialog once, named after the quote for its file.
  await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1)
  await expectNoSeriousA11yViolations(page)

  // The PDF is this page, on one A4 sheet, without the console around it.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Télécharger le PDF' })).toBeHidden()
  await expect(page.getByText(/gagnez|commission/i).filter({ visible: true })).toHaveCount(0)
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1)
})

test('in English the proposal shows French VAT, and a country without a known rate says VAT comes on the invoice', async ({
  page,
}) => {
  await page.goto('/quotes/quote-morel/proposal')
  const proposal = page.getByRole('article', { name: 'Proposal for Cabinet Morel Architectes' })
  await expect(proposal).toContainText('Quote no.')
  await expect(proposal).toContainText('VAT 20%')
  await expect(proposal).toContainText('Monthly, VAT included')
  await expect(proposal.getByRole('heading', { name: 'Agreed and accepted' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to the quote' }).click()
  await page.getByLabel('Country').selectOption({ label: 'United States' })
  await page.getByRole('button', { name: 'Save quote' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'saved' })).toBeAttached()
  await page.goto('/quotes/quote-morel/proposal')
  await expect(page.getByRole('article')).toContainText('VAT for United States is added on the invoice')
})
