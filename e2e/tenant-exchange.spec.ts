import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support'

test('turning ActiveSync off on a Standard Suite tenant survives a reload and shows in its Activity', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-dupre')
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Exchange' }).click()
  const activeSync = page.getByRole('switch', { name: 'Exchange ActiveSync (mobile)' })
  await expect(activeSync).toBeChecked()
  await activeSync.uncheck()
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Exchange ActiveSync (mobile) turned off for Boulangerie Dupré & Fils' }),
  ).toBeAttached()
  await page.reload()
  await expect(page.getByRole('switch', { name: 'Exchange ActiveSync (mobile)' })).not.toBeChecked()
  await expect(page.getByRole('switch', { name: 'POP3' })).toBeChecked()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Overview' }).click()
  await expect(page.getByRole('region', { name: 'Recent activity' }).getByRole('listitem').first()).toContainText(
    'Console settings changed',
  )
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Activity' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Console settings changed' }).first()).toContainText(
    'Exchange ActiveSync (mobile): On → Off',
  )
})

test('a default mailbox size above what the offers allow is refused with the limit, next to the field', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-dupre/exchange')
  const mailbox = page.getByRole('region', { name: 'Mailbox size' })
  const size = mailbox.getByLabel('Default mailbox size (MB)')
  await expect(size).toHaveValue('5120')
  await expect(mailbox).toContainText('from 250 MB to 25 GB (25,600 MB)')
  await size.fill('30000')
  await mailbox.getByRole('button', { name: 'Save size' }).click()
  await expect(size).toHaveAttribute('aria-invalid', 'true')
  await expect(size).toHaveAccessibleDescription(/This tenant's offers allow mailboxes of at most 25,600 MB\./)
  await expect(mailbox).toContainText('New mailboxes get 5 GB now.')

  await size.fill('10240')
  await mailbox.getByRole('button', { name: 'Save size' }).click()
  await expect(mailbox).toContainText('New mailboxes get 10 GB now.')
  await expect(size).not.toHaveAttribute('aria-invalid', 'true')
  await page.reload()
  await expect(page.getByLabel('Default mailbox size (MB)')).toHaveValue('10240')
})

test('a bad sender is refused next to its field and nothing is added; a good one is added in lower case and removed', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-dupre/exchange')
  const safe = page.getByRole('region', { name: 'Safe senders' })
  const entries = safe.getByRole('listitem')
  await expect(entries).toHaveCount(2)
  const field = safe.getByLabel('Add a safe sender')

  await field.fill('minoterie girard')
  await safe.getByRole('button', { name: 'Add' }).click()
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(field).toHaveAccessibleDescription(
    /Enter a domain like company\.fr, or an address like name@company\.fr\./,
  )
  await expect(entries).toHaveCount(2)

  // A sender already blocked can't be safe too.
  await field.fill('promo-fournil-discount.biz')
  await safe.getByRole('button', { name: 'Add' }).click()
  await expect(field).toHaveAccessibleDescription(
    /promo-fournil-discount\.biz is on the other list: remove it there first\./,
  )
  await expect(entries).toHaveCount(2)

  await field.fill('Factures@Cabinet-Roux.FR')
  await safe.getByRole('button', { name: 'Add' }).click()
  await expect(entries.filter({ hasText: 'factures@cabinet-roux.fr' })).toHaveCount(1)
  await expect(field).toHaveValue('')
  await expect(field).not.toHaveAttribute('aria-invalid', 'true')
  // The blocked list, beside it, shows no error for what was typed in the safe list.
  await expect(
    page.getByRole('region', { name: 'Blocked senders' }).getByLabel('Add a blocked sender'),
  ).not.toHaveAttribute('aria-invalid', 'true')

  await safe.getByRole('button', { name: 'Remove factures@cabinet-roux.fr' }).click()
  await expect(entries).toHaveCount(2)
})

