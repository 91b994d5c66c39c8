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

/** A plan that can be submitted: outcomes, a budget starting 1 June 2026, and costed lines. */
const COMPLETE_PLAN = {
  whatMatters: 'My family and my football.',
  signOff: { personOn: '2026-05-20' },
  whatToChange: 'I want to go out without my mum.',
  budget: {
    weeklyGrossPence: 42000,
    weeklyContributionPence: 3550,
    paymentBasis: 'gross',
    paymentFrequency: '4-weekly',
    paymentTiming: 'advance',
    managementForm: 'dp-managed',
    startDate: '2026-06-01',
  },
  outcomes: [
    { text: 'I want to get to the match every other Saturday.', wellbeingAreas: ['e'] },
    { text: 'I want to cook my own tea.', wellbeingAreas: ['b'] },
  ],
  lines: [
    {
      description: 'PA, weekday mornings',
      supportType: 'home-support',
      providerType: 'employed-pa',
      unit: 'hour',
      unitCostPence: 1375,
      quantityHundredths: 1250,
      outcomePositions: [2],
    },
    {
      description: 'PA to football',
      supportType: 'home-support',
      providerType: 'employed-pa',
      unit: 'session',
      unitCostPence: 5500,
      quantityHundredths: 50,
      outcomePositions: [1],
    },
  ],
}

