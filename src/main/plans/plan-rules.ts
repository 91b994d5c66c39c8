import type {
  PlanBudget,
  PlanContent,
  PlanTotals,
  ReviewDates,
} from '../../shared/contract/plan-schemas'
import { addDays, addMonths } from '../../shared/dates'
import { lineCosts } from '../../shared/plan-costs'
import type { PlanStatus } from '../../shared/reference'

type PlanStatusCode = (typeof PlanStatus.items)[number]['code']

export { lineCosts }

/** The plan's totals against its budget. The weekly total is exactly the sum of the lines' weekly costs. */
export function planTotals(content: Pick<PlanContent, 'lines' | 'budget'>): PlanTotals {
  let weekly = 0
  let oneOff = 0
  for (const line of content.lines) {
    const cost = lineCosts(line)
    weekly += cost.weeklyPence
    oneOff += cost.oneOffPence
  }
  const { weeklyGrossPence: gross, weeklyContributionPence: contribution } = content.budget
  return {
    weeklyLinesPence: weekly,
    oneOffPence: oneOff,
    annualLinesPence: weekly * 52,
    weeklyNetCouncilPence: gross === null ? null : gross - (contribution ?? 0),
    overBudgetByPence: gross === null ? 0 : Math.max(0, weekly - gross),
  }
}

/**
 * The plan's life: draft → submitted → funding panel → decision → active → superseded or ended.
 * A decision can also be made straight from "submitted" (councils without a panel for small plans).
 * Deferred and declined versions stay as they are; the plan goes back as a new version.
 */
export const PLAN_TRANSITIONS: Record<PlanStatusCode, readonly PlanStatusCode[]> = {
  draft: ['submitted'],
  submitted: ['funding-panel', 'approved', 'approved-with-conditions', 'deferred', 'declined'],
  'funding-panel': ['approved', 'approved-with-conditions', 'deferred', 'declined'],
  approved: ['active'],
  'approved-with-conditions': ['active'],
  deferred: [],
  declined: [],
  active: ['superseded', 'ended'],
  superseded: [],
  ended: [],
}

export function canMoveTo(from: string, to: string): boolean {
  return (PLAN_TRANSITIONS[from as PlanStatusCode] ?? []).includes(to as PlanStatusCode)
}

export interface SubmissionProblem {
  /** The field that puts it right, as a path in the plan's content (the editor links to it). */
  readonly field: string
  readonly message: string
}

/** What stops a draft being submitted, in plain words (empty when it may be submitted). */
export function submissionProblems(content: PlanContent, totals: PlanTotals): SubmissionProblem[] {
  const problems: SubmissionProblem[] = []
  const add = (field: string, message: string) => problems.push({ field, message })
  const b = content.budget
  if (content.outcomes.length === 0)
    add('outcomes', 'Add at least one outcome, in the person’s own words.')
  if (content.lines.length === 0)
    add('lines', 'Add at least one costed line: how the budget will be used.')
  if (b.weeklyGrossPence === null) add('budget.weeklyGrossPence', 'Enter the weekly budget.')
  if (b.startDate === null) add('budget.startDate', 'Enter the date the plan starts.')
  if (b.managementForm === null) add('budget.managementForm', 'Say how the budget will be managed.')
  if (b.paymentFrequency === null) add('budget.paymentFrequency', 'Say how often the council pays.')
  if (totals.overBudgetByPence > 0 && !content.overBudgetReason) {
    add('overBudgetReason', 'The plan costs more than the budget: record why, or change the lines.')
  }
  return problems
}

const DIRECT_PAYMENT_FORMS = new Set(['dp-self', 'dp-managed', 'mixed'])

/**
 * Review dates derived from the plan: a first review `firstReviewWeeks` (6–8) after the start, then
 * yearly; for direct payments also the reg 7 review within 6 months, then every 12 months. `nextDue`
 * is the earliest not before `today`.
 */
export function reviewDates(
  budget: Pick<PlanBudget, 'startDate' | 'managementForm'>,
  firstReviewWeeks: number,
  today: string,
): ReviewDates {
  const start = budget.startDate
  if (!start)
    return { firstReview: null, annualReview: null, directPaymentReview: null, nextDue: null }
  const firstReview = addDays(start, firstReviewWeeks * 7)
  let annual = addMonths(start, 12)
  for (let years = 2; annual < today; years++) annual = addMonths(start, 12 * years)
  let directPayment: string | null = null
  if (budget.managementForm && DIRECT_PAYMENT_FORMS.has(budget.managementForm)) {
    directPayment = addMonths(start, 6)
    for (let n = 1; directPayment < today; n++) directPayment = addMonths(start, 6 + 12 * n)
  }
  const upcoming = [firstReview, annual, directPayment]
    .filter((d): d is string => d !== null && d >= today)
    .sort()
  return {
    firstReview,
    annualReview: annual,
    directPaymentReview: directPayment,
    nextDue: upcoming[0] ?? null,
  }
}