test('a distribution list and a mail contact are created, refused when their address is taken, and deleted after confirmation', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-dupre/exchange')
  const lists = page.getByRole('region', { name: 'Distribution lists' })
  await lists.getByLabel('Display name').fill('Vendeuses')
  await lists.getByLabel('Alias').fill('fournil')
  await lists.getByRole('button', { name: 'Create list' }).click()
  await expect(lists.getByLabel('Alias')).toHaveAccessibleDescription(
    /fournil is already used by a list or a mailbox of this tenant/,
  )
  await lists.getByLabel('Alias').fill('Vente')
  await expect(lists.getByText("The list's address will be vente@dupre-boulangerie.fr.")).toBeVisible()
  // Members are the tenant's users, found by name without accents.
  const members = lists.getByRole('group', { name: 'Members' })
  await members.getByLabel('Find users').fill('aurelie')
  await members.getByRole('checkbox', { name: /Aurélie Garcia/ }).check()
  await members.getByLabel('Find users').fill('pauline')
  await members.getByRole('checkbox', { name: /Pauline Marchand/ }).check()
  await expect(members).toContainText('2 members chosen')
  await lists.getByRole('button', { name: 'Create list' }).click()
  const row = lists.getByRole('row', { name: /Vendeuses/ })
  await expect(row).toContainText('vente@dupre-boulangerie.fr')
  await expect(row.getByRole('cell').nth(1)).toHaveText('2')
  await expect(
    lists
      .getByRole('row', { name: /Équipe du fournil/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('5')
  await expect(lists.getByLabel('Display name')).toHaveValue('')
  await expect(members).toContainText('No member chosen')

  const contacts = page.getByRole('region', { name: 'Mail contacts' })
  await contacts.getByLabel('Display name').fill('Cabinet Roux, expert-comptable')
  await contacts.getByLabel('External e-mail address').fill('marc@dupre-boulangerie.fr')
  await contacts.getByRole('button', { name: 'Add contact' }).click()
  await expect(contacts.getByLabel('External e-mail address')).toHaveAccessibleDescription(
    /dupre-boulangerie\.fr is one of this tenant's own domains/,
  )
  await contacts.getByLabel('External e-mail address').fill('compta@cabinet-roux.fr')
  await contacts.getByRole('button', { name: 'Add contact' }).click()
  await expect(contacts.getByRole('row', { name: /Cabinet Roux, expert-comptable/ })).toContainText(
    'compta@cabinet-roux.fr',
  )

  await page.reload()
  await row.getByRole('button', { name: 'Delete Vendeuses' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete this distribution list?' })
  await expect(dialog).toContainText(
    'Mail sent to vente@dupre-boulangerie.fr will no longer reach the members of Vendeuses.',
  )
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(row).toBeVisible()
  await row.getByRole('button', { name: 'Delete Vendeuses' }).click()
  await dialog.getByRole('button', { name: 'Delete list' }).click()
  await expect(row).toHaveCount(0)

  await contacts.getByRole('button', { name: 'Delete Cabinet Roux, expert-comptable' }).click()
  await page
    .getByRole('dialog', { name: 'Delete this mail contact?' })
    .getByRole('button', { name: 'Delete contact' })
    .click()
  await expect(contacts.getByRole('row', { name: /Cabinet Roux/ })).toHaveCount(0)
})

test('a mixed Standard and Deskless tenant says Deskless mailboxes keep their size and Outlook Web Access only', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-lemoine/exchange')
  await expect(page.getByRole('region', { name: 'Mailbox size' })).toContainText(
    'Deskless Worker mailboxes stay at 500 MB and Outlook Web Access only',
  )
  await expect(page.getByRole('main').getByRole('switch')).toHaveCount(6)
  await expect(
    page.getByRole('region', { name: 'Distribution lists' }).getByRole('row', { name: /Chauffeurs/ }),
  ).toContainText('chauffeurs@transports-lemoine.fr')
})

test('stand-alone Exchange Online carries every Exchange setting, with no Deskless note', async ({ page }) => {
  await page.goto('/tenants/tenant-saint-gilles/exchange')
  await expect(page.getByRole('main').getByRole('switch')).toHaveCount(6)
  await expect(page.getByRole('region', { name: 'Safe senders' }).getByText('No safe sender.')).toBeVisible()
  await expect(page.getByText('Deskless Worker mailboxes')).toHaveCount(0)
})

test('the Exchange tab has no serious accessibility violations, nor its delete dialog', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/exchange')
  await expect(
    page.getByRole('region', { name: 'Mail contacts' }).getByRole('row', { name: /Minoterie Girard/ }),
  ).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Delete Équipe du fournil' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoSeriousA11yViolations(page)
})

test('a mail contact deleted in another tab, then deleted here, says it no longer exists and leaves the list', async ({
  page,
  context,
}) => {
  await page.goto('/tenants/tenant-dupre/exchange')
  const contacts = page.getByRole('region', { name: 'Mail contacts' })
  const row = contacts.getByRole('row', { name: /Minoterie Girard/ })
  await expect(row).toBeVisible()
  // This tab asks first; the other deletes while the question is open.
  await row.getByRole('button', { name: 'Delete Minoterie Girard (commandes)' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete this mail contact?' })

  const other = await context.newPage()
  await other.goto('/tenants/tenant-dupre/exchange')
  const otherContacts = other.getByRole('region', { name: 'Mail contacts' })
  await otherContacts.getByRole('button', { name: 'Delete Minoterie Girard (commandes)' }).click()
  await other
    .getByRole('dialog', { name: 'Delete this mail contact?' })
    .getByRole('button', { name: 'Delete contact' })
    .click()
  await expect(otherContacts.getByRole('row', { name: /Minoterie Girard/ })).toHaveCount(0)
  await other.close()

  await confirm.getByRole('button', { name: 'Delete contact' }).click()
  await expect(contacts.getByRole('alert')).toHaveText(
    "It couldn't be deleted. It no longer exists: it was removed elsewhere since you opened it.",
  )
  await expect(row).toHaveCount(0)
})
