import { setTimeout as sleep } from 'node:timers/promises'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RecoverPage, SignInPage } from './pages/auth-pages'
import { ShellPage } from './pages/shell-page'
import { checkPage, launchBrowser, openPage } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { apiSession } from './support/http'

const PASSWORD = 'correct horse battery staple 42'
const NEW_PASSWORD = 'quiet otters juggle marmalade 58'
const POLL = { timeout: 15_000 }
const SLOW = { timeout: 60_000 }

describe('an administrator who forgot their password uses the recovery key', () => {
  let browser: Browser
  let harness: Harness
  let recoveryKey: string

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    const api = await apiSession(harness)
    const call = async (name: string, input: unknown) => {
      const reply = JSON.parse((await api.post('/api/call', { name, input })).body)
      expect(reply, name).toMatchObject({ ok: true })
      return reply.value
    }
    const made = await call('setup.create', {
      organisationName: 'Calder Valley Peer Support',
      councils: [{ name: 'Calderdale Council', onsCode: 'E08000033' }],
      admin: { username: 'rowan', displayName: 'Rowan Pike', password: PASSWORD },
      secondFactorRoles: [],
    })
    recoveryKey = made.recoveryKey
    await call('setup.confirmRecoveryKey', { recoveryKey })
    // A second administrator, so the form must be told whose password to reset.
    await call('auth.signIn', { username: 'rowan', password: PASSWORD })
    await call('users.add', {
      username: 'priya',
      displayName: 'Priya Shah',
      role: 'admin',
      password: 'purple elephants dance quietly 7',
    })
    await call('auth.signOut', {})
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('resets the password with the key (spaces and small letters allowed), then signs in', async () => {
    const tracked = await openPage(browser, harness.url)
    const { page } = tracked
    const signIn = new SignInPage(page)
    await signIn.heading().waitFor()
    const recover = new RecoverPage(page)
    await recover.open()
    await recover.fill({ recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE', password: NEW_PASSWORD })
    await expect.poll(() => recover.strength().innerText(), POLL).toMatch(/Strong enough/)
    await checkPage(tracked, '91-recover-form')

    // A wrong key is named on its field.
    await recover.submit()
    expect(await recover.errorOf('Recovery key')).toMatch(/does not open this data file/)

    // The right key, typed loosely: two administrators, so the username is asked for.
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ')
    await recover.fill({ recoveryKey: typed, password: NEW_PASSWORD })
    await recover.submit()
    expect(await recover.errorOf(/^Administrator’s username/)).toMatch(
      /more than one administrator/,
    )
    await checkPage(tracked, '92-recover-which-admin')
    await page.getByLabel(/^Administrator’s username/).fill('rowan')
    await recover.submit()

    // Back at sign-in, told it worked, with the username filled in.
    await signIn.heading().waitFor(SLOW)
    await page
      .getByRole('status')
      .filter({ hasText: 'The password for rowan has been changed' })
      .waitFor()
    expect(await page.getByLabel('Username').inputValue()).toBe('rowan')
    await checkPage(tracked, '93-recovered-sign-in')
    await signIn.signIn('rowan', PASSWORD)
    await signIn.error().waitFor(POLL)
    await signIn.signIn('rowan', NEW_PASSWORD)
    await new ShellPage(page).heading('People').waitFor(POLL)
    expect(tracked.problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([])
    await tracked.context.close()
  })

  it('reminds an administrator to keep the key; a new one is typed back, and the old one no longer opens', async () => {
    const tracked = await openPage(browser, harness.url)
    const { page } = tracked
    const signIn = new SignInPage(page)
    await signIn.heading().waitFor()
    // A new key made elsewhere (the command line, another window) and never typed back.
    const api = await apiSession(harness)
    for (const [name, input] of [
      ['auth.signIn', { username: 'rowan', password: NEW_PASSWORD }],
      ['recoveryKey.renew', { password: NEW_PASSWORD }],
      ['auth.signOut', {}],
    ] as const) {
      const reply = JSON.parse((await api.post('/api/call', { name, input })).body)
      expect(reply, name).toMatchObject({ ok: true })
    }
    await signIn.signIn('rowan', NEW_PASSWORD)
    const shell = new ShellPage(page)
    await shell.heading('People').waitFor(POLL)
    // Reminded at sign-in, on every page but the one to deal with it.
    const reminder = page.getByTestId('recovery-key-reminder')
    await reminder.waitFor(POLL)
    expect(await reminder.innerText()).toMatch(/nobody has confirmed keeping the recovery key/i)
    await checkPage(tracked, '95-recovery-key-reminder')
    await reminder.getByRole('link', { name: 'Confirm or make a new recovery key' }).click()
    await page.getByRole('heading', { level: 1, name: 'Data file' }).waitFor(POLL)
    expect(await reminder.count()).toBe(0)

    const section = page.getByRole('region', { name: 'Recovery key', exact: true })
    await section.getByLabel('Your password').fill(NEW_PASSWORD)
    await section.getByRole('button', { name: 'Make a new recovery key…' }).click()
    await page
      .getByRole('dialog', { name: 'Make a new recovery key now?' })
      .getByRole('button', { name: 'Make a new recovery key' })
      .click()
    const shown = section.getByTestId('recovery-key')
    await shown.waitFor(SLOW)
    const newKey = (await shown.innerText()).trim()
    expect(newKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/)
    expect(newKey).not.toBe(recoveryKey)
    await checkPage(tracked, '96-new-recovery-key')
    await page.setViewportSize({ width: 1024, height: 768 })
    await checkPage(tracked, '96a-new-recovery-key-1024')
    await page.setViewportSize({ width: 1280, height: 860 })

    // Typing the old key back is refused; the new one, typed loosely, is kept.
    await section
      .getByLabel('I have written the recovery key down or stored it somewhere safe')
      .check()
    const typeBack = section.getByLabel('Type the recovery key back')
    const kept = section.getByRole('button', { name: 'I have kept the new recovery key' })
    await typeBack.fill(recoveryKey)
    await kept.click()
    await section.getByText('That is not the recovery key for this data file').waitFor(SLOW)
    await typeBack.fill(newKey.toLowerCase().replaceAll('-', ' '))
    await kept.click()
    await section.getByTestId('recovery-key-renewed').waitFor(SLOW)
    expect(await shown.count()).toBe(0)
    expect(await section.getByTestId('recovery-key-state').innerText()).toMatch(/typed back/)
    await checkPage(tracked, '97-new-recovery-key-kept')
    await shell.goTo('People')
    await shell.heading('People').waitFor(POLL)
    expect(await reminder.count()).toBe(0)
    expect(tracked.problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([])
    await tracked.context.close()

    // The old key no longer opens the data file; the new one does.
    const other = await openPage(browser, harness.url)
    await new SignInPage(other.page).heading().waitFor()
    const recover = new RecoverPage(other.page)
    await recover.open()
    await recover.fill({ recoveryKey, username: 'rowan', password: PASSWORD })
    await recover.submit()
    expect(await recover.errorOf('Recovery key')).toMatch(/does not open this data file/)
    await recover.fill({ recoveryKey: newKey, username: 'rowan', password: PASSWORD })
    await recover.submit()
    await other.page
      .getByRole('status')
      .filter({ hasText: 'The password for rowan has been changed' })
      .waitFor(SLOW)
    await other.context.close()
  })

  it('slows down repeated wrong recovery keys, and says how long to wait', async () => {
    const tracked = await openPage(browser, harness.url)
    const { page } = tracked
    await new SignInPage(page).heading().waitFor()
    const recover = new RecoverPage(page)
    await recover.open()
    await recover.fill({ recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE', password: NEW_PASSWORD })
    // Wrong keys from elsewhere until the next attempt must wait several seconds.
    const api = await apiSession(harness)
    let wait = 0
    for (let i = 0; i < 10 && wait < 6; i++) {
      const reply = JSON.parse(
        (
          await api.post('/api/call', {
            name: 'auth.recover',
            input: { recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE', newPassword: NEW_PASSWORD },
          })
        ).body,
      )
      expect(reply.ok).toBe(false)
      wait = Number(reply.error.details?.retryAfterSeconds ?? 0)
      if (reply.error.code === 'AUTH.TOO_MANY_ATTEMPTS' && wait < 6) await sleep(wait * 1000)
    }
    expect(wait).toBeGreaterThanOrEqual(6)
    await recover.submit()
    const refused = page.getByRole('alert').filter({ hasText: 'Too many wrong recovery keys' })
    await refused.waitFor(POLL)
    expect(await refused.innerText()).toMatch(/Wait \d+ seconds?, then try again/)
    expect(await page.getByRole('button', { name: /^Wait \d+ seconds?$/ }).isDisabled()).toBe(true)
    await checkPage(tracked, '94-recover-too-many')
    expect(tracked.problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([])
    await tracked.context.close()
  })
})
