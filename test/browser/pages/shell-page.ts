import type { Page } from 'playwright-core'
import type { PageGlobals } from '../support/page-globals'

/** The signed-in app: header, section navigation, current page. */
export class ShellPage {
  constructor(readonly page: Page) {}

  navigation() {
    return this.page.getByRole('navigation', { name: 'Sections' })
  }

  async sectionNames(): Promise<string[]> {
    return (await this.navigation().getByRole('link').allInnerTexts()).map((s) => s.trim())
  }

  heading(name?: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name })
  }

  async goTo(section: string): Promise<void> {
    await this.navigation().getByRole('link', { name: section }).click()
  }

  /** Opens an address inside the app directly, as a bookmark would. */
  async open(hashPath: string): Promise<void> {
    await this.page.evaluate((path) => {
      ;(globalThis as unknown as PageGlobals).location.hash = path
    }, hashPath)
  }

  /** An item of the user menu (Your account, Change my password, Sign out…). */
  async userMenu(displayName: string, item: string): Promise<void> {
    await this.page.getByRole('button', { name: `Your account: ${displayName}` }).click()
    await this.page.getByRole('menuitem', { name: item }).click()
  }

  async lockWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+l')
  }

  async openShortcuts(): Promise<void> {
    await this.page.locator('body').click({ position: { x: 5, y: 400 } })
    await this.page.keyboard.press('?')
  }
}
