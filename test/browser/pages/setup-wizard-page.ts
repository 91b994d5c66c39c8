import type { Page } from 'playwright-core'

export interface CouncilInput {
  readonly name: string
  readonly onsCode: string
}

/** The first-run wizard: organisation and councils, first administrator, recovery key. */
export class SetupWizardPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Set up Casebook' })
  }

  async fillOrganisation(name: string, councils: readonly CouncilInput[]): Promise<void> {
    await this.page.getByLabel('Organisation name').fill(name)
    for (const [index, council] of councils.entries()) {
      if (index > 0) await this.page.getByRole('button', { name: 'Add another council' }).click()
      const group = this.page.getByRole('group', { name: `Council ${index + 1}` })
      await group.getByLabel('Council name').fill(council.name)
      await group.getByLabel('ONS code').fill(council.onsCode)
    }
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next: first administrator' }).click()
  }

  async fillAdmin(admin: { username: string; displayName: string; password: string }) {
    await this.page.getByLabel('Username').fill(admin.username)
    await this.page.getByLabel('Full name').fill(admin.displayName)
    await this.typePassword(admin.password)
    await this.page.getByLabel('Password again').fill(admin.password)
  }

  async typePassword(password: string): Promise<void> {
    await this.page.getByLabel('Password', { exact: true }).fill(password)
  }

  /** "Ask administrators and budget managers for a code … (recommended)". */
  askForCode() {
    return this.page.getByRole('checkbox', { name: /^Ask administrators and budget managers/ })
  }

  strength() {
    return this.page.getByTestId('password-strength')
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create Casebook' }).click()
  }

  async recoveryKey(): Promise<string> {
    const key = this.page.getByTestId('recovery-key')
    await key.waitFor({ timeout: 30_000 })
    return (await key.innerText()).trim()
  }

  /** Ticks "I have written … down" (unless told not to), types the key back and carries on. */
  async confirmRecoveryKey(typed: string, options: { tick?: boolean } = {}): Promise<void> {
    if (options.tick !== false) {
      await this.page
        .getByLabel('I have written the recovery key down or stored it somewhere safe')
        .check()
    }
    await this.page.getByLabel('Type the recovery key back').fill(typed)
    await this.page.getByRole('button', { name: 'Continue to sign in' }).click()
  }
}
