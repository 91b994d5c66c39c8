import type { Page } from 'playwright-core'

export class SignInPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Sign in' })
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Username').fill(username)
    await this.page.getByLabel('Password', { exact: true }).fill(password)
    await this.page.getByRole('button', { name: 'Sign in' }).click()
  }

  error() {
    return this.page.getByRole('alert').filter({ hasText: 'Could not sign in' })
  }

  /** The second step of two-step sign-in, on the same screen. */
  codeField() {
    return this.page.getByLabel('Code from your authenticator app')
  }

  async enterCode(code: string): Promise<void> {
    await this.codeField().fill(code)
    await this.page.getByRole('button', { name: 'Sign in' }).click()
  }
}

export class LockPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Casebook is locked' })
  }

  async unlock(password: string): Promise<void> {
    await this.page.getByLabel('Your password').fill(password)
    await this.page.getByRole('button', { name: 'Unlock' }).click()
  }

  error() {
    return this.page.getByRole('alert').filter({ hasText: 'Still locked' })
  }
}

export class ChangePasswordPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Choose your own password' })
  }

  async change(current: string, next: string): Promise<void> {
    await this.page.getByLabel('Current password').fill(current)
    await this.page.getByLabel('New password', { exact: true }).fill(next)
    await this.page.getByLabel('New password again').fill(next)
    await this.page.getByRole('button', { name: 'Change password and carry on' }).click()
  }
}

/** "Forgotten your password?": an administrator's reset with the recovery key. */
export class RecoverPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Reset an administrator’s password' })
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Forgotten your password?' }).click()
    await this.heading().waitFor()
  }

  async fill(values: { recoveryKey: string; username?: string; password: string }) {
    await this.page.getByLabel('Recovery key').fill(values.recoveryKey)
    await this.page.getByLabel(/^Administrator’s username/).fill(values.username ?? '')
    await this.page.getByLabel('New password', { exact: true }).fill(values.password)
    await this.page.getByLabel('New password again').fill(values.password)
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Set new password' }).click()
  }

  strength() {
    return this.page.getByTestId('password-strength')
  }

  /** The error shown under a field, read through its aria-describedby. */
  async errorOf(label: string | RegExp): Promise<string> {
    const field = this.page.getByLabel(label)
    await field.and(this.page.locator('[aria-invalid="true"]')).waitFor()
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/)
    const texts = await Promise.all(
      ids.filter(Boolean).map((id) => this.page.locator(`[id="${id}"]`).innerText()),
    )
    return texts.join(' ')
  }
}
