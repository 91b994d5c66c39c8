import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, formatDate, localIsoDate } from '../../src/shared/dates'
import { PlanEditorPage } from './pages/plan-pages'
import { PlansOverviewPage } from './pages/plans-overview-page'
import { ShellPage } from './pages/shell-page'
import { checkPage, launchBrowser } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { setUpOrganisation, signInAs } from './support/people-setup'

const POLL = { timeout: 15_000 }
const NO_FLAGS = {
  hasSafeguardingConcern: false,
  hasFinancialConcern: false,
  lacksCapacityForFinances: false,
}

type Call = (name: string, input: unknown) => Promise<{ ref: string; summary: { ref: string } }>

/** A plan's content that may be submitted: one outcome, one costed line, a whole budget. */
function submittable(startDate: string) {
  return {
    signOff: { personOn: '2026-01-05' },
    outcomes: [{ text: 'I want to get to the allotment twice a week.' }],
    lines: [
      {
        description: 'Personal assistant',
        supportType: 'home-support',
        providerType: 'employed-pa',
        unit: 'hour',
        unitCostPence: 1500,
        quantityHundredths: 1000,
      },
    ],
    budget: {
      weeklyGrossPence: 20000,
      weeklyContributionPence: 1000,
      managementForm: 'dp-managed',
      paymentFrequency: '4-weekly',
      startDate,
    },
  }
}

