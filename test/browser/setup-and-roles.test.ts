import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LockPage, ChangePasswordPage, SignInPage } from './pages/auth-pages'
import { SettingsPage, UsersPage } from './pages/admin-pages'
import { SetupWizardPage } from './pages/setup-wizard-page'
import { ShellPage } from './pages/shell-page'
import { SecondFactorSetupPage, setUpAuthenticator } from './pages/two-step-pages'
import { checkPage, launchBrowser, openPage } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import type { PageGlobals } from './support/page-globals'

const PASSWORD = 'correct horse battery staple 42'
const FIRST_PASSWORD = 'purple elephants dance quietly 7'
const ADVISER_PASSWORD = 'seven lanterns drift over kirklees'
const ADMIN = { username: 'quentin.admin', displayName: 'Quentin Marchbanks', password: PASSWORD }
const POLL = { timeout: 15_000 }
const ADVISER = { username: 'aisha.adviser', displayName: 'Aisha Khan' }

describe('set-up, sign-in, lock and roles in a real browser', () => {
  let browser: Browser
  let harness: Harness

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('takes an administrator from first run to a second user with fewer rights', async () => {
    const admin = await openPage(browser, harness.url)
    const { page } = admin

    // Set-up wizard: organisation with two councils.
    const wizard = new SetupWizardPage(page)
    await wizard.heading().waitFor()
    await wizard.fillOrganisation('Kirklees Zephyr Independent Living', [
      { name: 'Kirklees Council', onsCode: 'E08000034' },
      { name: 'Calderdale Council', onsCode: 'e08000033' },
    ])
    await checkPage(admin, '01-setup-organisation')
    await wizard.next()

    // First administrator, with the live strength meter judging a weak password first.
    await page.getByLabel('Full name').waitFor()
    await wizard.typePassword('password1')
    await expect.poll(() => wizard.strength().innerText(), POLL).toMatch(/Not strong enough yet/)
    await wizard.fillAdmin(ADMIN)
    await expect.poll(() => wizard.strength().innerText(), POLL).toMatch(/Strong enough to use/)
    // Two-step sign-in for administrators and budget managers is recommended, so ticked at first.
    expect(await wizard.askForCode().isChecked()).toBe(true)
    await checkPage(admin, '02-setup-administrator')
    await wizard.create()

    // The recovery key; continuing needs the tick and the whole key typed back.
    const key = await wizard.recoveryKey()
    expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/)
    await checkPage(admin, '03-setup-recovery-key')
    // A reload before it is typed back comes back to this step with the same key.
    await page.reload()
    expect(await wizard.recoveryKey()).toBe(key)
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Copy' }).isVisible()).toBe(true)
    await wizard.confirmRecoveryKey('', { tick: false })
    await page.getByText('Type the recovery key back, from where you wrote it down.').waitFor()
    await page.getByText('Tick this once the key is written down').waitFor()
    await wizard.confirmRecoveryKey(key.replace(/^..../, 'ZZZZ'))
    await page.getByText('That is not the recovery key shown').waitFor(POLL)
    await checkPage(admin, '03a-setup-recovery-key-wrong')
    await page.setViewportSize({ width: 1024, height: 768 })
    await checkPage(admin, '03b-setup-recovery-key-1024')
    await page.setViewportSize({ width: 1280, height: 860 })
    await wizard.confirmRecoveryKey(key.toLowerCase().replaceAll('-', ' '))

    // Sign in.
    const signIn = new SignInPage(page)
    await signIn.heading().waitFor()
    await checkPage(admin, '04-sign-in')
    await signIn.signIn(ADMIN.username, 'not the password at all')
    await signIn.error().waitFor()
    await signIn.signIn(ADMIN.username, PASSWORD)
    // As chosen at set-up, the administrator sets up an authenticator app before anything else.
    const setup = new SecondFactorSetupPage(page)
    await setup.heading().waitFor(POLL)
    await setUpAuthenticator(page)
    await setup.saved('Carry on to Casebook')
    const shell = new ShellPage(page)
    await shell.heading('People').waitFor()
    expect(await shell.sectionNames()).toEqual([
      'People',
      'Plans',
      'Accounts',
      'Reviews',
      'Returns',
      'Admin',
    ])
    await page
      .getByTestId('organisation-name')
      .getByText('Kirklees Zephyr Independent Living')
      .waitFor()
    await page.getByText('Warning: a backup is overdue').waitFor()
    await checkPage(admin, '05-people-empty')

    // Ctrl+L locks; a wrong password shows its message; the right one unlocks where we were.
    await shell.goTo('Plans')
    await shell.heading('Plans').waitFor()
    await shell.lockWithKeyboard()
    const lock = new LockPage(page)
    await lock.heading().waitFor()
    expect(await page.getByRole('navigation', { name: 'Sections' }).count()).toBe(0)
    await lock.unlock('not my password')
    await lock.error().waitFor()
    expect(await lock.error().innerText()).toMatch(/That is not your password\./)
    await checkPage(admin, '06-locked-wrong-password')
    await lock.unlock(PASSWORD)
    await shell.heading('Plans').waitFor()

    // The keyboard shortcuts panel.
    await shell.openShortcuts()
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor()
    await checkPage(admin, '07-shortcuts')
    await page.keyboard.press('Escape')
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'hidden' })

    // Admin → Users: add an adviser.
    await shell.goTo('Admin')
    const users = new UsersPage(page)
    await users.heading().waitFor()
    await checkPage(admin, '08-admin-users')
    const dialog = await users.addUser({
      ...ADVISER,
      roleLabel: 'Independent living adviser',
      password: FIRST_PASSWORD,
    })
    await expect
      .poll(() => dialog.getByTestId('password-strength').innerText(), POLL)
      .toMatch(/Strong enough/)
    await checkPage(admin, '09-admin-add-user')
    await dialog.getByRole('button', { name: 'Add user' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await users.row(ADVISER.username).waitFor()
    expect(await users.row(ADVISER.username).innerText()).toMatch(
      /Aisha Khan.*aisha\.adviser.*Independent living adviser.*must choose a password.*Never/s,
    )

    // Settings: a backup folder, then "Back up now" with progress, then the last good backup.
    const backups = join(harness.dataDir, 'backups')
    mkdirSync(backups)
    await page
      .getByRole('navigation', { name: 'Admin pages' })
      .getByRole('link', { name: 'Settings' })
      .click()
    const settings = new SettingsPage(page)
    await settings.heading().waitFor()
    await expect.poll(() => settings.backupStatus().innerText(), POLL).toMatch(/None yet/)
    const overdue = page.getByRole('alert').filter({ hasText: 'Warning: a backup is overdue' })
    await overdue.waitFor()
    await settings.setBackupFolder(backups)
    // Progress reaches the page as server-sent events, through window.casebook.onProgress.
    await page.evaluate(() => {
      const seen: unknown[] = []
      Object.assign(globalThis, { progressSeen: seen })
      ;(globalThis as unknown as PageGlobals).casebook.onProgress((event) => seen.push(event))
    })
    await page.getByRole('button', { name: 'Back up now' }).click()
    await expect
      .poll(() => settings.backupStatus().innerText(), { timeout: 30_000 })
      .toMatch(/made by hand/)
    expect(readdirSync(backups).some((f) => f.endsWith('-manual.cbk'))).toBe(true)
    await overdue.waitFor({ state: 'detached' })
    const progress = (await page.evaluate(
      () => (globalThis as unknown as { progressSeen: unknown[] }).progressSeen,
    )) as { callId: string; done: number; total: number | null; label: string }[]
    expect(progress.length).toBeGreaterThan(0)
    expect(progress[0]!.callId).toMatch(/^backup-/)
    expect(progress.every((e) => typeof e.label === 'string' && e.label.length > 0)).toBe(true)
    await page.getByRole('alert').filter({ hasText: 'Backup made and checked' }).waitFor()
    await checkPage(admin, '10-admin-settings')
    await page
      .getByRole('navigation', { name: 'Admin pages' })
      .getByRole('link', { name: 'About' })
      .click()
    await page
      .getByTestId('about-data-file')
      .getByText(join(harness.dataDir, 'casebook.db'))
      .waitFor()
    await checkPage(admin, '11-admin-about')

    // The adviser, in a second browser: first password, then their own, then only their sections.
    const adviser = await openPage(browser, harness.url)
    const second = new SignInPage(adviser.page)
    await second.heading().waitFor()
    await second.signIn(ADVISER.username, FIRST_PASSWORD)
    const change = new ChangePasswordPage(adviser.page)
    await change.heading().waitFor()
    await checkPage(adviser, '12-adviser-first-password')
    await change.change(FIRST_PASSWORD, ADVISER_PASSWORD)
    const adviserShell = new ShellPage(adviser.page)
    await adviserShell.heading('People').waitFor()
    expect(await adviserShell.sectionNames()).toEqual([
      'People',
      'Plans',
      'Accounts',
      'Reviews',
      'Returns',
    ])
    await adviserShell.open('/admin/users')
    await adviserShell.heading("You don't have access").waitFor()
    await checkPage(adviser, '13-adviser-no-access')
    const refused = await adviser.page.evaluate(() =>
      (globalThis as unknown as PageGlobals).casebook.call('users.list', {}),
    )
    expect(refused.ok === false && refused.error.code).toBe('AUTH.FORBIDDEN')

    // The administrator's browser is still signed in on its own connection.
    await shell.goTo('People')
    await shell.heading('People').waitFor()
    expect(admin.problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([])
    expect(adviser.problems).toEqual([])

    // Closing the harness closes the backend, which makes its on-close backup.
    await admin.context.close()
    await adviser.context.close()
    expect(await harness.stop({ keepData: true })).toBe(0)
    expect(readdirSync(backups).some((f) => f.endsWith('-on-close.cbk'))).toBe(true)
    expect(existsSync(join(harness.dataDir, 'casebook.db'))).toBe(true)
  })
})
