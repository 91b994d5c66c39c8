import type { Page } from 'playwright-core'

export interface CostedLine {
  readonly description: string
  readonly supportType: string
  readonly providedBy: string
  readonly unit: string
  readonly unitCost: string
  readonly quantity: string
}

/** A draft plan in the editor, and the status panel above every version. */
export class PlanEditorPage {
  constructor(readonly page: Page) {}

  section(title: string) {
    return this.page.getByRole('region', { name: title })
  }

  async addOutcome(text: string, wellbeing: readonly string[] = []): Promise<void> {
    const section = this.section('What do you want to change or achieve?')
    await section.getByRole('button', { name: 'Add an outcome' }).click()
    const outcome = section.getByTestId('plan-outcome').last()
    await outcome.getByLabel('In their words').fill(text)
    const areas = outcome.getByRole('group', { name: 'Care Act wellbeing areas' })
    // A chip's box is drawn by its label; clicking the label ticks it.
    for (const area of wellbeing) await areas.getByText(area, { exact: true }).click()
  }

  async setBudget(budget: {
    weeklyGross: string
    contribution: string
    frequency?: string
    managed: string
    starts: string
  }): Promise<void> {
    const s = this.section('How will you use your budget?')
    await s.getByLabel('Weekly budget (gross)').fill(budget.weeklyGross)
    await s.getByLabel('Their weekly contribution').fill(budget.contribution)
    if (budget.frequency)
      await s.getByLabel('How often the council pays').selectOption({ label: budget.frequency })
    await s.getByLabel('How the budget is managed').selectOption({ label: budget.managed })
    await s.getByLabel('Plan starts').fill(budget.starts)
  }

  async addLine(line: CostedLine, outcomes: readonly number[] = []): Promise<void> {
    const s = this.section('How will you use your budget?')
    await s.getByRole('button', { name: 'Add a costed line' }).click()
    const n = await s.getByTestId('plan-line').count()
    await s.getByLabel(`Line ${n}: description`).fill(line.description)
    await s.getByLabel(`Line ${n}: type of support`).selectOption({ label: line.supportType })
    await s.getByLabel(`Line ${n}: provided by`).selectOption({ label: line.providedBy })
    await s.getByLabel(`Line ${n}: unit`, { exact: true }).selectOption({ label: line.unit })
    await s.getByLabel(`Line ${n}: unit cost in pounds`).fill(line.unitCost)
    await s.getByLabel(new RegExp(`^Line ${n}: quantity`)).fill(line.quantity)
    for (const o of outcomes) {
      await s
        .getByRole('group', { name: `Line ${n} pays towards` })
        .getByRole('checkbox', { name: new RegExp(`^Outcome ${o}`) })
        .check()
    }
  }

  weeklyCost() {
    return this.page.getByTestId('weekly-cost')
  }

  totals() {
    return this.page.getByTestId('plan-totals')
  }

  saveState() {
    return this.page.getByTestId('save-state')
  }

  status() {
    return this.page
      .getByRole('region', { name: /^Plan \d+, version \d+/ })
      .getByTestId('plan-status')
  }

  submitDialog() {
    return this.page.getByRole('dialog', { name: 'Submit this plan?' })
  }

  /** Submits, going past the list of missing parts (not past a missing agreement). */
  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Submit plan…' }).click()
    await this.submitDialog()
      .getByRole('button', { name: /^Submit (plan|anyway)$/ })
      .click()
  }

  /** A step on the status panel that asks first ("Send to funding panel…"), confirmed. */
  async confirmStep(button: string, dialog: string, confirm: string): Promise<void> {
    await this.page.getByRole('button', { name: button }).click()
    await this.page
      .getByRole('dialog', { name: dialog })
      .getByRole('button', { name: confirm })
      .click()
  }

  problems() {
    return this.page.getByTestId('submit-problems')
  }
}
