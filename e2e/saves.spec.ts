import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { confirmWiderSharing, widenSharing } from './support'

// Saves you can see and take back (UX review M2, M3): each instant save shows in the shell's notification area with
// an Undo that writes the previous value back (and is logged), focus stays on the control that saved, widening
// external sharing asks first, and arrow keys in its radio group save once, when they stop.

const TENANT = 'Boulangerie Dupré & Fils'

function toast(page: Page, text: string | RegExp) {
  return page.getByRole('list', { name: 'Notifications' }).getByRole('listitem').filter({ hasText: text })
}

async function settingEntries(page: Page, text: string) {
  await page.goto('/tenants/tenant-dupre/activity')
  await expect(page.getByRole('status').filter({ hasText: /changes?$/ })).toBeVisible()
  return changes(page, text)
}

/** The tenant activity's changes, one line each ("POP3: On → Off"). */
function changes(page: Page, text: string) {
  return page.getByRole('list', { name: 'What changed' }).getByRole('listitem').filter({ hasText: text })
}

test('a switch says its save in a toast, keeps the focus, and Undo turns it back, logged both ways', async ({
  page,
}) => {
  await page.goto('/tenants/tenant-dupre/exchange')
  const pop3 = page.getByRole('switch', { name: 'POP3' })
  await pop3.focus()
  await page.keyboard.press('Space')
  await expect(toast(page, `POP3 turned off for ${TENANT}`)).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: `POP3 turned off for ${TENANT}` })).toBeAttached()
  await expect(pop3).not.toBeChecked()
  await expect(pop3).toBeFocused()

  await toast(page, 'POP3 turned off').getByRole('button', { name: 'Undo' }).click()
  await expect(toast(page, `Undone: POP3 turned on for ${TENANT}`)).toBeVisible()
  await expect(pop3).toBeChecked()
  // The toast that held the focus went away: the focus went back to the switch.
  await expect(pop3).toBeFocused()

  await expect(await settingEntries(page, 'POP3: On → Off')).toHaveCount(1)
  await expect(changes(page, 'POP3: Off → On')).toHaveCount(1)
})

test('a refused save keeps the focus on what saved it, and says why next to the field', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/exchange')
  const mailbox = page.getByRole('region', { name: 'Mailbox size' })
  await mailbox.getByRole('spinbutton').fill('999999')
  const save = mailbox.getByRole('button', { name: 'Save size' })
  await save.focus()
  await page.keyboard.press('Enter')
  await expect(mailbox.getByRole('spinbutton')).toHaveAttribute('aria-invalid', 'true')
  await expect(save).toBeFocused()
  await expect(page.getByRole('list', { name: 'Notifications' })).toHaveCount(0)
})

test('arrow keys in external sharing move and select; the widest level asks first and saves once', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/sharepoint')
  const sharing = page.getByRole('group', { name: 'External sharing' })
  const off = sharing.getByRole('radio', { name: 'Off: only people in the company' })
  const existing = sharing.getByRole('radio', { name: 'Only external users already in the directory' })
  const everyone = sharing.getByRole('radio', { name: /New and existing external users/ })
  await off.focus()
  await page.keyboard.press('ArrowDown')
  await expect(existing).toBeChecked()
  await expect(existing).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(everyone).toBeChecked()
  await expect(everyone).toBeFocused()

  const dialog = page.getByRole('dialog', { name: `Share more widely outside ${TENANT}?` })
  await expect(dialog).toContainText('goes from “Off: only people in the company” to “New and existing external users')
  await dialog.getByRole('button', { name: 'Widen sharing' }).click()
  await expect(toast(page, /External sharing set to “New and existing external users.*” for Boulangerie/)).toBeVisible()
  await expect(everyone).toBeChecked()
  await expect(everyone).toBeFocused()

  // One save: the level passed on the way was never stored.
  const entries = await settingEntries(page, 'External sharing:')
  await expect(entries).toHaveCount(1)
  await expect(entries).toContainText('Off: only people in the company → New and existing external users')
})

test('declining to widen sharing leaves it as it was, focus on the stored level, nothing logged', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/sharepoint')
  const sharing = page.getByRole('group', { name: 'External sharing' })
  const off = sharing.getByRole('radio', { name: 'Off: only people in the company' })
  await sharing.getByRole('radio', { name: 'Only external users already in the directory' }).click()
  const dialog = page.getByRole('dialog', { name: /Share more widely/ })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(off).toBeChecked()
  await expect(off).toBeFocused()
  await expect(await settingEntries(page, 'External sharing:')).toHaveCount(0)
})

test('undoing a narrowing of sharing asks again before widening it back', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/sharepoint')
  const sharing = page.getByRole('group', { name: 'External sharing' })
  await widenSharing(page, 'Only external users already in the directory')
  await expect(toast(page, /External sharing set to “Only external/)).toBeVisible()
  await sharing.getByRole('radio', { name: 'Off: only people in the company' }).click()
  await expect(toast(page, /External sharing set to “Off/)).toBeVisible()
  await toast(page, /set to “Off/)
    .getByRole('button', { name: 'Undo' })
    .click()
  await confirmWiderSharing(page)
  await expect(sharing.getByRole('radio', { name: 'Only external users already in the directory' })).toBeChecked()
  await expect(await settingEntries(page, 'External sharing:')).toHaveCount(3)
})

