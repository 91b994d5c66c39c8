import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PlanEditorPage } from './pages/plan-pages'
import { ShellPage } from './pages/shell-page'
import { checkPage, launchBrowser } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { setUpOrganisation, signInAs } from './support/people-setup'

/** Sense checks on plans (issue 9 #4, #6, #9), the problems bar, and the plan at large text. */

const POLL = { timeout: 15_000 }

/** Complete enough to submit, but with no agreement, risks, contingency or people, and £40 spare. */
const BARE_PLAN = {
  whatMatters: 'My dog and my garden.',
  budget: {
    weeklyGrossPence: 30000,
    weeklyContributionPence: 2000,
    paymentBasis: 'gross',
    paymentFrequency: '4-weekly',
    paymentTiming: 'arrears',
    managementForm: 'dp-self',
    startDate: '2026-12-14',
  },
  outcomes: [{ text: 'I want to walk the dog every morning.' }],
  lines: [
    {
      description: 'Personal assistant, mornings and tea-times, with help getting to the shops',
      supportType: 'home-support',
      providerType: 'employed-pa',
      unit: 'hour',
      unitCostPence: 1300,
      quantityHundredths: 2000,
      outcomePositions: [1],
    },
    {
      description: 'Key safe',
      supportType: 'equipment',
      providerType: 'equipment',
      unit: 'one-off',
      unitCostPence: 9000,
      quantityHundredths: 100,
    },
  ],
}

