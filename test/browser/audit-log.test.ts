import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuditLogPage, adminPageNames, openAdminPage } from './pages/admin-tools-pages'
import { PersonPage } from './pages/people-pages'
import { ShellPage } from './pages/shell-page'
import { checkPage, launchBrowser } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { setUpOrganisation, signInAs } from './support/people-setup'

const POLL = { timeout: 15_000 }

/** dd/mm/yyyy for a day counted from today (local time, as people type it). */
function ukDay(offsetDays: number): string {
  const d = new Date()
  d.setDate(d.getDate() + offsetDays)
  return d.toLocaleDateString('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric' })
}

describe('the audit log, and the admin pages other roles may reach', () => {
  let browser: Browser
  let harness: Harness
  let call: (name: string, input: unknown) => Promise<{ summary: { ref: string } }>
  let ref: string

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    call = await setUpOrganisation(harness, [
      { username: 'cara', displayName: 'Cara Mills', role: 'coordinator' },
      { username: 'finn', displayName: 'Finn Akhtar', role: 'finance' },
      { username: 'vic', displayName: 'Vic Moreno', role: 'viewer' },
    ])
    const record = await call('people.create', {
      fields: { legalGivenName: 'Deborah', legalFamilyName: 'Parker', dateOfBirth: '1953-08-25' },
      status: 'active',
    })
    ref = record.summary.ref
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('shows signing in and opening a record, filters by date, and checks the chain', async () => {
    const admin = await signInAs(browser, harness, 'rowan')
    const { page } = admin
    const shell = new ShellPage(page)
    await shell.open(`/people/${ref}`)
    await new PersonPage(page).heading('Deborah Parker').waitFor(POLL)

    await shell.goTo('Admin')
    expect(await adminPageNames(page)).toEqual([
      'Users',
      'Settings',
      'Audit log',
      'Data file',
      'About',
    ])
    await openAdminPage(page, 'Audit log')
    const audit = new AuditLogPage(page)
    await audit.heading().waitFor()
    await audit.rows('people.view').first().waitFor(POLL)
    expect(await audit.rows('people.view').first().innerText()).toMatch(
      new RegExp(
        `rowan\\s+\\d\\d/\\d\\d/\\d{4}, \\d\\d:\\d\\d\\s+Opened a record\\s+Person ${ref}`,
      ),
    )
    expect(await audit.rows('auth.signIn').first().innerText()).toMatch(/rowan.*Signed in/s)
    expect(await audit.rows('users.add').count()).toBe(3)
    expect(await audit.rows('users.add').first().innerText()).toMatch(/Added a login/)
    // Newest first: opening the record came after signing in.
    const actions = await audit
      .table()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')))
    expect(actions.indexOf('people.view')).toBeLessThan(actions.indexOf('setup.create'))
    expect(actions.at(-1)).toBe('setup.create')
    await checkPage(admin, '80-audit-log')

    await audit.since('31/02/2026')
    await page.getByText('31/02/2026 is not a real date: check the day and the month.').waitFor()
    await audit.since(ukDay(1))
    await page.getByText('No events since that date.').waitFor(POLL)
    await audit.since(ukDay(-1))
    await expect.poll(() => audit.count().innerText(), POLL).toMatch(/events since/)

    await audit.check()
    await expect
      .poll(() => audit.checkResult().innerText(), POLL)
      .toMatch(/^Intact: \d+ events checked/)
    await checkPage(admin, '81-audit-log-intact')
    expect(admin.problems).toEqual([])
    await admin.context.close()
  })

  it('shows the newest 500 events, and earlier ones on request', async () => {
    for (let i = 0; i < 500; i++) await call('settings.update', { lockAfterMinutes: 10 + (i % 5) })
    const admin = await signInAs(browser, harness, 'rowan')
    const { page } = admin
    await new ShellPage(page).open('/admin/audit')
    const audit = new AuditLogPage(page)
    await audit.heading().waitFor()
    await expect.poll(() => audit.count().innerText(), POLL).toBe('The newest 500 events')
    expect(await audit.rows('setup.create').count()).toBe(0)
    await page.getByRole('button', { name: 'Show 500 earlier events' }).click()
    await expect.poll(() => audit.count().innerText(), POLL).toMatch(/^5\d\d events, newest first$/)
    await audit.rows('setup.create').waitFor()
    expect(await audit.rows('settings.update').first().innerText()).toMatch(/Changed settings/)
    expect(await page.getByRole('button', { name: /earlier events/ }).count()).toBe(0)
    expect(admin.problems).toEqual([])
    await admin.context.close()
  })

  it('lets a coordinator and a viewer read the log, and finance staff make a backup', async () => {
    const cara = await signInAs(browser, harness, 'cara', { isFirstTime: true })
    const caraShell = new ShellPage(cara.page)
    await caraShell.goTo('Admin')
    await caraShell.heading('Backups').waitFor()
    expect(await adminPageNames(cara.page)).toEqual(['Backups', 'Audit log', 'About'])
    await openAdminPage(cara.page, 'Audit log')
    const caraAudit = new AuditLogPage(cara.page)
    await caraAudit.heading().waitFor()
    await caraAudit.rows('auth.signIn').first().waitFor(POLL)
    await caraShell.open('/admin/users')
    await caraShell.heading("You don't have access").waitFor()
    await cara.context.close()

    const vic = await signInAs(browser, harness, 'vic', { isFirstTime: true })
    await new ShellPage(vic.page).goTo('Admin')
    await new AuditLogPage(vic.page).heading().waitFor()
    expect(await adminPageNames(vic.page)).toEqual(['Audit log', 'About'])
    await checkPage(vic, '82-viewer-audit-log')
    await vic.context.close()

    // Finance staff see Backups: overdue, and no folder until an administrator chooses one.
    const finn = await signInAs(browser, harness, 'finn', { isFirstTime: true })
    const { page } = finn
    const shell = new ShellPage(page)
    // The reminder is on every page for those who can back up; with no folder chosen yet it says
    // who can choose one rather than sending them to a page where they can do nothing.
    const reminder = page.getByText(/^No backup folder has been chosen yet/)
    await reminder.waitFor(POLL)
    expect(await reminder.innerText()).toMatch(/Ask an administrator/)
    expect(await page.getByRole('link', { name: 'Make a backup now' }).count()).toBe(0)
    await shell.goTo('Admin')
    await shell.heading('Backups').waitFor()
    expect(await adminPageNames(page)).toEqual(['Backups', 'About'])
    await page.getByRole('alert').filter({ hasText: 'Warning: a backup is overdue' }).waitFor()
    await page.getByText('Ask an administrator to choose a backup folder first.').waitFor()
    expect(await page.getByRole('button', { name: 'Back up now' }).isDisabled()).toBe(true)

    const folder = join(harness.dataDir, 'backups')
    mkdirSync(folder)
    await call('settings.update', { backupFolder: folder })
    // With a folder (chosen meanwhile in another window), the reminder leads straight to Backups.
    await shell.goTo('People')
    await page.reload()
    await page.getByRole('link', { name: 'Make a backup now' }).click()
    await shell.heading('Backups').waitFor(POLL)
    await page.getByTestId('backup-folder').getByText(folder).waitFor(POLL)
    await page.getByRole('button', { name: 'Back up now' }).click()
    await expect
      .poll(() => page.getByTestId('backup-status').innerText(), { timeout: 30_000 })
      .toMatch(/made by hand/)
    await page
      .getByRole('alert')
      .filter({ hasText: 'Warning: a backup is overdue' })
      .waitFor({ state: 'detached' })
    await checkPage(finn, '83-finance-backups')
    await shell.goTo('People')
    await shell.heading('People').waitFor()
    expect(await page.getByText('Warning: a backup is overdue').count()).toBe(0)
    expect(finn.problems).toEqual([])
    await finn.context.close()
  })
})
