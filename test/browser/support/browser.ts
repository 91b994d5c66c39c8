import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core'
import { expect } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..', '..', '..')
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots')

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export interface TrackedPage {
  readonly context: BrowserContext
  readonly page: Page
  /** Console errors and CSP violations seen so far. */
  readonly problems: string[]
}

/**
 * A page in its own context (its own cookies: one browser = one Casebook connection) that records
 * console errors, so a Content Security Policy violation fails the test.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: { beforeLoad?: (page: Page) => Promise<void> } = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'en-GB',
  })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  await options.beforeLoad?.(page)
  await page.goto(url)
  return { context, page, problems }
}

/**
 * Runs axe on the page as it is now (zero violations allowed), checks no CSP violation has been
 * logged, and saves a full-page screenshot as test-artifacts/screenshots/<name>.png.
 */
export async function checkPage(tracked: TrackedPage, name: string): Promise<void> {
  const { page } = tracked
  await page.waitForLoadState('networkidle').catch(() => undefined)
  // Let Mantine's transitions (modals, notifications) finish so axe sees the final colours.
  await page.waitForTimeout(350)
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
  const results = await new AxeBuilder({ page }).analyze()
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }))
  expect(violations, `accessibility problems on "${name}"`).toEqual([])
  const csp = tracked.problems.filter((p) => /Content Security Policy|Refused to/i.test(p))
  expect(csp, `CSP violations on "${name}"`).toEqual([])
}
