import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BackupToolsPage } from './pages/admin-tools-pages'
import { SignInPage } from './pages/auth-pages'
import { ShellPage } from './pages/shell-page'
import { checkPage, launchBrowser, openPage } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import type { PageGlobals } from './support/page-globals'
import { PASSWORD, setUpOrganisation, signInAs } from './support/people-setup'

const SLOW = { timeout: 60_000 }
const RENAMED = 'Renamed After The Backup'
const ORIGINAL = 'Calder Valley Peer Support'

/** The organisation name in the data file the page is signed in to: says which data is open. */
async function organisationName(page: Page): Promise<string> {
  const result = await page.evaluate(() =>
    (globalThis as unknown as PageGlobals).casebook.call('settings.get', {}),
  )
  if (!result.ok) throw new Error(result.error.message)
  return result.value.organisationName
}

describe('switching to a restored file, and opening another data file at sign-in', () => {
  let browser: Browser
  let harness: Harness
  let backup: string
  let keptAs: string

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    const call = await setUpOrganisation(harness, [])
    backup = join(harness.dataDir, 'before-rename.cbk')
    await call('backup.create', { file: backup })
    await call('settings.update', { organisationName: RENAMED })
    // Nobody stays signed in through the API: the switch and the sign-in screen are the page's.
    await call('auth.signOut', {})
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('restores a backup, switches to it after saying what happens to the current file, and signs in to the restored data', async () => {
    const admin = await signInAs(browser, harness, 'rowan')
    const { page } = admin
    expect(await organisationName(page)).toBe(RENAMED)
    await new ShellPage(page).open('/admin/settings')
    const tools = new BackupToolsPage(page)
    const to = join(harness.dataDir, 'casebook-restored.db')
    const confirmRestore = await tools.restore(backup, to)
    await confirmRestore.getByRole('button', { name: 'Restore to the new file' }).click()
    await tools.restoreResult().waitFor(SLOW)

    await tools
      .restoreResult()
      .getByRole('button', { name: 'Switch to this restored file…' })
      .click()
    const confirm = page.getByRole('dialog', { name: 'Switch to the restored file?' })
    const dataFile = join(harness.dataDir, 'casebook.db')
    const question = await confirm.innerText()
    expect(question).toContain(`The data file in use now, ${dataFile}, is kept beside it`)
    expect(question).toMatch(/casebook-before-restore-\d{4}-\d\d-\d\dT\d{4}\.db/)
    expect(question).toContain('Nothing is deleted')
    expect(question).toContain('Everyone signed in is signed out')
    await checkPage(admin, '110-switch-confirm')
    await confirm.getByRole('button', { name: 'Switch and sign everyone out' }).click()

    const signIn = new SignInPage(page)
    await signIn.heading().waitFor(SLOW)
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Casebook now uses the restored data' })
    await notice.waitFor()
    const said = await notice.innerText()
    keptAs = join(
      harness.dataDir,
      readdirSync(harness.dataDir).find((n) => /^casebook-before-restore-.*\.db$/.test(n))!,
    )
    expect(said).toContain(`kept, unchanged, as ${keptAs}`)
    expect(existsSync(`${keptAs}.keyring`) && existsSync(`${keptAs}.anchor`)).toBe(true)
    expect(existsSync(to)).toBe(false)
    await checkPage(admin, '111-signed-out-after-switch')

    await signIn.signIn('rowan', PASSWORD)
    await new ShellPage(page).navigation().waitFor(SLOW)
    expect(await organisationName(page)).toBe(ORIGINAL)
    await new ShellPage(page).userMenu('Rowan Pike', 'Sign out')
    await signIn.heading().waitFor()
    expect(admin.problems).toEqual([])
    await admin.context.close()
  })

  it('opens another data file from the sign-in screen, refusing one that is not Casebook’s', async () => {
    const visitor = await openPage(browser, harness.url)
    const { page } = visitor
    const signIn = new SignInPage(page)
    await signIn.heading().waitFor()
    const inUse = page.getByTestId('data-file-in-use')
    expect(await inUse.innerText()).toBe(`Data file: ${join(harness.dataDir, 'casebook.db')}`)

    await page.getByRole('button', { name: 'Open another data file…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Open another data file' })
    await dialog.getByRole('textbox', { name: 'Data file' }).fill(backup)
    await dialog.getByRole('button', { name: 'Open this data file' }).click()
    await dialog
      .getByRole('alert')
      .filter({ hasText: `${backup} is not a Casebook data file` })
      .waitFor(SLOW)
    await checkPage(visitor, '112-open-data-file-refused')

    await dialog.getByRole('textbox', { name: 'Data file' }).fill(keptAs)
    await dialog.getByRole('button', { name: 'Open this data file' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Casebook now uses ${keptAs}` })
      .waitFor(SLOW)
    await expect.poll(() => inUse.innerText()).toBe(`Data file: ${keptAs}`)
    await checkPage(visitor, '113-other-data-file-open')

    await signIn.signIn('rowan', PASSWORD)
    await new ShellPage(page).navigation().waitFor(SLOW)
    expect(await organisationName(page)).toBe(RENAMED)
    expect(visitor.problems).toEqual([])
    await visitor.context.close()
  })
})
