import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'

/**
 * The CSV import takes what the screens show: headers, offers and countries in English or French,
 * a template with an example row, and Excel's UTF-16 "Unicode text" (UX review M9, issue 15).
 */

function utf16le(text: string, bom = true): Buffer {
  const body = Buffer.from(text, 'utf16le')
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body
}

async function openImport(page: Page, french = false) {
  await page.goto('/tenants/tenant-lemoine/users')
  if (french) await page.getByLabel('Language').selectOption({ label: 'Français' })
  await page.getByRole('button', { name: french ? 'Importer un fichier CSV' : 'Import from a CSV file' }).click()
  return page.getByRole('dialog', {
    name: french ? 'Importer des utilisateurs depuis un fichier CSV' : 'Import users from a CSV file',
  })
}

async function closeHandover(page: Page, name = 'Temporary passwords', close = 'Close without keeping them') {
  const handover = page.getByRole('dialog', { name })
  await expect(handover).toBeVisible()
  await page.keyboard.press('Escape')
  await handover.getByRole('button', { name: close }).click()
  await expect(handover).toBeHidden()
}

test('the French template heads its columns in French, holds an example row, and imports as it stands', async ({
  page,
}) => {
  const dialog = await openImport(page, true)
  await expect(dialog).toContainText("Prénom, Nom, Nom d'utilisateur, Domaine, Pays d'utilisation et Licence")
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('link', { name: 'Télécharger le modèle CSV' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('users-template.csv')
  const template = await readFile((await download.path())!)
  expect(template.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  expect(template.toString('utf8').slice(1).split('\r\n')).toEqual([
    "Prénom;Nom;Nom d'utilisateur;Domaine;Pays d'utilisation;Licence",
    'Camille;Martin;camille.martin;transports-lemoine.fr;France;Standard Suite',
    '',
  ])

  await dialog.getByLabel('Fichier CSV').setInputFiles({ name: 'modele.csv', mimeType: 'text/csv', buffer: template })
  await dialog.getByRole('button', { name: 'Importer les utilisateurs' }).click()
  await closeHandover(page, 'Mots de passe temporaires', 'Fermer sans les conserver')
  await expect(page.getByText('1 utilisateur importé.')).toBeVisible()
  await page.getByRole('searchbox').fill('Camille Martin')
  await expect(
    page.getByRole('region', { name: 'Liste des utilisateurs' }).getByRole('row', { name: /Camille Martin/ }),
  ).toContainText('Standard Suite')
})

test('a file saved by French Excel with country and offer names, and English headers, imports', async ({ page }) => {
  const dialog = await openImport(page)
  const rows = [
    'First name;Last name;User name;Domain;Usage location;Licence',
    'Nadia;Ben Amar;nadia.benamar;transports-lemoine.fr;FRANCE;Deskless Worker Suite',
    'Jan;Vos;jan.vos;transports-lemoine.fr;Pays-Bas;No licence',
  ]
  await dialog.getByLabel('CSV file').setInputFiles({
    name: 'excel.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${rows.join('\r\n')}`),
  })
  await dialog.getByRole('button', { name: 'Import the users' }).click()
  await closeHandover(page)
  await expect(page.getByText('2 users imported.')).toBeVisible()
  await expect(page.getByText('132 of 140 Deskless Worker Suite licences assigned, 8 left')).toBeVisible()
})

test('Excel’s Unicode text (UTF-16 with its mark) is read; without the mark it is refused with the way out', async ({
  page,
}) => {
  const dialog = await openImport(page)
  const text =
    'Prénom\tNom\tNom d’utilisateur\tDomaine\tPays\tLicence\r\nLéa\tMorel\tlea.morel\ttransports-lemoine.fr\tFR\t\r\n'
  await dialog
    .getByLabel('CSV file')
    .setInputFiles({ name: 'unicode.txt', mimeType: 'text/plain', buffer: utf16le(text, false) })
  await dialog.getByRole('button', { name: 'Import the users' }).click()
  await expect(dialog.getByRole('region', { name: 'Rows to fix' })).toContainText(
    'This file is Unicode text (UTF-16) without the mark that says so',
  )

  await dialog
    .getByLabel('CSV file')
    .setInputFiles({ name: 'unicode.txt', mimeType: 'text/plain', buffer: utf16le(text) })
  await dialog.getByRole('button', { name: 'Import the users' }).click()
  await closeHandover(page)
  await expect(page.getByText('1 user imported.')).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search users' }).fill('Léa Morel')
  await expect(
    page.getByRole('region', { name: 'List of users' }).getByRole('button', { name: 'Léa Morel' }),
  ).toBeVisible()
})

test('a country or an offer the import can’t place is named on its row, in the screens’ words', async ({ page }) => {
  const dialog = await openImport(page)
  await dialog.getByLabel('CSV file').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'First name,Last name,User name,Domain,Usage location,Licence\nA,B,a.b,transports-lemoine.fr,Atlantis,Premium\n',
    ),
  })
  await dialog.getByRole('button', { name: 'Import the users' }).click()
  const row = dialog.getByRole('region', { name: 'Rows to fix' })
  await expect(row).toContainText(
    '“ATLANTIS” is not a country: write its name or its two-letter code, such as France or FR.',
  )
  await expect(row).toContainText(
    '“Premium” is not an offer: write its name as the console shows it, such as Standard Suite',
  )
})

