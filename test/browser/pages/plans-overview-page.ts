import type { Page } from 'playwright-core'

export type OverviewSection =
  'Drafts to finish' | 'Waiting for a decision' | 'Approved, not yet active' | RegExp

/** #/plans: plans needing attention across everyone, in four headed sections. */
export class PlansOverviewPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Plans' })
  }

  /** A section by its heading; the reviews section's heading names its window ("…next 6 weeks"). */
  section(name: OverviewSection) {
    return this.page.getByRole('region', { name })
  }

  reviews() {
    return this.section(/^Reviews due in the next \d+ weeks$/)
  }

  /** The row for one plan version in a section. */
  row(section: ReturnType<PlansOverviewPage['section']>, planRef: string) {
    return section.locator(`tr[data-plan="${planRef}"]`)
  }

  /** The plan references in a section, top to bottom. */
  async planRefs(section: ReturnType<PlansOverviewPage['section']>): Promise<string[]> {
    return section
      .locator('tr[data-plan]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-plan') ?? ''))
  }

  /** The "when" cell of a row: draft since, waiting, starts, or review due. */
  when(section: ReturnType<PlansOverviewPage['section']>, planRef: string) {
    return this.row(section, planRef).getByTestId('plan-when')
  }

  async chooseReviewWeeks(weeks: 2 | 6 | 12): Promise<void> {
    // A segmented control's radio is drawn under its label; clicking the label chooses it.
    await this.page
      .getByRole('radiogroup', { name: 'Show reviews due in the next' })
      .getByText(`${weeks} weeks`, { exact: true })
      .click()
  }

  jumpButton(name: RegExp) {
    return this.page.getByRole('navigation', { name: 'Parts of this page' }).getByRole('button', {
      name,
    })
  }
}
