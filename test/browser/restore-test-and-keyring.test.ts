import { mkdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  normaliseRecoveryKey,
  readKeyring,
  unwrapDataKey,
  writeKeyring,
} from '../../src/main/db/keyring'
import { SettingsPage } from './pages/admin-pages'
import { DataFilePage, openAdminPage } from './pages/admin-tools-pages'
import { ShellPage } from './pages/shell-page'
import { checkPage, launchBrowser } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { setUpOrganisation, signInAs } from './support/people-setup'

const POLL = { timeout: 15_000 }
const SLOW = { timeout: 60_000 }
const DAY_AND_TIME = /\d\d\/\d\d\/\d{4}, \d\d:\d\d/

describe('testing a restore, and a keyring out of step with the staff list', () => {
  let browser: Browser
  let harness: Harness
  let call: (name: string, input: unknown) => Promise<unknown>

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    call = await setUpOrganisation(harness, [
      { username: 'cara', displayName: 'Cara Mills', role: 'coordinator' },
    ])
    await call('people.create', {
      fields: { legalGivenName: 'Deborah', legalFamilyName: 'Parker', dateOfBirth: '1953-08-25' },
      status: 'active',
    })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('tests a restore of the newest backup: passed, with the counts, and the status says when', async () => {
    const admin = await signInAs(browser, harness, 'rowan')
    const { page } = admin
    await new ShellPage(page).open('/admin/settings')
    const settings = new SettingsPage(page)
    await settings.heading().waitFor(POLL)
    const status = page.getByTestId('restore-test-status')
    await expect.poll(() => status.innerText(), POLL).toMatch(/^Last restore test: none yet/)

    // With no backup yet, the test fails and says why.
    const section = page.getByRole('region', { name: 'Test a restore' })
    await section.getByRole('button', { name: 'Test a restore' }).click()
    const result = page.getByTestId('restore-test-result')
    await expect.poll(() => result.innerText(), SLOW).toMatch(/Restore test failed[\s\S]*no backup/)
    await expect.poll(() => status.innerText(), POLL).toMatch(/failed on .* None has passed yet/)

    const folder = join(harness.dataDir, 'backups')
    mkdirSync(folder)
    await settings.setBackupFolder(folder)
    await page.getByText('Backup folder saved.').waitFor(POLL)
    // Inside the data file's own folder: allowed, with a warning saying why it is risky.
    const folderCheck = page.getByTestId('backup-folder-check')
    await expect
      .poll(() => folderCheck.innerText(), POLL)
      .toMatch(/^Warning: backups here could be lost with the data\s+This folder is inside/)
    expect(await folderCheck.innerText()).toMatch(/Free space there: [\d.,]+ (KB|MB|GB|TB)\.$/)
    await page.getByRole('button', { name: 'Back up now' }).click()
    await expect.poll(() => settings.backupStatus().innerText(), SLOW).toMatch(/made by hand/)

    await section.getByRole('button', { name: 'Test a restore' }).click()
    await expect.poll(() => result.innerText(), SLOW).toMatch(/^Restore test passed/)
    expect(await result.innerText()).toMatch(/audit log is intact/)
    const people = page.getByTestId('restore-test-tables').locator('tr[data-table="clients"]')
    expect((await people.innerText()).split(/\s+/)).toEqual(['People', '1', '1'])
    await expect
      .poll(() => status.innerText(), POLL)
      .toMatch(new RegExp(`^Last restore test: passed on ${DAY_AND_TIME.source}\\.$`))
    await checkPage(admin, '120-restore-test-passed')
    expect(admin.problems).toEqual([])
    await admin.context.close()

    // Coordinators test restores from Admin → Backups, and see the same status.
    const cara = await signInAs(browser, harness, 'cara', { isFirstTime: true })
    await new ShellPage(cara.page).goTo('Admin')
    await cara.page.getByRole('heading', { level: 1, name: 'Backups' }).waitFor(POLL)
    await expect
      .poll(() => cara.page.getByTestId('restore-test-status').innerText(), POLL)
      .toMatch(/^Last restore test: passed on/)
    await cara.page.getByRole('button', { name: 'Test a restore' }).click()
    await expect
      .poll(() => cara.page.getByTestId('restore-test-result').innerText(), SLOW)
      .toMatch(/^Restore test passed/)
    await checkPage(cara, '121-restore-test-backups-page')
    expect(cara.problems).toEqual([])
    await cara.context.close()
  })

  it('says when the saved backup folder can no longer be used, and why', async () => {
    // As when the USB drive holding it is taken out.
    const folder = join(harness.dataDir, 'backups')
    renameSync(folder, `${folder}-away`)
    try {
      const admin = await signInAs(browser, harness, 'rowan')
      await new ShellPage(admin.page).open('/admin/settings')
      const folderCheck = admin.page.getByTestId('backup-folder-check')
      await expect
        .poll(() => folderCheck.innerText(), POLL)
        .toMatch(
          /^This backup folder cannot be used now\s+Casebook cannot save files in .*backups: check that the folder exists/,
        )
      expect(await admin.page.getByTestId('backup-folder-free').count()).toBe(0)
      await checkPage(admin, '124-backup-folder-gone')
      expect(admin.problems).toEqual([])
      await admin.context.close()
    } finally {
      renameSync(`${folder}-away`, folder)
    }
  })

  it('shows a keyring without a recovery key, repairs it, and shows the new key once', async () => {
    // What a process stopped mid-change could leave: the keyring without its recovery key.
    const dataFile = join(harness.dataDir, 'casebook.db')
    const before = readKeyring(dataFile)
    writeKeyring(dataFile, { ...before, wraps: before.wraps.filter((w) => w.kind !== 'recovery') })

    const admin = await signInAs(browser, harness, 'rowan')
    const { page } = admin
    await new ShellPage(page).goTo('Admin')
    await openAdminPage(page, 'Data file')
    const dataFilePage = new DataFilePage(page)
    await dataFilePage.heading().waitFor(POLL)
    await expect
      .poll(() => dataFilePage.check().innerText(), POLL)
      .toMatch(/Keyring\s+Does not agree with the staff list \(1 problem\)/)
    expect(await dataFilePage.check().innerText()).toMatch(/recovery key/i)
    await checkPage(admin, '122-keyring-disagrees')

    await page.getByRole('button', { name: 'Repair the keyring…' }).click()
    const confirm = page.getByRole('dialog', { name: 'Repair the keyring now?' })
    await confirm.getByRole('button', { name: 'Repair the keyring' }).click()
    const repaired = page.getByTestId('keyring-repair-result')
    await repaired.waitFor(SLOW)
    expect(await repaired.innerText()).toMatch(/There was no recovery key, so a new one was made/)
    const key = (await page.getByTestId('recovery-key').innerText()).trim()
    expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/)
    await expect
      .poll(() => dataFilePage.check().innerText(), POLL)
      .toMatch(/Keyring\s+Agrees with the staff list/)
    await checkPage(admin, '123-keyring-repaired-new-key')

    // The key shown opens the data file.
    const after = readKeyring(dataFile)
    const recovery = after.wraps.find((w) => w.kind === 'recovery')!
    expect(await unwrapDataKey(after, recovery, normaliseRecoveryKey(key))).not.toBeNull()

    // Shown once: gone when the administrator says it is kept.
    await page
      .getByLabel('I have written the recovery key down or stored it somewhere safe')
      .check()
    await page.getByLabel('Type the recovery key back').fill(key.toLowerCase())
    await page.getByRole('button', { name: 'I have kept the new recovery key' }).click()
    await page.getByTestId('recovery-key-kept').waitFor()
    expect(await page.getByTestId('recovery-key').count()).toBe(0)
    expect(admin.problems).toEqual([])
    await admin.context.close()
  })
})
