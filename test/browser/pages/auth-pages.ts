import type { Page } from 'playwright-core'

export class SignInPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Sign in' })
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Username').fill(username)
    await this.page.getByLabel('Password').fill(password)
    await this.page.getByRole('button', { name: 'Sign in' }).click()
  }

  error() {
    return this.page.getByRole('alert').filter({ hasText: 'Could not sign in' })
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
