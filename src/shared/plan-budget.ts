import { type Frequency, formatPence, pence, weeklyToPeriod } from './money'

/**
 * Every budget figure a plan shows, with its label, worked out once from the payment basis,
 * frequency and timing (domain.md §1.3): the editor, the plan view and both PDFs all print these, so
 * a "gross" plan can never be labelled "net" in one place and paid gross in another.
 *
 * Gross: the council pays the whole budget and invoices the person's contribution.
 * Net: the council pays the budget less the contribution; the person pays their part in themselves.
 */

export interface BudgetBasisInput {
  readonly weeklyGrossPence: number | null
  readonly weeklyContributionPence: number | null
  readonly paymentBasis: string | null
  readonly paymentFrequency: string | null
  readonly paymentTiming: string | null
}

export interface BudgetFigure {
  readonly label: string
  /** Null when a figure it depends on is not recorded yet. */
  readonly pence: number | null
}

export interface BudgetFigures {
  readonly weeklyBudget: BudgetFigure
  readonly weeklyContribution: BudgetFigure
  /** What the council itself pays each week: the whole budget (gross) or less the contribution (net). */
  readonly councilWeekly: BudgetFigure
  /** One council payment at the payment frequency; null until the frequency is chosen. */
  readonly eachPayment: BudgetFigure | null
  /** The contribution over one payment period (invoiced when gross, paid in by the person when net). */
  readonly contributionEachPeriod: BudgetFigure | null
  /** Which weeks a payment is for, by its timing; null until the timing is chosen. */
  readonly covers: string | null
  /** The figures in the order every screen and document lists them. */
  readonly rows: readonly BudgetFigure[]
}

const PERIOD_WORDS: Record<Frequency, string> = {
  weekly: 'every week',
  '4-weekly': 'every 4 weeks',
  monthly: 'every month',
}

const COVERS: Record<Frequency, Record<string, string>> = {
  weekly: {
    advance: 'Each payment is for the week that follows it (in advance).',
    arrears: 'Each payment is for the week just gone (in arrears).',
  },
  '4-weekly': {
    advance: 'Each payment is for the 4 weeks that follow it (in advance).',
    arrears: 'Each payment is for the 4 weeks just gone (in arrears).',
  },
  monthly: {
    advance: 'Each payment is for the month that follows it (in advance).',
    arrears: 'Each payment is for the month just gone (in arrears).',
  },
}

const TIMING_WORDS: Record<string, string> = { advance: 'in advance', arrears: 'in arrears' }

function frequencyOf(code: string | null): Frequency | null {
  return code === 'weekly' || code === '4-weekly' || code === 'monthly' ? code : null
}

export function budgetFigures(b: BudgetBasisInput): BudgetFigures {
  const gross = b.weeklyGrossPence
  const contribution = b.weeklyContributionPence
  const frequency = frequencyOf(b.paymentFrequency)
  const timing = b.paymentTiming && TIMING_WORDS[b.paymentTiming] ? b.paymentTiming : null

  let councilWeekly: BudgetFigure
  if (b.paymentBasis === 'gross') {
    councilWeekly = {
      label: 'The council pays each week (the whole budget; it invoices their contribution)',
      pence: gross,
    }
  } else if (b.paymentBasis === 'net') {
    councilWeekly = {
      label: 'The council pays each week (the budget less their contribution)',
      pence: gross === null || contribution === null ? null : gross - contribution,
    }
  } else {
    councilWeekly = { label: 'The council pays each week (payment basis not decided)', pence: null }
  }

  const period = frequency ? PERIOD_WORDS[frequency] : null
  const eachPayment: BudgetFigure | null = period
    ? {
        label: `Each council payment (${period}${timing ? `, ${TIMING_WORDS[timing]}` : ''})`,
        pence:
          councilWeekly.pence === null
            ? null
            : weeklyToPeriod(pence(councilWeekly.pence), frequency!),
      }
    : null

  let contributionEachPeriod: BudgetFigure | null = null
  if (period && contribution !== null && contribution > 0 && b.paymentBasis) {
    contributionEachPeriod = {
      label:
        b.paymentBasis === 'gross'
          ? `Their contribution, invoiced by the council (${period})`
          : `Their contribution, paid in by them (${period})`,
      pence: weeklyToPeriod(pence(contribution), frequency!),
    }
  }

  const weeklyBudget = { label: 'Weekly budget (gross)', pence: gross }
  const weeklyContribution = { label: 'Their weekly contribution', pence: contribution }
  const rows = [weeklyBudget, weeklyContribution, councilWeekly]
  if (eachPayment) rows.push(eachPayment)
  if (contributionEachPeriod) rows.push(contributionEachPeriod)
  return {
    weeklyBudget,
    weeklyContribution,
    councilWeekly,
    eachPayment,
    contributionEachPeriod,
    covers: frequency && timing ? COVERS[frequency][timing]! : null,
    rows,
  }
}

/** A figure as printed: the amount, or what is missing for it. */
export function figureText(figure: BudgetFigure): string {
  return figure.pence === null ? 'Not worked out yet' : formatPence(figure.pence)
}

/**
 * The same figures in plain words for the easy-read plan ("you" is the person), from the one rule
 * above so the sentences agree with the printable plan.
 */
export function budgetSentences(b: BudgetBasisInput): string[] {
  const f = budgetFigures(b)
  const gross = b.weeklyGrossPence
  if (gross === null) return ['We do not know your budget yet.']
  const contribution = b.weeklyContributionPence ?? 0
  const out = [`Your budget is ${formatPence(gross)} each week.`]
  if (b.paymentBasis === 'gross') {
    out.push(`The council pays all of it: ${formatPence(gross)} each week.`)
    if (contribution > 0)
      out.push(
        `You pay ${formatPence(contribution)} a week towards it. The council will send you a bill for this.`,
      )
  } else if (b.paymentBasis === 'net') {
    if (contribution > 0) out.push(`You pay ${formatPence(contribution)} of it each week.`)
    if (f.councilWeekly.pence !== null)
      out.push(`The council pays ${formatPence(f.councilWeekly.pence)} each week.`)
  } else if (contribution > 0) {
    out.push(`You pay ${formatPence(contribution)} a week towards it.`)
  }
  if (b.weeklyContributionPence === 0) out.push('You do not have to pay anything towards it.')
  if (f.eachPayment?.pence != null && b.paymentFrequency) {
    const period = PERIOD_WORDS[b.paymentFrequency as Frequency]
    out.push(`The council pays ${formatPence(f.eachPayment.pence)} ${period}.`)
  }
  if (b.paymentTiming === 'advance') out.push('It is paid before the weeks it is for.')
  if (b.paymentTiming === 'arrears') out.push('It is paid after the weeks it is for.')
  return out
}