test('changing seats says so with Undo, which puts the seats back and is logged', async ({ page }) => {
  await page.goto('/tenants/tenant-dupre/subscriptions')
  const standard = page.getByRole('region', { name: 'Standard Suite' })
  await standard.getByLabel('Seats bought').fill('15')
  const change = standard.getByRole('button', { name: 'Change seats' })
  await change.focus()
  await page.keyboard.press('Enter')
  await expect(toast(page, `Standard Suite: 15 seats for ${TENANT}`)).toBeVisible()
  await expect(standard).toContainText('11 / 15')
  await expect(change).toBeFocused()

  await toast(page, 'Standard Suite: 15 seats').getByRole('button', { name: 'Undo' }).click()
  await expect(toast(page, `Undone: Standard Suite: 12 seats for ${TENANT}`)).toBeVisible()
  await expect(standard).toContainText('11 / 12')
  await expect(standard.getByLabel('Seats bought')).toHaveValue('12')
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Overview' }).click()
  const recent = page.getByRole('region', { name: 'Recent activity' })
  await expect(recent).toContainText('Standard Suite seats changed from 12 to 15')
  await expect(recent).toContainText('Standard Suite seats changed from 15 to 12')
})

test('saving a quote says so; Undo of an edit puts the quote back as it was', async ({ page }) => {
  await page.goto('/quotes/new')
  await page.getByLabel('Company name').fill('Cabinet Lambert Avocats')
  await page.getByLabel('Employees').fill('45')
  await page.getByRole('checkbox', { name: /Standard Suite/ }).check()
  await page.getByRole('button', { name: 'Save quote' }).click()
  await expect(toast(page, 'Quote for Cabinet Lambert Avocats saved.')).toBeVisible()
  // A new quote had no earlier version to go back to.
  await expect(
    toast(page, 'Quote for Cabinet Lambert Avocats saved.').getByRole('button', { name: 'Undo' }),
  ).toHaveCount(0)
  await toast(page, 'Quote for Cabinet Lambert Avocats').getByRole('button', { name: 'Dismiss' }).click()

  await page.getByLabel('Employees').fill('60')
  const save = page.getByRole('button', { name: 'Save quote' })
  await save.click()
  await expect(toast(page, 'Quote for Cabinet Lambert Avocats saved.')).toBeVisible()
  await expect(save).toBeFocused()
  await toast(page, 'Quote for Cabinet Lambert Avocats saved.').getByRole('button', { name: 'Undo' }).click()
  await expect(toast(page, 'Undone: Quote for Cabinet Lambert Avocats saved.')).toBeVisible()
  await expect(page.getByLabel('Employees')).toHaveValue('45')
  await page.reload()
  await expect(page.getByLabel('Employees')).toHaveValue('45')
})

test("a user's service switch says its save, keeps the focus, and Undo turns it back", async ({ page }) => {
  await page.goto('/tenants/tenant-lemoine/users')
  await page.getByRole('searchbox', { name: 'Search users' }).fill('Sébastien Lemoine')
  await page.getByRole('region', { name: 'List of users' }).getByRole('button', { name: 'Sébastien Lemoine' }).click()
  const detail = page.getByRole('region', { name: 'Sébastien Lemoine' })
  const sharePoint = detail.getByRole('switch', { name: 'SharePoint Online' })
  await expect(sharePoint).toBeChecked()
  await sharePoint.focus()
  await page.keyboard.press('Space')
  await expect(toast(page, 'SharePoint Online turned off for Sébastien Lemoine')).toBeVisible()
  await expect(sharePoint).not.toBeChecked()
  await expect(sharePoint).toBeFocused()
  await toast(page, 'SharePoint Online turned off').getByRole('button', { name: 'Undo' }).click()
  await expect(toast(page, 'Undone: SharePoint Online turned on for Sébastien Lemoine')).toBeVisible()
  await expect(sharePoint).toBeChecked()
  await expect(sharePoint).toBeFocused()
})

test("a user's mailbox switch and size say their save, and Undo puts each back", async ({ page }) => {
  await page.goto('/tenants/tenant-lemoine/users')
  await page.getByRole('searchbox', { name: 'Search users' }).fill('Sébastien Lemoine')
  await page.getByRole('region', { name: 'List of users' }).getByRole('button', { name: 'Sébastien Lemoine' }).click()
  const mailbox = page.getByRole('region', { name: 'Sébastien Lemoine' }).getByRole('region', { name: 'Mailbox' })
  const imap = mailbox.getByRole('switch', { name: 'IMAP4' })
  await expect(imap).toBeChecked()
  await imap.focus()
  await page.keyboard.press('Space')
  await expect(toast(page, 'IMAP4 turned off for Sébastien Lemoine')).toBeVisible()
  await expect(imap).toBeFocused()
  await toast(page, 'IMAP4 turned off').getByRole('button', { name: 'Undo' }).click()
  await expect(toast(page, 'Undone: IMAP4 turned on for Sébastien Lemoine')).toBeVisible()
  await expect(imap).toBeChecked()

  await mailbox.getByLabel('Mailbox size (MB)').fill('2048')
  await mailbox.getByRole('button', { name: 'Save the size' }).click()
  await expect(toast(page, 'Mailbox size set to 2 GB for Sébastien Lemoine')).toBeVisible()
  await toast(page, 'Mailbox size set to').getByRole('button', { name: 'Undo' }).click()
  await expect(toast(page, 'Undone: Mailbox size back to the tenant default for Sébastien Lemoine')).toBeVisible()
  await expect(mailbox.getByLabel('Mailbox size (MB)')).toHaveValue('')
})
