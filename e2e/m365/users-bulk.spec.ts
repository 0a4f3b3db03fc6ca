import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { tenantTable } from '../support'
import { CLIENT_TENANTS } from '../../test-world/directory'
import { graphControl } from '../../test-world/graph/controlClient'
import { GRAPH_ORIGIN } from '../../test-world/ports'
import { prepareMicrosoft365Page, signInFromStartPage } from './support'

/** Bulk user actions on Microsoft 365: user by user through Graph, said before and reported per user after. */

const graph = graphControl(GRAPH_ORIGIN)
const [standard] = CLIENT_TENANTS

function userRow(page: Page, n: number) {
  return page
    .getByRole('region', { name: 'List of users' })
    .getByRole('row')
    .nth(n + 1)
}

test('resetting two users’ passwords patches each through Graph and hands both over once', async ({ page }) => {
  await prepareMicrosoft365Page(page)
  await page.goto('/')
  await signInFromStartPage(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Tenants' }).click()
  await tenantTable(page).getByRole('link', { name: standard.displayName }).click()
  await page.getByRole('navigation', { name: 'Tenant sections' }).getByRole('link', { name: 'Users' }).click()

  await userRow(page, 0).getByRole('checkbox').click()
  await userRow(page, 1)
    .getByRole('checkbox')
    .click({ modifiers: ['Shift'] })
  const names = [
    await userRow(page, 0).getByRole('button').innerText(),
    await userRow(page, 1).getByRole('button').innerText(),
  ]
  const mark = (await graph.requests()).length

  await page.getByRole('button', { name: 'Reset passwords…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Reset the passwords of 2 users' })
  await expect(dialog).toContainText('On Microsoft 365 the users are changed one at a time')
  await dialog.getByRole('button', { name: 'Reset the passwords' }).click()

  const handover = page.getByRole('dialog', { name: 'Temporary passwords' })
  await expect(handover).toContainText('2 passwords were reset.')
  for (const name of names) await expect(handover.getByRole('row', { name: new RegExp(name.trim()) })).toBeVisible()
  const patches = (await graph.requests())
    .slice(mark)
    .filter(r => r.tenantId === standard.id && r.method === 'PATCH' && /\/users\//.test(r.path))
  expect(patches).toHaveLength(2)
  await handover.getByRole('button', { name: 'Download as a CSV file' }).click()
  await handover.getByRole('button', { name: 'Done: forget the passwords' }).click()
  await expect(handover).toBeHidden()
})
