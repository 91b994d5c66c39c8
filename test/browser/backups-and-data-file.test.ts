import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SettingsPage } from './pages/admin-pages'
import { BackupToolsPage, DataFilePage, openAdminPage } from './pages/admin-tools-pages'
import { SignInPage } from './pages/auth-pages'
import { ShellPage } from './pages/shell-page'
import { checkPage, launchBrowser, openPage } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { PASSWORD, setUpOrganisation, signInAs } from './support/people-setup'

const POLL = { timeout: 15_000 }
const SLOW = { timeout: 60_000 }

describe('backups checked and restored, and the data file re-encrypted', () => {
  let browser: Browser
  let harness: Harness
  let backup: string

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    await setUpOrganisation(harness, [])
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('makes a backup, checks it, and restores it to a new file', async () => {
    const admin = await signInAs(browser, harness, 'rowan')
    const { page } = admin
    const shell = new ShellPage(page)
    await shell.open('/admin/settings')
    const settings = new SettingsPage(page)
    await settings.heading().waitFor()
    const folder = join(harness.dataDir, 'backups')
    mkdirSync(folder)
    await settings.setBackupFolder(folder)
    await page.getByText('Backup folder saved.').waitFor()
    await page.getByRole('button', { name: 'Back up now' }).click()
    await expect.poll(() => settings.backupStatus().innerText(), SLOW).toMatch(/made by hand/)
    backup = join(
      folder,
      readdirSync(folder).find((f) => f.endsWith('-manual.cbk'))!,
    )

    // Check: "Use the last backup" fills in the file just made.
    const tools = new BackupToolsPage(page)
    await tools.checkForm().getByRole('button', { name: 'Use the last backup' }).click()
    expect(await tools.checkForm().getByLabel('Backup file').inputValue()).toBe(backup)
    await tools.check(join(folder, 'no-such-backup.cbk'))
    await tools.checkForm().getByText('There is no backup file at').waitFor(POLL)
    await tools.check(backup)
    await tools.checkResult().waitFor(SLOW)
    expect(await tools.checkResult().innerText()).toMatch(
      /The backup is whole and opens[\s\S]*Integrity check\s+OK: no damage found/,
    )
    await checkPage(admin, '84-backup-checked')

    // Restore: never over the file in use; asked first; then where the new file is, and what next.
    const dataFile = join(harness.dataDir, 'casebook.db')
    await tools.restore(backup, dataFile)
    await tools.restoreForm().getByText('a restore never writes over a file').waitFor()
    const to = join(harness.dataDir, 'restored', 'casebook.db')
    mkdirSync(join(harness.dataDir, 'restored'))
    const confirm = await tools.restore(backup, to)
    await confirm.getByText('Nothing is overwritten').waitFor()
    await checkPage(admin, '85-restore-confirm')
    await confirm.getByRole('button', { name: 'Restore to the new file' }).click()
    await tools.restoreResult().waitFor(SLOW)
    const result = await tools.restoreResult().innerText()
    expect(result).toMatch(/Backup restored to a new file/)
    expect(result).toContain(to)
    expect(result).toContain(`Casebook is still using the current data file, ${dataFile}`)
    expect(existsSync(to)).toBe(true)
    expect(existsSync(`${to}.keyring`)).toBe(true)
    await checkPage(admin, '86-restore-done')

    // A second restore to the same path is refused: it would overwrite.
    const again = await tools.restore(backup, to)
    await again.getByRole('button', { name: 'Restore to the new file' }).click()
    await tools.restoreForm().getByText('already exists; restore to a new file name').waitFor(SLOW)
    expect(admin.problems).toEqual([])
    await admin.context.close()
  })

  it('in the desktop app, "Choose…" fills in the backup file and the new data file', async () => {
    // The page gets the web shim with host "electron" and a picker answering for the shell, as the
    // preload would: the same form code then shows its "Choose…" buttons.
    const picked = join(harness.dataDir, 'picked', 'casebook.db')
    mkdirSync(join(harness.dataDir, 'picked'))
    const admin = await openPage(browser, harness.url, {
      beforeLoad: async (page) => {
        await page.addInitScript(
          (chosen: Record<string, string>) => {
            const define = Object.defineProperty
            const asked: string[] = []
            Object.assign(globalThis, { askedToChoose: asked })
            Object.defineProperty = function <T>(
              target: T,
              key: PropertyKey,
              descriptor: PropertyDescriptor & ThisType<unknown>,
            ): T {
              if (target === globalThis && key === 'casebook' && 'value' in descriptor) {
                const api = descriptor.value as object
                const chooseFile = async (purpose: string) => {
                  asked.push(purpose)
                  return chosen[purpose] ?? null
                }
                descriptor = {
                  ...descriptor,
                  value: Object.freeze({ ...api, host: 'electron', chooseFile }),
                }
              }
              return define(target, key, descriptor)
            }
          },
          { backup, 'new-data-file': picked },
        )
      },
    })
    const { page } = admin
    await new SignInPage(page).signIn('rowan', PASSWORD)
    const shell = new ShellPage(page)
    await shell.navigation().waitFor()
    await shell.open('/admin/settings')
    const tools = new BackupToolsPage(page)
    const check = tools.checkForm()
    await check.getByRole('button', { name: 'Choose… Backup file' }).click()
    await expect
      .poll(() => check.getByRole('textbox', { name: 'Backup file', exact: true }).inputValue())
      .toBe(backup)
    await check.getByRole('button', { name: 'Check backup' }).click()
    await tools.checkResult().waitFor(SLOW)

    const restore = tools.restoreForm()
    await restore.getByRole('button', { name: 'Choose… Backup file to restore' }).click()
    await restore.getByRole('button', { name: 'Choose… New data file' }).click()
    await expect
      .poll(() => restore.getByRole('textbox', { name: 'New data file' }).inputValue())
      .toBe(picked)
    expect(
      await restore.getByRole('textbox', { name: 'Backup file to restore' }).inputValue(),
    ).toBe(backup)
    await checkPage(admin, '87-restore-with-pickers')
    await restore.getByRole('button', { name: 'Restore to a new file…' }).click()
    await page
      .getByRole('dialog', { name: 'Restore this backup to a new file?' })
      .getByRole('button', { name: 'Restore to the new file' })
      .click()
    await tools.restoreResult().waitFor(SLOW)
    expect(existsSync(picked)).toBe(true)
    expect(
      await page.evaluate(
        () => (globalThis as unknown as { askedToChoose: string[] }).askedToChoose,
      ),
    ).toEqual(['backup', 'backup', 'new-data-file'])
    expect(admin.problems).toEqual([])
    await admin.context.close()
  })

  it('checks the data file, re-encrypts it, and an older backup then asks for a password', async () => {
    const admin = await signInAs(browser, harness, 'rowan')
    const { page } = admin
    const shell = new ShellPage(page)
    await shell.goTo('Admin')
    await openAdminPage(page, 'Data file')
    const dataFile = new DataFilePage(page)
    await dataFile.heading().waitFor()
    await dataFile.check().waitFor(POLL)
    const facts = await dataFile.check().innerText()
    expect(facts).toMatch(/Integrity\s+OK: no damage found/)
    expect(facts).toMatch(/Encryption\s+\S+/)
    expect(facts).toMatch(/Database version\s+\d+, as this Casebook expects/)
    expect(facts).toMatch(/All \d+ upgrades applied/)
    await checkPage(admin, '87-data-file')

    // A wrong password is refused on its field; the right one, after a warning, re-encrypts.
    let confirm = await dataFile.rotate('not my password at all')
    await confirm.getByRole('button', { name: 'Re-encrypt now' }).click()
    await page.getByText('The username or password is not right').waitFor(SLOW)
    confirm = await dataFile.rotate(PASSWORD)
    await confirm.getByText('backups made before today need a password').waitFor()
    await checkPage(admin, '88-rotate-confirm')
    await confirm.getByRole('button', { name: 'Re-encrypt now' }).click()
    await dataFile.rotateResult().waitFor(SLOW)
    await expect.poll(() => dataFile.check().innerText(), POLL).toMatch(/OK: no damage found/)
    await checkPage(admin, '89-rotated')

    // The backup from before now needs a password that was valid when it was made.
    await openAdminPage(page, 'Settings')
    const tools = new BackupToolsPage(page)
    await tools.check(backup)
    await page.getByTestId('check-needs-password').waitFor(SLOW)
    await tools.checkWithPassword('not my password at all')
    await tools.checkForm().getByText('were not valid in this backup').waitFor(SLOW)
    await tools.checkWithPassword(PASSWORD)
    await tools.checkResult().waitFor(SLOW)
    await checkPage(admin, '90-backup-other-key')

    // Everyone keeps their password: sign out and in again.
    await page.getByRole('button', { name: 'Your account: Rowan Pike' }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    const signIn = new SignInPage(page)
    await signIn.heading().waitFor(POLL)
    await signIn.signIn('rowan', PASSWORD)
    // Back where they were (the address is kept).
    await shell.heading('Settings').waitFor(POLL)
    expect(admin.problems).toEqual([])
    await admin.context.close()
  })
})
