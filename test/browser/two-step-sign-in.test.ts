import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UsersPage, userAction } from './pages/admin-pages'
import { ChangePasswordPage, SignInPage } from './pages/auth-pages'
import { ShellPage } from './pages/shell-page'
import { SecondFactorSetupPage, nextCode, setUpAuthenticator } from './pages/two-step-pages'
import { checkPage, launchBrowser, openPage } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { FIRST, OWN, PASSWORD, setUpOrganisation } from './support/people-setup'

const POLL = { timeout: 15_000 }
const CODE = /^[A-Z2-9]{4}-[A-Z2-9]{4}$/

describe('two-step sign-in (an authenticator app) in a real browser', () => {
  let browser: Browser
  let harness: Harness
  /** Recovery codes rowan has not used yet. */
  let spareCodes: string[] = []

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    const call = await setUpOrganisation(harness, [
      { username: 'finn', displayName: 'Finn Akhtar', role: 'finance' },
      { username: 'ada', displayName: 'Ada Okafor', role: 'adviser' },
    ])
    // As set-up recommends: administrators and budget managers.
    await call('settings.update', { secondFactorRoles: ['admin', 'finance'] })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('an administrator sets up an app, then signs in with a code, a wrong one refused, and with a recovery code', async () => {
    const admin = await openPage(browser, harness.url)
    const { page } = admin
    const signIn = new SignInPage(page)
    await signIn.signIn('rowan', PASSWORD)

    // Nothing but setting it up until it is done.
    const setup = new SecondFactorSetupPage(page)
    await setup.heading().waitFor(POLL)
    await setup.qrCode().waitFor(POLL)
    expect(await page.getByRole('navigation', { name: 'Sections' }).count()).toBe(0)
    const secret = await setup.secret()
    expect(secret).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/)
    await checkPage(admin, '100-two-step-set-up')
    await setup.confirm('000000')
    await page.getByText('That code is not right').waitFor(POLL)
    await checkPage(admin, '101-two-step-set-up-wrong-code')

    const { recoveryCodes } = await setUpAuthenticator(page)
    await setup.codesHeading().waitFor()
    expect(recoveryCodes).toHaveLength(10)
    expect(recoveryCodes.every((c) => CODE.test(c))).toBe(true)
    await checkPage(admin, '102-two-step-recovery-codes')
    // Carrying on needs the tick.
    await page.getByRole('button', { name: 'Carry on to Casebook' }).click()
    await page.getByText('Tick this once the codes are printed or stored safely.').waitFor()
    await setup.saved('Carry on to Casebook')
    const shell = new ShellPage(page)
    await shell.heading('People').waitFor(POLL)

    // Your account says it is on.
    await shell.userMenu('Rowan Pike', 'Your account')
    await shell.heading('Your account').waitFor()
    await expect
      .poll(() => page.getByTestId('two-step-status').innerText(), POLL)
      .toMatch(/On: you enter a code[\s\S]*10 recovery codes of 10 left/)
    await checkPage(admin, '103-your-account-two-step-on')

    // Signing in again: the password, then the code on the same screen.
    await shell.userMenu('Rowan Pike', 'Sign out')
    await signIn.heading().waitFor(POLL)
    await signIn.signIn('rowan', PASSWORD)
    await signIn.codeField().waitFor(POLL)
    await page.getByText('Signing in as rowan.').waitFor()
    await checkPage(admin, '104-sign-in-code')
    // Back changes the username; the code step comes again after the password.
    await page.getByRole('button', { name: 'Back' }).click()
    expect(await page.getByLabel('Username').inputValue()).toBe('rowan')
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('')
    await signIn.signIn('rowan', PASSWORD)
    await signIn.enterCode('123456')
    await page.getByText('That code is not right').waitFor(POLL)
    expect(await signIn.codeField().getAttribute('aria-invalid')).toBe('true')
    await checkPage(admin, '105-sign-in-wrong-code')
    // Straight after a wrong code, the right one is taken (no wait within the free attempts).
    await signIn.enterCode(nextCode(secret))
    await shell.heading('Your account').waitFor(POLL)

    // A lost phone: a recovery code (typed as people do) works once.
    await shell.userMenu('Rowan Pike', 'Sign out')
    await signIn.signIn('rowan', PASSWORD)
    await signIn.enterCode(recoveryCodes[0]!.toLowerCase())
    await shell.navigation().waitFor(POLL)
    await shell.open('/account')
    await expect
      .poll(() => page.getByTestId('two-step-status').innerText(), POLL)
      .toMatch(/9 recovery codes of 10 left/)
    await shell.userMenu('Rowan Pike', 'Sign out')
    await signIn.signIn('rowan', PASSWORD)
    await signIn.enterCode(recoveryCodes[0]!)
    await page.getByText('That code is not right').waitFor(POLL)
    spareCodes = recoveryCodes.slice(1)
    expect(admin.problems).toEqual([])
    await admin.context.close()
  })

  it('Settings choose the roles; a budget manager sets it up after their first password; a reset makes them set it up again', async () => {
    const admin = await openPage(browser, harness.url)
    const { page } = admin
    await new SignInPage(page).signIn('rowan', PASSWORD)
    await new SignInPage(page).enterCode(spareCodes.shift()!)
    const shell = new ShellPage(page)
    await shell.navigation().waitFor(POLL)

    await shell.open('/admin/settings')
    const section = page.getByRole('region', { name: 'Two-step sign-in' })
    await section.waitFor(POLL)
    const box = (label: string) => section.getByRole('checkbox', { name: label, exact: true })
    expect(await box('Administrator').isChecked()).toBe(true)
    expect(await box('Budget manager (finance)').isChecked()).toBe(true)
    expect(await box('Coordinator').isChecked()).toBe(false)
    await box('Coordinator').check()
    await section.getByRole('button', { name: 'Save two-step sign-in' }).click()
    await page.getByText(/^Asked for a code: Administrator, Coordinator, Budget manager/).waitFor()
    await checkPage(admin, '106-settings-two-step')
    await page.reload()
    await section.waitFor(POLL)
    expect(await box('Coordinator').isChecked()).toBe(true)

    // Finn's first sign-in: his own password first, then the app (his role requires it).
    const finn = await openPage(browser, harness.url)
    await new SignInPage(finn.page).signIn('finn', FIRST)
    await new ChangePasswordPage(finn.page).change(FIRST, OWN)
    const finnSetup = new SecondFactorSetupPage(finn.page)
    await finnSetup.heading().waitFor(POLL)
    await setUpAuthenticator(finn.page)
    await finnSetup.saved('Carry on to Casebook')
    await new ShellPage(finn.page).navigation().waitFor(POLL)

    // He loses his phone: an administrator resets it.
    await shell.open('/admin/users')
    await new UsersPage(page).row('finn').waitFor(POLL)
    const dialog = await userAction(page, 'Finn Akhtar', 'Reset two-step sign-in…')
    await dialog
      .getByText('set it up again, on their new phone, the next time they sign in')
      .waitFor()
    await checkPage(admin, '107-reset-two-step-confirm')
    await dialog.getByRole('button', { name: 'Reset two-step sign-in' }).click()
    await page.getByText('Finn Akhtar sets it up again the next time they sign in.').waitFor(POLL)

    // He was signed out; signing in takes no code now, and asks him to set it up again.
    await finn.page.reload()
    const finnSignIn = new SignInPage(finn.page)
    await finnSignIn.heading().waitFor(POLL)
    await finnSignIn.signIn('finn', OWN)
    await finnSetup.heading().waitFor(POLL)
    expect(await finnSignIn.heading().count()).toBe(0)
    await finn.page.getByRole('button', { name: 'Sign out' }).click()
    await finnSignIn.heading().waitFor(POLL)
    expect(finn.problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([])
    await finn.context.close()
    expect(admin.problems).toEqual([])
    await admin.context.close()
  })

  it('someone whose role does not require it may set it up from Your account', async () => {
    const ada = await openPage(browser, harness.url)
    const { page } = ada
    await new SignInPage(page).signIn('ada', FIRST)
    await new ChangePasswordPage(page).change(FIRST, OWN)
    const shell = new ShellPage(page)
    await shell.heading('People').waitFor(POLL)
    await shell.userMenu('Ada Okafor', 'Your account')
    await expect
      .poll(() => page.getByTestId('two-step-status').innerText(), POLL)
      .toMatch(/Off: you sign in with your password alone[\s\S]*does not require it/)
    await checkPage(ada, '108-your-account-two-step-off')
    await page.getByRole('button', { name: 'Set up two-step sign-in' }).click()
    await new SecondFactorSetupPage(page).qrCode().waitFor(POLL)
    await checkPage(ada, '109-your-account-setting-up')
    const { secret } = await setUpAuthenticator(page)
    await new SecondFactorSetupPage(page).saved('Done')
    await expect
      .poll(() => page.getByTestId('two-step-status').innerText(), POLL)
      .toMatch(/On: you enter a code/)

    await shell.userMenu('Ada Okafor', 'Sign out')
    const signIn = new SignInPage(page)
    await signIn.signIn('ada', OWN)
    await signIn.enterCode(nextCode(secret))
    await shell.navigation().waitFor(POLL)
    expect(ada.problems).toEqual([])
    await ada.context.close()
  })
})
