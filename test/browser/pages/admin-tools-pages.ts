import type { Page } from 'playwright-core'

/** The Admin pages' own navigation (Users, Settings, Backups, Audit log, Data file, About). */
export async function openAdminPage(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Admin pages' }).getByRole('link', { name }).click()
}

export async function adminPageNames(page: Page): Promise<string[]> {
  const links = page.getByRole('navigation', { name: 'Admin pages' }).getByRole('link')
  return (await links.allInnerTexts()).map((s) => s.trim())
}

/** Admin → Audit log: the events table, the "since" filter and "Check the log". */
export class AuditLogPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Audit log' })
  }

  table() {
    return this.page.getByTestId('audit-table')
  }

  /** Rows for one action code, e.g. "people.view". */
  rows(action: string) {
    return this.table().locator(`tbody tr[data-action="${action}"]`)
  }

  async since(date: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Since' }).fill(date)
    await this.page.getByRole('button', { name: 'Show', exact: true }).click()
  }

  count() {
    return this.page.getByTestId('audit-count')
  }

  async check(): Promise<void> {
    await this.page.getByRole('button', { name: 'Check the log' }).click()
  }

  checkResult() {
    return this.page.getByTestId('audit-check-result')
  }
}

/** The backup tools under Admin → Settings → Backups: check a file, restore one to a new file. */
export class BackupToolsPage {
  constructor(readonly page: Page) {}

  checkForm() {
    return this.page.getByRole('form', { name: 'Check a backup file' })
  }

  restoreForm() {
    return this.page.getByRole('form', { name: 'Restore a backup to a new file' })
  }

  async check(file: string): Promise<void> {
    const form = this.checkForm()
    await form.getByLabel('Backup file').fill(file)
    await form.getByRole('button', { name: 'Check backup' }).click()
  }

  /** After BACKUP.OTHER_KEY: a password valid when the backup was made, then check again. */
  async checkWithPassword(password: string): Promise<void> {
    const form = this.checkForm()
    await form.getByLabel('Password valid when the backup was made').fill(password)
    await form.getByRole('button', { name: 'Check backup' }).click()
  }

  checkResult() {
    return this.page.getByTestId('backup-check-result')
  }

  async restore(file: string, to: string) {
    const form = this.restoreForm()
    await form.getByLabel('Backup file to restore').fill(file)
    await form.getByLabel('New data file').fill(to)
    await form.getByRole('button', { name: 'Restore to a new file…' }).click()
    return this.page.getByRole('dialog', { name: 'Restore this backup to a new file?' })
  }

  restoreResult() {
    return this.page.getByTestId('restore-result')
  }
}

/** Admin → Data file: the health check and "Re-encrypt with a new key". */
export class DataFilePage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Data file' })
  }

  check() {
    return this.page.getByTestId('db-check')
  }

  async rotate(password: string) {
    const section = this.page.getByRole('region', { name: 'Re-encrypt with a new key' })
    await section.getByLabel('Your password').fill(password)
    await section.getByRole('button', { name: 'Re-encrypt with a new key…' }).click()
    return this.page.getByRole('dialog', { name: 'Re-encrypt the data file now?' })
  }

  rotateResult() {
    return this.page.getByTestId('rotate-result')
  }
}