describe('a support plan, written with the person and taken to the funding panel', () => {
  let browser: Browser
  let harness: Harness
  let ref: string
  let call: Awaited<ReturnType<typeof setUpOrganisation>>

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    call = await setUpOrganisation(harness, [
      { username: 'ada', displayName: 'Ada Okafor', role: 'adviser' },
      { username: 'ben', displayName: 'Ben Walsh', role: 'adviser' },
    ])
    const record = await call('people.create', {
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
    await page.getByRole('button', { name: 'Start a new plan…' }).click()
    await page
      .getByRole('dialog', { name: 'Start a new plan?' })
      .getByRole('button', { name: 'Start plan 1' })
      .click()
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
    // On a small laptop screen (1280 at 125 %), every field of a line stays wide enough to read.
    await page.setViewportSize({ width: 1024, height: 768 })
    const lineFields = plan
      .section('How will you use your budget?')
      .getByTestId('plan-line')
      .first()
    for (const label of ['description', 'type of support', 'provided by', 'unit']) {
      const box = await lineFields.getByLabel(`Line 1: ${label}`, { exact: true }).boundingBox()
      expect(box!.width, label).toBeGreaterThan(150)
    }
    await checkPage(ada, '50b-plan-draft-1024')
    await page.setViewportSize({ width: 1280, height: 860 })

    // Submitting lists what is missing: how often the council pays, and why it is over budget.
    await plan.section('Sign-off').getByLabel('Agreed by the person on').fill('20/11/2026')
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
    await plan.confirmStep(
      'Send to funding panel…',
      'Send this plan to the funding panel?',
      'Send to funding panel',
    )
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

  it('a declined plan: the appeal is recorded, a new version is approved and made active (the old one replaced), then ended', async () => {
    const person = await call('people.create', {
      fields: { legalGivenName: 'Tariq', legalFamilyName: 'Hussain', dateOfBirth: '1979-05-01' },
      status: 'referral',
    })
    const first = await call('plans.createWithBudget', {
      ref: person.summary.ref,
      weeklyGrossPence: 42000,
      weeklyContributionPence: 3550,
      paymentBasis: 'gross',
      paymentFrequency: '4-weekly',
      paymentTiming: 'advance',
      managementForm: 'dp-managed',
      startDate: '2026-04-01',
    })
    const v2 = await call('plans.revise', { planRef: first.ref })
    await call('plans.saveDraft', { planRef: v2.ref, content: COMPLETE_PLAN })
    await call('plans.submit', { planRef: v2.ref })
    await call('plans.sendToPanel', { planRef: v2.ref })

    const ben = await signInAs(browser, harness, 'ben', { isFirstTime: true })
    const { page } = ben
    const plan = new PlanEditorPage(page)
    await new ShellPage(page).open(`/people/${v2.ref.replace('/', '/plans/')}`)
    await expect.poll(() => plan.status().innerText(), POLL).toMatch(/At funding panel/)

    // Declined, with the panel's reasons; then the appeal against it.
    await page.getByRole('button', { name: 'Record panel decision…' }).click()
    const decision = page.getByRole('dialog', { name: 'Record the funding panel’s decision' })
    await decision.getByRole('radio', { name: 'Declined' }).check()
    await decision.getByLabel('Panel', { exact: true }).fill('Calderdale resource panel')
    await decision.getByLabel('Reasons').fill('Football support is a universal service.')
    await decision.getByRole('button', { name: 'Record decision' }).click()
    await decision.waitFor({ state: 'hidden' })
    await expect.poll(() => plan.status().innerText(), POLL).toBe('Declined')
    await page.getByRole('button', { name: 'Record an appeal…' }).click()
    const appeal = page.getByRole('dialog', { name: 'Record an appeal or re-submission' })
    await appeal
      .getByLabel('The appeal or re-submission')
      .fill('Appealed 1 Dec: the match is his only social contact; advocate attending.')
    await appeal.getByRole('button', { name: 'Record appeal' }).click()
    await appeal.waitFor({ state: 'hidden' })
    await expect
      .poll(() => page.getByTestId('panel-decision').innerText(), POLL)
      .toMatch(/Appeal or re-submission[\s\S]*only social contact/)
    await checkPage(ben, '54-plan-declined-appeal')

    // A new version carries the plan forward as a draft; it is re-submitted and approved.
    await page.getByRole('button', { name: 'Start a new version' }).click()
    await expect.poll(() => plan.status().innerText(), POLL).toMatch(/Draft/)
    expect(page.url()).toMatch(/P1v3$/)
    // A new version is agreed again: its sign-off starts empty.
    await plan.section('Sign-off').getByLabel('Agreed by the person on').fill('01/12/2026')
    await plan.submit()
    await expect.poll(() => plan.status().innerText(), POLL).toMatch(/Submitted to the council/)
    await page.getByRole('button', { name: 'Record panel decision…' }).click()
    await decision.getByRole('radio', { name: 'Approved', exact: true }).check()
    await decision.getByLabel('Panel', { exact: true }).fill('Calderdale resource panel')
    await decision.getByLabel('Weekly amount approved').fill('202.38')
    await decision.getByRole('button', { name: 'Record decision' }).click()
    // The panel agreed more than the lines cost: it is shown, and recorded once confirmed.
    await decision
      .getByText('Weekly: £202.38 agreed against £199.38 asked for (£3.00 more).')
      .waitFor(POLL)
    await decision.getByRole('button', { name: 'Record the different amount' }).click()
    await decision.waitFor({ state: 'hidden' })
    await expect.poll(() => plan.status().innerText(), POLL).toBe('Approved')

    // Active: the version that was active before is replaced, and keeps its history.
    await page.getByRole('button', { name: 'Make this the active plan…' }).click()
    const activate = page.getByRole('dialog', { name: 'Make this the active plan?' })
    expect(await activate.getByTestId('activate-question').innerText()).toContain(
      `Plan 1, version 1 (${first.ref}), active now, will be marked “Replaced by a newer plan”`,
    )
    await activate.getByRole('button', { name: 'Make active and replace the old plan' }).click()
    await expect.poll(() => plan.status().innerText(), POLL).toBe('Active')
    // He is still a referral on his record: the app says so rather than changing it silently.
    await page
      .getByText(/Tariq Hussain is still recorded as “Referral”: use “Change status…”/)
      .waitFor()
    await new ShellPage(page).open(`/people/${person.summary.ref}/plans`)
    const versions = page.getByTestId('plans-table')
    const statusOf = (planRef: string) =>
      versions.locator(`tr[data-plan="${planRef}"]`).getByTestId('plan-status').innerText()
    await expect.poll(() => statusOf(`${person.summary.ref}/P1v3`), POLL).toBe('Active')
    expect(await statusOf(`${person.summary.ref}/P1v2`)).toBe('Declined')
    expect(await statusOf(first.ref)).toBe('Replaced by a newer plan')

    // Ending it asks for the date; a date before the plan started is refused on the field.
    await new ShellPage(page).open(`/people/${person.summary.ref}/plans/P1v3`)
    await page.getByRole('button', { name: 'End plan…' }).click()
    const end = page.getByRole('dialog', { name: 'End this plan' })
    await end.getByLabel('Date the plan ended').fill('31/05/2026')
    await end.getByRole('button', { name: 'End plan' }).click()
    await end.getByText('The plan started on 01/06/2026: it cannot end before then.').waitFor()
    expect(await plan.status().innerText()).toBe('Active')
    await end.getByLabel('Date the plan ended').fill('30/09/2026')
    await end.getByRole('button', { name: 'End plan' }).click()
    await end.waitFor({ state: 'hidden' })
    await expect.poll(() => plan.status().innerText(), POLL).toBe('Ended')
    expect(await page.getByTestId('plan-next-steps').getByRole('button').allInnerTexts()).toEqual([
      'Start a new version',
    ])
    expect(ben.problems).toEqual([])
    await ben.context.close()
  })

  it('throws away a draft started by mistake, after asking', async () => {
    const rowan = await signInAs(browser, harness, 'rowan')
    const { page } = rowan
    await new ShellPage(page).open(`/people/${ref}/plans`)
    const plans = page.getByTestId('plans-table')
    await plans.waitFor(POLL)
    const before = await plans.locator('tbody tr').count()
    await page.getByRole('button', { name: 'Start a new plan…' }).click()
    // Deborah has a plan already: this starts a separate second one.
    await page
      .getByRole('dialog', { name: 'Start a new plan?' })
      .getByRole('button', { name: 'Start plan 2' })
      .click()
    const plan = new PlanEditorPage(page)
    await expect.poll(() => plan.status().innerText(), POLL).toMatch(/Draft/)
    const draftUrl = page.url()
    await plan
      .section('What is important to you?')
      .getByLabel('What matters to them')
      .fill('Written on the wrong person’s record.')

    await page.getByRole('button', { name: 'Throw away this draft…' }).click()
    const confirm = page.getByRole('dialog', { name: 'Throw away this draft?' })
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await confirm.waitFor({ state: 'hidden' })
    expect(page.url()).toBe(draftUrl)
    await page.getByRole('button', { name: 'Throw away this draft…' }).click()
    await confirm.getByRole('button', { name: 'Throw away the draft' }).click()
    // No "unsaved changes" question: the draft is gone on purpose.
    await page.getByText('Draft thrown away').waitFor(POLL)
    await expect.poll(() => page.url(), POLL).toMatch(new RegExp(`/people/${ref}/plans$`))
    await expect.poll(() => plans.locator('tbody tr').count(), POLL).toBe(before)
    expect(rowan.problems).toEqual([])
    await rowan.context.close()
  })

  it('does not save over a draft someone else saved meanwhile, and keeps what was typed', async () => {
    const draft = await call('plans.create', { ref })
    const ada = await signInAs(browser, harness, 'ada')
    const { page } = ada
    await new ShellPage(page).open(`/people/${draft.ref.replace('/', '/plans/')}`)
    const plan = new PlanEditorPage(page)
    const matters = plan.section('What is important to you?').getByLabel('What matters to them')
    await matters.waitFor(POLL)
    // Meanwhile, from another window, the administrator saves the same draft.
    await call('plans.saveDraft', {
      planRef: draft.ref,
      content: { whatMatters: 'Written by Rowan in the office.' },
    })
    await matters.fill('Written by Ada on a home visit.')
    await page.keyboard.press('Control+s')
    await page
      .getByRole('alert')
      .getByText(/was saved by someone else at .* while you were editing it/)
      .waitFor(POLL)
    expect(await matters.inputValue()).toBe('Written by Ada on a home visit.')
    expect(await plan.saveState().innerText()).toMatch(/not saved yet/)
    const stored = await call('plans.get', { planRef: draft.ref })
    expect(stored.content.whatMatters).toBe('Written by Rowan in the office.')
    await checkPage(ada, '55-plan-save-conflict')
    await ada.context.close()
  })
})
