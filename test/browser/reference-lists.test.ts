import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SettingsPage, UsersPage } from './pages/admin-pages'
import { openAdminPage } from './pages/admin-tools-pages'
import { ShellPage } from './pages/shell-page'
import { launchBrowser } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { FIRST, setUpOrganisation, signInAs } from './support/people-setup'

const POLL = { timeout: 15_000 }

async function optionsOf(page: Page, label: string): Promise<string[]> {
  const select = page.getByLabel(label, { exact: true })
  await select.waitFor(POLL)
  return (await select.locator('option').allInnerTexts()).map((s) => s.trim())
}

describe('the short lists people forms pick from follow changes made in Admin', () => {
  let browser: Browser
  let harness: Harness

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    await setUpOrganisation(harness, [])
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('a user added, and a council saved, show at once in the key worker filter and the council picker', async () => {
    const admin = await signInAs(browser, harness, 'rowan')
    const { page } = admin
    const shell = new ShellPage(page)
    // Both lists are loaded (and kept for a few minutes) before anything changes.
    await expect.poll(() => optionsOf(page, 'Key worker'), POLL).toContain('Rowan Pike')
    expect(await optionsOf(page, 'Key worker')).not.toContain('Nadia Brook')
    await shell.open('/people/new')
    await expect.poll(() => optionsOf(page, 'Council'), POLL).toContain('Calderdale Council')
    expect(await optionsOf(page, 'Council')).not.toContain('Kirklees Council')

    await shell.goTo('Admin')
    const users = new UsersPage(page)
    await users.heading().waitFor(POLL)
    const dialog = await users.addUser({
      username: 'nadia',
      displayName: 'Nadia Brook',
      roleLabel: 'Independent living adviser',
      password: FIRST,
    })
    await dialog.getByRole('button', { name: 'Add user' }).click()
    await users.row('nadia').waitFor(POLL)

    await openAdminPage(page, 'Settings')
    await new SettingsPage(page).heading().waitFor(POLL)
    await page.getByRole('button', { name: 'Add another council' }).click()
    const second = page.getByRole('group', { name: 'Council 2' })
    await second.getByLabel('Council name').fill('Kirklees Council')
    await second.getByLabel('ONS code').fill('E08000034')
    await page.getByRole('button', { name: 'Save organisation details' }).click()
    await page.getByText('Organisation details saved.').waitFor(POLL)

    await shell.goTo('People')
    await expect.poll(() => optionsOf(page, 'Key worker'), POLL).toContain('Nadia Brook')
    await shell.open('/people/new')
    await expect.poll(() => optionsOf(page, 'Council'), POLL).toContain('Kirklees Council')
    expect(admin.problems).toEqual([])
    await admin.context.close()
  })
})
