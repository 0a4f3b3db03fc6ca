import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

/**
 * Two tabs of one browser on the same demo data (reliability review H1): a save from a form opened
 * before the other tab saved is refused and writes nothing; what a tab shows follows the other's writes.
 */

async function openUser(page: Page, name: string) {
  await page.getByRole('searchbox', { name: 'Search users' }).fill(name)
  await page.getByRole('region', { name: 'List of users' }).getByRole('button', { name }).click()
  return page.getByRole('region', { name })
}

test("a user's edit form opened before another tab saved is refused, and keeps the other tab's change", async ({
  context,
}) => {
  const [a, b] = [await context.newPage(), await context.newPage()]
  for (const page of [a, b]) await page.goto('/tenants/tenant-dupre/users')
  const [inA, inB] = [await openUser(a, 'Nicolas Barbier'), await openUser(b, 'Nicolas Barbier')]
  await inA.getByRole('button', { name: 'Edit' }).click()
  await inB.getByRole('button', { name: 'Edit' }).click()
  const formA = a.getByRole('dialog', { name: 'Edit Nicolas Barbier' })
  const formB = b.getByRole('dialog', { name: 'Edit Nicolas Barbier' })

  await formA.getByLabel('First name').fill('Nicolas-Tab-A')
  await formA.getByRole('button', { name: 'Save' }).click()
  await expect(formA).toBeHidden()

  // Tab B's form still says "Nicolas": its save would put the old first name back.
  await expect(formB.getByLabel('First name')).toHaveValue('Nicolas')
  await formB.getByLabel('Licence').selectOption({ label: 'No licence' })
  await formB.getByRole('button', { name: 'Save' }).click()
  await expect(formB.getByRole('alert')).toHaveText(
    'Someone changed this elsewhere since you opened it. Reload the page, then make your change again.',
  )
  await formB.getByRole('button', { name: 'Cancel' }).click()

  // Nothing of B's was written: A's first name stands, and the licence is still held.
  await b.reload()
  const reread = await openUser(b, 'Nicolas-Tab-A Barbier')
  await expect(reread).toContainText('Standard Suite')
})

test('a switch turned in one tab shows in the other without a reload', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()]
  for (const page of [a, b]) await page.goto('/tenants/tenant-dupre/communications')
  await expect(b.getByRole('switch', { name: 'External federation' })).not.toBeChecked()
  await a.getByRole('switch', { name: 'External federation' }).check()
  await expect(b.getByRole('switch', { name: 'External federation' })).toBeChecked()
})

test("a price typed over a list another tab saved since is refused; an untouched form follows that tab's save", async ({
  context,
}) => {
  const [a, b] = [await context.newPage(), await context.newPage()]
  for (const page of [a, b]) await page.goto('/settings')
  const [cardA, cardB] = [a, b].map(page => page.getByRole('region', { name: 'Price list' }))
  const standardIn = (card: typeof cardA) => card!.getByLabel('Standard Suite', { exact: true })
  await expect(standardIn(cardB!)).toHaveValue('10.00')

  await standardIn(cardA!).fill('12.00')
  await cardA!.getByRole('button', { name: 'Save prices' }).click()
  await expect(cardA!.getByRole('status')).toHaveText('The price list is saved.')

  // B was not being edited: it shows A's price. Then B types over it from an older reading…
  await expect(standardIn(cardB!)).toHaveValue('12.00')
  await standardIn(cardB!).fill('13.00')
  await standardIn(cardA!).fill('14.00')
  await cardA!.getByRole('button', { name: 'Save prices' }).click()
  await expect(standardIn(cardA!)).toHaveValue('14.00')
  // …and B, mid-edit, keeps what is typed, but its save can't put its price over A's newer one.
  await expect(standardIn(cardB!)).toHaveValue('13.00')
  await cardB!.getByRole('button', { name: 'Save prices' }).click()
  await expect(cardB!.getByText(/Someone changed this elsewhere since you opened it/)).toBeVisible()
  await b.reload()
  await expect(standardIn(b.getByRole('region', { name: 'Price list' }))).toHaveValue('14.00')
})

test("a quote typed over one another tab saved since is refused; an untouched builder follows that tab's save", async ({
  context,
}) => {
  const [a, b] = [await context.newPage(), await context.newPage()]
  for (const page of [a, b]) {
    await page.goto('/quotes')
    await page.getByRole('link', { name: 'Cabinet Morel Architectes' }).click()
    await expect(page.getByLabel('Contact name')).not.toHaveValue('')
  }

  await a.getByLabel('Contact name').fill('Hélène Morel')
  await a.getByRole('button', { name: 'Save quote' }).click()
  await expect(a.getByRole('status').filter({ hasText: 'saved' })).toBeVisible()
  // B was not being edited: it shows A's contact. Then B types over it while A saves again…
  await expect(b.getByLabel('Contact name')).toHaveValue('Hélène Morel')
  await b.getByLabel('Employees').fill('48')
  await a.getByLabel('Contact name').fill('Paul Morel')
  await a.getByRole('button', { name: 'Save quote' }).click()
  await expect(a.getByRole('status').filter({ hasText: 'saved' }).first()).toBeVisible()

  // …and B, mid-edit, keeps what it typed, but its save can't put the older contact back over A's.
  await expect(b.getByLabel('Contact name')).toHaveValue('Hélène Morel')
  await b.getByRole('button', { name: 'Save quote' }).click()
  await expect(b.getByText(/Someone changed this elsewhere since you opened it/)).toBeVisible()
  await expect(b.getByLabel('Employees')).toHaveValue('48')
  await b.getByRole('link', { name: 'All quotes' }).click()
  await b
    .getByRole('dialog', { name: 'Leave this page?' })
    .getByRole('button', { name: 'Leave without saving' })
    .click()
  await b.getByRole('link', { name: 'Cabinet Morel Architectes' }).click()
  await expect(b.getByLabel('Contact name')).toHaveValue('Paul Morel')
  await expect(b.getByLabel('Employees')).toHaveValue('45')
})

test('the partner identity typed over one another tab saved since is refused, and the newer one stands', async ({
  context,
}) => {
  const [a, b] = [await context.newPage(), await context.newPage()]
  for (const page of [a, b]) await page.goto('/settings')
  const [cardA, cardB] = [a, b].map(page => page.getByRole('region', { name: 'Your company on proposals' }))
  await expect(cardB!.getByLabel('Phone')).not.toHaveValue('')

  await cardB!.getByLabel('Phone').fill('+33 4 76 22 22 22')
  await cardA!.getByLabel('Phone').fill('+33 4 76 11 11 11')
  await cardA!.getByRole('button', { name: 'Save the identity' }).click()
  await expect(cardA!.getByText('Your identity is saved: proposals print it from now on.')).toBeVisible()

  // B's typing is kept on screen, but its save would put its phone over A's newer identity.
  await expect(cardB!.getByLabel('Phone')).toHaveValue('+33 4 76 22 22 22')
  await cardB!.getByRole('button', { name: 'Save the identity' }).click()
  await expect(cardB!.getByText(/Someone changed this elsewhere since you opened it/)).toBeVisible()
  await b.reload()
  await expect(b.getByRole('region', { name: 'Your company on proposals' }).getByLabel('Phone')).toHaveValue(
    '+33 4 76 11 11 11',
  )
})
