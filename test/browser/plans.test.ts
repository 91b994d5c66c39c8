import { statSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PersonPage } from './pages/people-pages'
import { PlanEditorPage } from './pages/plan-pages'
import { ShellPage } from './pages/shell-page'
import { checkPage, launchBrowser } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { setUpOrganisation, signInAs } from './support/people-setup'

const POLL = { timeout: 15_000 }

describe('a support plan, written with the person and taken to the funding panel', () => {
  let browser: Browser
  let harness: Harness
  let ref: string

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    const call = await setUpOrganisation(harness, [
      { username: 'ada', displayName: 'Ada Okafor', role: 'adviser' },
    ])
    const record = await call('clients.create', {
      fields: {
        legalGivenName: 'Deborah',
        legalFamilyName: 'Parker',
        dateOfBirth: '1953-08-25',
        flags: {
          hasSafeguardingConcern: false,
          hasFinancialConcern: true,
          lacksCapacityForFinances: false,
        },
      },
      status: 'active',
    })
    ref = record.summary.ref
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('writes two outcomes and three costed lines, submits, and records the panel’s decision', async () => {
    const ada = await signInAs(browser, harness, 'ada', { isFirstTime: true })
    const { page } = ada
    await new ShellPage(page).open(`/people/${ref}/plans`)
    const person = new PersonPage(page)
    await person.heading('Deborah Parker').waitFor(POLL)
    await page.getByRole('button', { name: 'Start a new plan' }).click()
    const plan = new PlanEditorPage(page)
    await plan.section('What is important to you?').waitFor(POLL)
    expect(await plan.status().innerText()).toMatch(/Draft/)

    await plan
      .section('What is important to you?')
      .getByLabel('What matters to them')
      .fill('Being at home, seeing my grandchildren, choosing who helps me.')
    await plan.addOutcome('I want to get to the swimming baths on my own.', [
      'Health and emotional well-being',
    ])
    await plan.addOutcome('I want my daughter to get a proper break.', ['Relationships'])
    await plan.setBudget({
      weeklyGross: '200',
      contribution: '15.50',
      managed: 'Direct payment via managed account',
      starts: '01/12/2026',
    })
    await plan.addLine(
      {
        description: 'Personal assistant, mornings',
        supportType: 'Home support or domiciliary care',
        providedBy: 'Employed personal assistant',
        unit: 'Hourly',
        unitCost: '13.75',
        quantity: '12.5',
      },
      [1, 2],
    )
    await plan.addLine(
      {
        description: 'Day centre',
        supportType: 'Day support',
        providedBy: 'Community group or service',
        unit: 'Per session',
        unitCost: '25',
        quantity: '1',
      },
      [2],
    )
    await plan.addLine({
      description: 'Managed account fee',
      supportType: 'Direct payment',
      providedBy: 'Other',
      unit: 'Monthly',
      unitCost: '£52.00',
      quantity: '1',
    })
    // The live estimate uses the backend's rule: 13.75 × 12.5 = 171.875 → £171.88; 52 a month → £12.00.
    await expect.poll(() => plan.weeklyCost().innerText(), POLL).toBe('£208.88')
    expect(await plan.totals().innerText()).toMatch(/estimate until you save/)
    await page.getByText('Over budget by £8.88 a week').waitFor()

    // Ctrl+S saves the draft; the totals are then the backend's.
    await page.keyboard.press('Control+s')
    await expect.poll(() => plan.saveState().innerText(), POLL).toMatch(/Draft saved/)
    expect(await plan.totals().innerText()).toMatch(/Running total \(saved\)[\s\S]*£208\.88/)
    await checkPage(ada, '50-plan-draft')

    // Submitting lists what is missing: how often the council pays, and why it is over budget.
    await plan.submit()
    await plan.problems().waitFor(POLL)
    const problems = await plan.problems().innerText()
    expect(problems).toMatch(/Say how often the council pays/)
    expect(problems).toMatch(/costs more than the budget/)
    await checkPage(ada, '51-plan-submit-problems')

    const budget = plan.section('How will you use your budget?')
    await budget.getByLabel('How often the council pays').selectOption({ label: 'Every 4 weeks' })
    await budget
      .getByLabel('Why the plan costs more than the budget')
      .fill('The managed account fee is new this year; the council agreed to review it.')
    await plan.submit()
    await expect.poll(() => plan.status().innerText(), POLL).toMatch(/Submitted to the council/)
    // Submitted: read-only, with the outcomes and lines as a document.
    expect(await page.getByRole('button', { name: 'Save draft (Ctrl+S)' }).count()).toBe(0)
    await page.getByText('Outcome 1: I want to get to the swimming baths on my own.').waitFor()
    await page.getByRole('cell', { name: 'Managed account fee' }).waitFor()

    // To the panel, then its decision (reasons are needed when a plan is declined).
    await page.getByRole('button', { name: 'Send to funding panel' }).click()
    await expect.poll(() => plan.status().innerText(), POLL).toMatch(/At funding panel/)
    await page.getByRole('button', { name: 'Record panel decision…' }).click()
    const decision = page.getByRole('dialog', { name: 'Record the funding panel’s decision' })
    await decision.getByRole('radio', { name: 'Declined' }).check()
    await decision.getByLabel('Panel', { exact: true }).fill('Calderdale resource panel')
    await decision.getByRole('button', { name: 'Record decision' }).click()
    await decision.getByText('Record the panel’s reasons when a plan is declined.').waitFor()
    await decision.getByRole('radio', { name: 'Approved', exact: true }).check()
    await decision.getByLabel('Weekly amount approved').fill('208.88')
    await checkPage(ada, '52-panel-decision')
    await decision.getByRole('button', { name: 'Record decision' }).click()
    await decision.waitFor({ state: 'hidden' })
    await expect.poll(() => plan.status().innerText(), POLL).toBe('Approved')
    const card = page.getByTestId('panel-decision')
    expect(await card.innerText()).toMatch(
      /Approved: Calderdale resource panel[\s\S]*£208\.88[\s\S]*£208\.88/,
    )
    expect(await page.getByText('First review').count()).toBeGreaterThan(0)
    await checkPage(ada, '53-plan-approved')

    // The printable plan downloads as a PDF made by the backend (a Blob behind <a download>).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download printable plan (PDF)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    const saved = await download.path()
    expect(statSync(saved).size).toBeGreaterThan(1000)
    expect(ada.problems).toEqual([])
    await ada.context.close()
  })
})
