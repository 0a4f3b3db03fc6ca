import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { CLIENT_TENANTS } from '../../test-world/directory'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

/**
 * Graph's user update takes no If-Match, so two technicians on one user would each write over the
 * other: the console refuses a save from a form filled before the other's (integrity review H1).
 */

const [standard] = CLIENT_TENANTS
const usersOf = `/tenants/${standard!.id}/users`

function firstUser(page: Page) {
  return page.getByRole('region', { name: 'List of users' }).getByRole('row').nth(1).getByRole('button')
}

async function editForm(page: Page, name: string) {
  await page.getByRole('region', { name: 'List of users' }).getByRole('button', { name, exact: true }).click()
  await page.getByRole('region', { name }).getByRole('button', { name: 'Edit' }).click()
  return page.getByRole('dialog', { name: `Edit ${name}` })
}

test("a user's form filled before another technician saved is refused, and Graph keeps the other's change", async ({
  context,
  page: a,
}) => {
  await prepareMicrosoft365Page(a)
  await a.goto('/')
  await signInFromStartPage(a)
  await a.goto(usersOf)
  const name = await firstUser(a).innerText()
  const [firstName, lastName] = name.split(' ')
  // The same browser's second tab signs in silently: two technicians, as far as Graph can tell.
  const b = await context.newPage()
  await prepareMicrosoft365Page(b)
  await b.goto(usersOf)
  const [formA, formB] = [await editForm(a, name), await editForm(b, name)]

  await formA.getByLabel('First name').fill(`${firstName}-A`)
  await formA.getByRole('button', { name: 'Save' }).click()
  await expect(formA).toBeHidden()

  await expect(formB.getByLabel('First name')).toHaveValue(firstName!)
  await formB.getByLabel('Last name').fill(`${lastName}-B`)
  await formB.getByRole('button', { name: 'Save' }).click()
  await expect(formB.getByRole('alert')).toHaveText(
    'Someone changed this elsewhere since you opened it. Reload the page, then make your change again.',
  )

  await b.reload()
  const list = b.getByRole('region', { name: 'List of users' })
  await expect(list.getByRole('button', { name: `${firstName}-A ${lastName}`, exact: true })).toBeVisible()
  await expect(list.getByText(`${lastName}-B`)).toHaveCount(0)
})