/** A CSV of `rows` valid-looking users, about 60 bytes a row. */
function bigCsv(rows: number): Buffer {
  const lines = ['firstName,lastName,alias,domain,usageLocation,licence']
  for (let i = 0; i < rows; i++) lines.push(`Prénom${i},Nom${i},user.${i},transports-lemoine.fr,FR,`)
  return Buffer.from(lines.join('\r\n'))
}

test('a file over the size cap is refused at once, from its size, before it is read', async ({ page }) => {
  const dialog = await openImport(page)
  await dialog.getByLabel('CSV file').setInputFiles({
    name: 'huge.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(16_500_000, 'a'),
  })
  await dialog.getByRole('button', { name: 'Import the users' }).click()
  await expect(dialog.getByRole('region', { name: 'Rows to fix' })).toContainText(
    'This file is over 16 MB, more than 10,000 users take',
  )
})

test('a 10 MB file is checked off the page’s thread, with its progress, never freezing the page, and can be stopped', async ({
  page,
}) => {
  const dialog = await openImport(page)
  const file = bigCsv(170_000)
  expect(file.length).toBeGreaterThan(10_000_000)
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: file })

  // Stop first, on a slow device: the checking worker's script is held until Stop is clicked, so the
  // click never races a check that an idle machine finishes in under a second.
  let release = () => {}
  let workerAsked = false
  const held = new Promise<void>(resolve => (release = resolve))
  await page.route('**/usersCsv.worker-*.js', async route => {
    workerAsked = true
    await held
    await route.continue().catch(() => {})
  })
  await dialog.getByRole('button', { name: 'Import the users' }).click()
  await expect(dialog.getByRole('status').filter({ hasText: /Reading|Checking/ })).toBeVisible()
  await dialog.getByRole('button', { name: 'Stop' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Stopped: the file was not imported, nothing changed.')
  await expect(dialog.getByRole('status')).toBeHidden()
  expect(workerAsked).toBe(true)
  release()
  await page.unroute('**/usersCsv.worker-*.js')
  await expect(page.getByText('131 of 140 Deskless Worker Suite licences assigned, 9 left')).toBeVisible()

  await page.evaluate(() => {
    const longest = ((window as { longestTask?: number }).longestTask = 0)
    void longest
    new PerformanceObserver(list => {
      for (const entry of list.getEntries())
        (window as { longestTask?: number }).longestTask = Math.max(
          (window as { longestTask?: number }).longestTask ?? 0,
          entry.duration,
        )
    }).observe({ type: 'longtask', buffered: false })
  })
  // From the click on: handing the file to the page is Playwright's doing, not the console's.
  await page.evaluate(() => ((window as { longestTask?: number }).longestTask = 0))
  await dialog.getByRole('button', { name: 'Import the users' }).click()
  // Too many rows for one import: refused whole, once every row was read off the page's thread.
  await expect(dialog.getByRole('region', { name: 'Rows to fix' })).toContainText(
    'A file can hold at most 10,000 users.',
    {
      timeout: 20_000,
    },
  )
  expect(await page.evaluate(() => (window as { longestTask?: number }).longestTask)).toBeLessThan(100)
})
