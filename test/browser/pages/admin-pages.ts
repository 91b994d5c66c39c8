import type { Page } from 'playwright-core'

export class UsersPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Users' })
  }

  row(username: string) {
    return this.page.locator(`tr[data-username="${username}"]`)
  }

  async addUser(user: {
    username: string
    displayName: string
    roleLabel: string
    password: string
  }) {
    await this.page.getByRole('button', { name: 'Add a user' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Add a user' })
    await dialog.getByLabel('Full name').fill(user.displayName)
    await dialog.getByLabel('Username').fill(user.username)
    await dialog.getByRole('radio', { name: user.roleLabel }).check()
    await dialog.getByLabel('First password').fill(user.password)
    return dialog
  }
}

export class SettingsPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Settings' })
  }

  async setBackupFolder(folder: string): Promise<void> {
    await this.page.getByLabel('Backup folder').fill(folder)
    await this.page.getByRole('button', { name: 'Save backup folder' }).click()
  }

  backupStatus() {
    return this.page.getByTestId('backup-status')
  }
}

/** One row's Actions menu on the Users page, and the dialog an action opens. */
export async function userAction(page: Page, displayName: string, item: string) {
  await page.getByRole('button', { name: `Actions for ${displayName}` }).click()
  await page
    .getByRole('menu', { name: `Actions for ${displayName}` })
    .getByRole('menuitem', { name: item })
    .click()
  return page.getByRole('dialog')
}
