import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChangePasswordPage, LockPage, SignInPage } from './pages/auth-pages'
import { SettingsPage, UsersPage, userAction } from './pages/admin-pages'
import { ShellPage } from './pages/shell-page'
import { checkPage, launchBrowser, openPage } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { apiSession } from './support/http'

const PASSWORD = 'correct horse battery staple 42'
const FIRST = 'purple elephants dance quietly 7'
const OWN = 'seven lanterns drift over kirklees'
const SECOND_FIRST = 'amber kettles whistle at dawn 19'
const POLL = { timeout: 15_000 }

describe('locking, and managing other people’s logins', () => {
  let browser: Browser
  let harness: Harness

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    const api = await apiSession(harness)
    const call = async (name: string, input: unknown) => {
      const reply = JSON.parse((await api.post('/api/call', { name, input })).body)
      expect(reply, name).toMatchObject({ ok: true })
      return reply.value
    }
    const { recoveryKey } = await call('setup.create', {
      organisationName: 'Calder Valley Peer Support',
      councils: [{ name: 'Calderdale Council', onsCode: 'E08000033' }],
      admin: { username: 'rowan', displayName: 'Rowan Pike', password: PASSWORD },
      secondFactorRoles: [],
    })
    // Set-up's last step: until the key is typed back, the window shows it instead of sign-in.
    await call('setup.confirmRecoveryKey', { recoveryKey })
    await call('auth.signIn', { username: 'rowan', password: PASSWORD })
    await call('users.add', {
      username: 'ada',
      displayName: 'Ada Okafor',
      role: 'adviser',
      password: FIRST,
    })
    await call('users.add', {
      username: 'sam',
      displayName: 'Sam Hirst',
      role: 'finance',
      password: FIRST,
    })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('locks after the inactivity timeout, and offers large text', async () => {
    const admin = await openPage(browser, harness.url, {
      beforeLoad: (page) => page.clock.install(),
    })
    const { page } = admin
    await new SignInPage(page).signIn('rowan', PASSWORD)
    const shell = new ShellPage(page)
    await shell.heading('People').waitFor()

    await shell.open('/admin/settings')
    const settings = new SettingsPage(page)
    await settings.heading().waitFor()
    await page.getByLabel('Lock after this many minutes without use').fill('1')
    await page.getByRole('button', { name: 'Save lock timeout' }).click()
    await page.getByText('Casebook now locks after 1 minute without use.').waitFor()

    await page.clock.fastForward('01:10')
    const lock = new LockPage(page)
    await lock.heading().waitFor(POLL)
    await lock.unlock(PASSWORD)
    await settings.heading().waitFor()

    await page.getByRole('button', { name: 'Your account: Rowan Pike' }).click()
    await page.getByRole('menuitem', { name: 'Use large text' }).click()
    expect(await page.locator('html').getAttribute('data-large-text')).toBe('true')
    await checkPage(admin, '30-large-text-settings')
    await page.reload()
    await new LockPage(page).heading().or(settings.heading()).waitFor()
    expect(await page.locator('html').getAttribute('data-large-text')).toBe('true')
    await admin.context.close()
  })

  it('disables, enables, re-roles and resets a login, and a disabled user is sent to sign-in', async () => {
    const admin = await openPage(browser, harness.url)
    await new SignInPage(admin.page).signIn('rowan', PASSWORD)
    const shell = new ShellPage(admin.page)
    await shell.heading('People').waitFor()
    await shell.open('/admin/users')
    const users = new UsersPage(admin.page)
    await users.heading().waitFor()

    const ada = await openPage(browser, harness.url)
    await new SignInPage(ada.page).signIn('ada', FIRST)
    await new ChangePasswordPage(ada.page).change(FIRST, OWN)
    const adaShell = new ShellPage(ada.page)
    await adaShell.heading('People').waitFor()
    await ada.page.getByRole('button', { name: 'Your account: Ada Okafor' }).click()
    await ada.page.getByRole('menuitem', { name: 'Change my password' }).click()
    await adaShell.heading('Change my password').waitFor()

    // The administrator cannot disable their own login; they can disable Ada's, after a warning.
    await admin.page.getByRole('button', { name: 'Actions for Rowan Pike' }).click()
    expect(await admin.page.getByRole('menuitem', { name: 'Disable login…' }).isDisabled()).toBe(
      true,
    )
    await admin.page.keyboard.press('Escape')
    const confirm = await userAction(admin.page, 'Ada Okafor', 'Disable login…')
    await confirm.getByText('will be signed out straight away').waitFor()
    await checkPage(admin, '31-disable-login-confirm')
    await confirm.getByRole('button', { name: 'Disable login' }).click()
    await confirm.waitFor({ state: 'hidden' })
    await expect.poll(() => users.row('ada').innerText(), POLL).toMatch(/Disabled/)

    // Ada's next call is refused (AUTH.NOT_SIGNED_IN): her window goes to sign-in.
    await ada.page.getByLabel('Current password').fill(OWN)
    await ada.page.getByLabel('New password', { exact: true }).fill(SECOND_FIRST)
    await ada.page.getByLabel('New password again').fill(SECOND_FIRST)
    await ada.page.getByRole('button', { name: 'Change password' }).click()
    const adaSignIn = new SignInPage(ada.page)
    await adaSignIn.heading().waitFor(POLL)
    await adaSignIn.signIn('ada', OWN)
    await adaSignIn.error().waitFor()
    expect(await adaSignIn.error().innerText()).toMatch(/disabled/)

    // Enable again with a new first password; change Sam's role; reset Sam's password.
    const enable = await userAction(admin.page, 'Ada Okafor', 'Enable login…')
    await enable.getByLabel('First password').fill(SECOND_FIRST)
    await enable.getByRole('button', { name: 'Enable login' }).click()
    await enable.waitFor({ state: 'hidden' })
    await expect
      .poll(() => users.row('ada').innerText(), POLL)
      .toMatch(/Active, must choose a password/)

    const role = await userAction(admin.page, 'Sam Hirst', 'Change role…')
    await role.getByRole('radio', { name: 'Coordinator' }).check()
    await checkPage(admin, '32-change-role')
    await role.getByRole('button', { name: 'Change role' }).click()
    await role.waitFor({ state: 'hidden' })
    await expect.poll(() => users.row('sam').innerText(), POLL).toMatch(/Coordinator/)

    const reset = await userAction(admin.page, 'Sam Hirst', 'Reset password…')
    await reset.getByLabel('First password').fill(SECOND_FIRST)
    await reset.getByRole('button', { name: 'Reset password' }).click()
    await reset.waitFor({ state: 'hidden' })
    await expect.poll(() => users.row('sam').innerText(), POLL).toMatch(/must choose a password/)

    await adaSignIn.signIn('ada', SECOND_FIRST)
    await new ChangePasswordPage(ada.page).heading().waitFor()
    expect(admin.problems).toEqual([])
    await admin.context.close()
    await ada.context.close()
  })
})
