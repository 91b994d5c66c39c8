import type { Page } from 'playwright-core'
import { currentCodeFor } from '../../../src/main/users/second-factor'

/** Setting up an authenticator app: on the screen shown before the app, or on Your account. */
export class SecondFactorSetupPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Set up two-step sign-in' })
  }

  qrCode() {
    return this.page.getByRole('img', { name: 'QR code to scan with your authenticator app' })
  }

  /** The secret as the screen shows it (groups of four), as someone would type it into an app. */
  async secret(): Promise<string> {
    const secret = this.page.getByTestId('second-factor-secret')
    await secret.waitFor({ timeout: 15_000 })
    return (await secret.innerText()).trim()
  }

  async confirm(code: string): Promise<void> {
    await this.page.getByLabel('Code from your authenticator app').fill(code)
    await this.page.getByRole('button', { name: 'Confirm' }).click()
  }

  codesHeading() {
    return this.page.getByRole('heading', { level: 1, name: 'Save your recovery codes' })
  }

  async recoveryCodes(): Promise<string[]> {
    const list = this.page.getByTestId('recovery-codes')
    await list.waitFor({ timeout: 15_000 })
    return (await list.locator('li').allInnerTexts()).map((s) => s.trim())
  }

  async saved(continueLabel: string): Promise<void> {
    await this.page.getByLabel('I have saved these codes somewhere safe').check()
    await this.page.getByRole('button', { name: continueLabel }).click()
  }
}

/**
 * Reads the secret off the screen, confirms it with the code an authenticator app would show now,
 * and returns the secret and the ten recovery codes (left on screen, not yet confirmed as saved).
 */
export async function setUpAuthenticator(
  page: Page,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = new SecondFactorSetupPage(page)
  const secret = await setup.secret()
  await setup.confirm(currentCodeFor(secret, new Date()))
  return { secret, recoveryCodes: await setup.recoveryCodes() }
}

/** A code for the next 30-second step: the current step's code may already have been used. */
export function nextCode(secret: string): string {
  return currentCodeFor(secret, new Date(Date.now() + 30_000))
}