describe('the Plans section: what needs doing across everyone', () => {
  let browser: Browser
  let harness: Harness
  let call: Call

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    call = (await setUpOrganisation(harness, [
      { username: 'ada', displayName: 'Ada Okafor', role: 'adviser' },
    ])) as Call
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  async function person(given: string, family: string, flags: Partial<typeof NO_FLAGS> = {}) {
    const record = await call('people.create', {
      fields: { legalGivenName: given, legalFamilyName: family, flags: { ...NO_FLAGS, ...flags } },
      status: 'active',
    })
    return record.summary.ref
  }

  it('lists drafts, plans waiting for a decision, approved plans and reviews due, each linking to the plan', async () => {
    const ada = await signInAs(browser, harness, 'ada', { isFirstTime: true })
    const { page } = ada
    const shell = new ShellPage(page)
    const overview = new PlansOverviewPage(page)

    // Nothing yet: every section says so plainly.
    await shell.goTo('Plans')
    await overview.heading().waitFor(POLL)
    await overview.section('Drafts to finish').getByText('No drafts.').waitFor(POLL)
    await overview
      .section('Waiting for a decision')
      .getByText('No plans are waiting for a decision.')
      .waitFor()
    await overview
      .section('Approved, not yet active')
      .getByText('No approved plans are waiting to start.')
      .waitFor()
    await overview.reviews().getByText('No reviews due in the next 6 weeks.').waitFor()
    await checkPage(ada, '54-plans-overview-empty')

    // People and plans in each state, made through the backend routes the app uses.
    const today = localIsoDate(new Date())
    const deborah = await person('Deborah', 'Parker', { hasFinancialConcern: true })
    const draft = await call('plans.create', { ref: deborah })
    await call('plans.saveDraft', {
      planRef: draft.ref,
      content: {
        ...submittable(addDays(today, 30)),
        budget: { ...submittable(addDays(today, 30)).budget, weeklyGrossPence: 10000 },
      },
    })

    const imran = await person('Imran', 'Shah')
    const submitted = await call('plans.create', { ref: imran })
    await call('plans.saveDraft', {
      planRef: submitted.ref,
      content: submittable(addDays(today, 21)),
    })
    await call('plans.submit', { planRef: submitted.ref })

    const gwen = await person('Gwen', 'Jones', { hasSafeguardingConcern: true })
    const approved = await call('plans.create', { ref: gwen })
    await call('plans.saveDraft', {
      planRef: approved.ref,
      content: submittable(addDays(today, 5)),
    })
    await call('plans.submit', { planRef: approved.ref })
    await call('plans.sendToPanel', { planRef: approved.ref })
    await call('plans.recordDecision', {
      planRef: approved.ref,
      decision: {
        decidedOn: today,
        panel: 'Calderdale resource panel',
        weeklyRequestedPence: 15000,
        weeklyApprovedPence: 15000,
        decision: 'approved',
      },
    })

    // Active plans: the first review is 6 weeks after the start (the organisation's default).
    const active = async (ref: string, daysAgo: number) =>
      call('plans.createWithBudget', {
        ref,
        weeklyGrossPence: 30000,
        weeklyContributionPence: 0,
        paymentBasis: 'net',
        paymentFrequency: '4-weekly',
        paymentTiming: 'advance',
        managementForm: 'council',
        startDate: addDays(today, -daysAgo),
      })
    const tom = await person('Tom', 'Brook', { lacksCapacityForFinances: true })
    const soon = await active(tom, 35) // first review in 7 days
    const alice = await person('Alice', 'Moss')
    const later = await active(alice, 14) // first review in 28 days

    // Coming back to the page reads the plans afresh.
    await shell.goTo('People')
    await shell.goTo('Plans')
    const drafts = overview.section('Drafts to finish')
    const waiting = overview.section('Waiting for a decision')
    const approvedSection = overview.section('Approved, not yet active')
    const reviews = overview.reviews()

    const draftRow = overview.row(drafts, draft.ref)
    await draftRow.waitFor(POLL)
    expect(await draftRow.innerText()).toMatch(
      /Deborah Parker[\s\S]*Financial concern[\s\S]*Plan 1, version 1[\s\S]*Draft[\s\S]*£100\.00[\s\S]*£150\.00[\s\S]*£50\.00 over budget[\s\S]*today/,
    )
    expect(await draftRow.getByTestId('plan-ref').innerText()).toBe(draft.ref)
    expect(await overview.planRefs(drafts)).toEqual([draft.ref])

    expect(await overview.planRefs(waiting)).toEqual([submitted.ref])
    expect(await overview.row(waiting, submitted.ref).innerText()).toMatch(
      /Imran Shah[\s\S]*Submitted to the council[\s\S]*£200\.00[\s\S]*£150\.00/,
    )
    expect(await overview.when(waiting, submitted.ref).innerText()).toMatch(
      new RegExp(`less than a day\\s+since ${formatDate(today)}`),
    )

    expect(await overview.planRefs(approvedSection)).toEqual([approved.ref])
    const gwenRow = overview.row(approvedSection, approved.ref)
    expect(await gwenRow.innerText()).toMatch(/Gwen Jones[\s\S]*Safeguarding[\s\S]*Approved/)
    expect(await overview.when(approvedSection, approved.ref).innerText()).toMatch(
      new RegExp(`${formatDate(addDays(today, 5))}\\s+in 5 days`),
    )

    // Reviews in the next 6 weeks, soonest first, with the date and how far off in words.
    expect(await reviews.getByRole('heading').innerText()).toBe('Reviews due in the next 6 weeks')
    expect(await overview.planRefs(reviews)).toEqual([soon.ref, later.ref])
    expect(await overview.row(reviews, soon.ref).innerText()).toMatch(
      /Tom Brook[\s\S]*Lacks capacity \(finances\)[\s\S]*Active[\s\S]*£300\.00/,
    )
    expect(await overview.when(reviews, soon.ref).innerText()).toMatch(
      new RegExp(`${formatDate(addDays(today, 7))}\\s+in 7 days`),
    )
    expect(await overview.when(reviews, later.ref).innerText()).toMatch(
      new RegExp(`${formatDate(addDays(today, 28))}\\s+in 28 days`),
    )
    await checkPage(ada, '55-plans-overview')

    // The jump buttons count each section and move keyboard focus to its heading.
    const jump = overview.jumpButton(/^Reviews due in the next 6 weeks: 2$/)
    expect(await overview.jumpButton(/^Drafts to finish: 1$/).count()).toBe(1)
    await jump.focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator(':focus').innerText(), POLL)
      .toBe('Reviews due in the next 6 weeks')

    // A shorter window keeps only the review in 7 days, and is kept in the address.
    await overview.chooseReviewWeeks(2)
    await overview.section(/^Reviews due in the next 2 weeks$/).waitFor(POLL)
    await expect.poll(() => overview.planRefs(overview.reviews()), POLL).toEqual([soon.ref])
    expect(page.url()).toMatch(/#\/plans\?reviews=2$/)
    await checkPage(ada, '56-plans-overview-two-weeks')

    // Following a plan's link opens it in the plan editor; going back keeps the window.
    await overview
      .row(waiting, submitted.ref)
      .getByRole('link', { name: 'Plan 1, version 1 for Imran Shah' })
      .click()
    const plan = new PlanEditorPage(page)
    await expect.poll(() => plan.status().innerText(), POLL).toMatch(/Submitted to the council/)
    expect(page.url()).toContain(`#/people/${imran}/plans/`)
    await page.goBack()
    await overview.section(/^Reviews due in the next 2 weeks$/).waitFor(POLL)

    // The person's name opens their record.
    await overview
      .row(drafts, draft.ref)
      .getByRole('link', { name: 'Deborah Parker', exact: true })
      .click()
    await shell.heading('Deborah Parker').waitFor(POLL)

    // "Only my people": Ada is nobody's key worker yet, so nothing is hers; it is kept in the address.
    await page.goBack()
    await overview.jumpButton(/^Drafts to finish: 1$/).waitFor(POLL)
    await page.getByText('Only my people', { exact: true }).click()
    await overview.jumpButton(/^Drafts to finish: 0$/).waitFor(POLL)
    expect(page.url()).toMatch(/mine=1/)
    await page.getByText('Only my people', { exact: true }).click()
    await overview.jumpButton(/^Drafts to finish: 1$/).waitFor(POLL)

    expect(ada.problems).toEqual([])
    await ada.context.close()
  })
})