describe('sense checks on a support plan', () => {
  let browser: Browser
  let harness: Harness
  let call: Awaited<ReturnType<typeof setUpOrganisation>>

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    call = await setUpOrganisation(harness, [
      { username: 'cara', displayName: 'Cara Nwosu', role: 'adviser' },
    ])
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  const person = async (given: string, family: string) =>
    (
      await call('people.create', {
        fields: { legalGivenName: given, legalFamilyName: family, dateOfBirth: '1950-03-02' },
        status: 'active',
      })
    ).summary.ref as string

  it('asks before starting a plan, lists what is missing before submitting, and needs a reason without agreement', async () => {
    const ref = await person('Maud', 'Ellery')
    const cara = await signInAs(browser, harness, 'cara', { isFirstTime: true })
    const { page } = cara
    await new ShellPage(page).open(`/people/${ref}/plans`)

    // "Start a new plan" asks first; cancelling starts nothing.
    await page.getByRole('button', { name: 'Start a new plan…' }).click()
    const start = page.getByRole('dialog', { name: 'Start a new plan?' })
    await start.getByText('This starts Maud Ellery’s first support plan, as a draft.').waitFor()
    await checkPage(cara, '60-plan-start-confirm')
    await start.getByRole('button', { name: 'Cancel' }).click()
    await start.waitFor({ state: 'hidden' })
    expect(await call('plans.list', { ref })).toEqual([])
    await page.getByRole('button', { name: 'Start a new plan…' }).click()
    await start.getByRole('button', { name: 'Start plan 1' }).click()
    const plan = new PlanEditorPage(page)
    await plan.section('What is important to you?').waitFor(POLL)
    const planRef = `${ref}/P1v1`
    await call('plans.saveDraft', { planRef, content: BARE_PLAN })
    await page.reload()
    await plan.section('What is important to you?').waitFor(POLL)

    // Submitting lists what the council will ask about, and asks why there is no agreement.
    await page.getByRole('button', { name: 'Submit plan…' }).click()
    const dialog = plan.submitDialog()
    const missing = await dialog.getByTestId('submit-missing').innerText()
    for (const text of [
      'The person has not agreed the plan',
      'No risks are recorded.',
      'Nothing says what happens if support does not turn up.',
      'Nobody is recorded as involved',
      '£40.00 a week of the budget is not allocated to any costed line.',
    ])
      expect(missing).toContain(text)
    await dialog.getByRole('button', { name: 'Submit without their agreement' }).click()
    await dialog
      .getByText(/Choose why the plan goes to the council without their agreement/)
      .waitFor()
    await checkPage(cara, '61-plan-submit-missing')

    // Each missing part links to its field.
    await dialog
      .getByRole('listitem')
      .filter({ hasText: 'No risks are recorded.' })
      .getByRole('button', { name: 'Go to it' })
      .click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => page.locator('*:focus').innerText(), POLL).toBe('Add a risk')

    // Without agreement, the reason is recorded and the plan goes.
    await page.getByRole('button', { name: 'Submit plan…' }).click()
    await dialog.getByRole('radio', { name: /They lack capacity to agree the plan/ }).check()
    await dialog
      .getByLabel('The best-interests route: who decided, when, and who was consulted')
      .fill('Best-interests meeting on 1 December: her son, her GP and the social worker.')
    await dialog.getByRole('button', { name: 'Submit without their agreement' }).click()
    await expect.poll(() => plan.status().innerText(), POLL).toMatch(/Submitted to the council/)
    const events = await call('audit.list', {})
    expect(events.find((e: { action: string }) => e.action === 'plans.submit')?.summary).toContain(
      'Best-interests meeting on 1 December',
    )
    expect(cara.problems).toEqual([])
    await cara.context.close()
  })

  it('the problems bar stays small on an 800-px screen, and each problem takes you to its field', async () => {
    const ref = await person('Hal', 'Price')
    const draft = await call('plans.create', { ref })
    await call('plans.saveDraft', {
      planRef: draft.ref,
      content: {
        whatMatters: 'Football.',
        signOff: { personOn: '2026-11-30' },
        budget: { weeklyGrossPence: 10000 },
      },
    })
    const cara = await signInAs(browser, harness, 'cara')
    const { page } = cara
    await page.setViewportSize({ width: 1280, height: 800 })
    await new ShellPage(page).open(`/people/${draft.ref.replace('/', '/plans/')}`)
    const plan = new PlanEditorPage(page)
    await plan.section('What is important to you?').waitFor(POLL)
    await plan.submit()
    await plan.problems().waitFor(POLL)
    // Five problems, in a bar no taller than a sixth of the screen (it was a third).
    expect(await plan.problems().getByRole('button').count()).toBe(5)
    const bar = await plan.problems().boundingBox()
    expect(bar!.height).toBeLessThan(800 / 6)
    await checkPage(cara, '62-plan-problems-bar')
    await plan.problems().getByRole('button', { name: 'Say how often the council pays.' }).click()
    await expect
      .poll(() => page.locator('*:focus').getAttribute('id'), POLL)
      .toBe('plan-payment-frequency')
    // The field is on screen above the sticky bar, not under it.
    const actions = await page.locator('.cb-plan-actions').boundingBox()
    const fieldBox = () => page.locator('#plan-payment-frequency').boundingBox()
    // The scroll is smooth: wait for it to settle with the field in view.
    await expect
      .poll(async () => {
        const box = await fieldBox()
        return box!.y >= 0 && box!.y + box!.height <= actions!.y
      }, POLL)
      .toBe(true)
    await plan
      .problems()
      .getByRole('button', { name: /at least one outcome/ })
      .click()
    await expect.poll(() => page.locator('*:focus').innerText(), POLL).toBe('Add an outcome')
    expect(cara.problems).toEqual([])
    await cara.context.close()
  })

  it('checks a panel decision: no future date, a one-off amount when one was asked for, and a confirmed difference', async () => {
    const ref = await person('Iris', 'Bell')
    const old = await call('plans.createWithBudget', {
      ref,
      weeklyGrossPence: 25000,
      weeklyContributionPence: 0,
      paymentBasis: 'net',
      paymentFrequency: 'weekly',
      paymentTiming: 'advance',
      managementForm: 'dp-self',
      startDate: '2026-01-05',
    })
    const draft = await call('plans.revise', { planRef: old.ref })
    await call('plans.saveDraft', {
      planRef: draft.ref,
      content: { ...BARE_PLAN, signOff: { personOn: '2026-11-30' } },
    })
    await call('plans.submit', { planRef: draft.ref })

    const cara = await signInAs(browser, harness, 'cara')
    const { page } = cara
    await new ShellPage(page).open(`/people/${draft.ref.replace('/', '/plans/')}`)
    const plan = new PlanEditorPage(page)
    await expect.poll(() => plan.status().innerText(), POLL).toMatch(/Submitted/)

    // Sending to the panel asks first.
    await page.getByRole('button', { name: 'Send to funding panel…' }).click()
    const toPanel = page.getByRole('dialog', { name: 'Send this plan to the funding panel?' })
    await toPanel.getByText(/Plan 1, version 2 will be recorded as at the funding panel/).waitFor()
    await checkPage(cara, '63-plan-send-to-panel-confirm')
    await toPanel.getByRole('button', { name: 'Send to funding panel' }).click()
    await expect.poll(() => plan.status().innerText(), POLL).toMatch(/At funding panel/)

    await page.getByRole('button', { name: 'Record panel decision…' }).click()
    const decision = page.getByRole('dialog', { name: 'Record the funding panel’s decision' })
    await decision.getByRole('radio', { name: 'Approved', exact: true }).check()
    await decision.getByLabel('Panel', { exact: true }).fill('Calderdale resource panel')
    await decision.getByLabel('Date of the decision').fill('01/01/2030')
    await decision.getByLabel('Weekly amount approved').fill('1040')
    await decision.getByRole('button', { name: 'Record decision' }).click()
    await decision.getByText(/The decision date 01\/01\/2030 is in the future/).waitFor()
    await decision
      .getByText('A one-off amount was asked for: enter how much was approved (0 if none).')
      .waitFor()
    await decision.getByLabel('Date of the decision').fill('01/12/2026')
    await decision.getByLabel('One-off amount approved').fill('90')
    await decision.getByRole('button', { name: 'Record decision' }).click()
    // Four times the £260.00 asked for: shown, and recorded only when confirmed.
    await decision
      .getByText('Weekly: £1,040.00 agreed against £260.00 asked for (£780.00 more).')
      .waitFor(POLL)
    await checkPage(cara, '64-panel-decision-differs')
    expect(await plan.status().innerText()).toMatch(/At funding panel/)
    await decision.getByLabel('Weekly amount approved').fill('260')
    await decision.getByRole('button', { name: /Record/ }).click()
    await decision.waitFor({ state: 'hidden' })
    await expect.poll(() => plan.status().innerText(), POLL).toBe('Approved')
    await page
      .getByText('£260.00 a week and £90.00 once, agreed on 01/12/2026')
      .first()
      .waitFor(POLL)

    // Making it active names the plan it replaces.
    await page.getByRole('button', { name: 'Make this the active plan…' }).click()
    const activate = page.getByRole('dialog', { name: 'Make this the active plan?' })
    await activate
      .getByText(
        `Plan 1, version 1 (${old.ref}), active now, will be marked “Replaced by a newer plan”`,
        {
          exact: false,
        },
      )
      .waitFor()
    await checkPage(cara, '65-plan-activate-confirm')
    await activate.getByRole('button', { name: 'Cancel' }).click()
    expect(await plan.status().innerText()).toBe('Approved')
    await plan.confirmStep(
      'Make this the active plan…',
      'Make this the active plan?',
      'Make active and replace the old plan',
    )
    await expect.poll(() => plan.status().innerText(), POLL).toBe('Active')
    expect((await call('plans.get', { planRef: old.ref })).status).toBe('superseded')

    // At 1024 px with large text, the costed lines stay inside their card.
    await page.setViewportSize({ width: 1024, height: 768 })
    await page.getByRole('button', { name: 'Your account: Cara Nwosu' }).click()
    await page.getByRole('menuitem', { name: 'Use large text' }).click()
    expect(await page.locator('html').getAttribute('data-large-text')).toBe('true')
    const budget = plan.section('How will you use your budget?')
    const lines = budget.getByRole('region', { name: 'Costed lines' })
    const card = await budget.boundingBox()
    const table = await lines.boundingBox()
    expect(table!.x + table!.width).toBeLessThanOrEqual(card!.x + card!.width)
    await checkPage(cara, '66-plan-view-1024-large-text')
    expect(cara.problems).toEqual([])
    await cara.context.close()
  })
})
