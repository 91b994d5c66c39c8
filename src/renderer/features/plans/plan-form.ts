import type {
  PlanContent,
  PlanContentInput,
  PlanLineFields,
} from '../../../shared/contract/plan-schemas'
import { parsePounds, penceToDecimal } from '../../../shared/money'
import { lineCosts } from '../../../shared/plan-costs'
import { WEEKLY_FACTOR } from '../../../shared/reference'
import { isoFromUk, ukDateProblem, ukFromIso } from '../../lib/uk-date'

/** Everything in the plan form is text as typed; money and quantities are read on saving. */
export interface OutcomeValues {
  key: string
  text: string
  how: string
  byWhen: string
  wellbeingAreas: string[]
  eligibilityOutcomes: string[]
}
export interface LineValues {
  key: string
  description: string
  supportType: string
  providerType: string
  unit: string
  unitCost: string
  quantity: string
  outcomeKeys: string[]
}
export interface RiskValues {
  key: string
  risk: string
  likelihood: string
  impact: string
  mitigation: string
  owner: string
}
export interface ActionValues {
  key: string
  action: string
  owner: string
  dueOn: string
}
export interface InvolvedValues {
  key: string
  name: string
  relationship: string
  role: string
  consultedOn: string
}
export interface PlanFormValues {
  whatMatters: string
  whatToChange: string
  howSupported: string
  howBudgetUsed: string
  howManaged: string
  stayingInControl: string
  contingency: string
  budget: {
    weeklyGross: string
    weeklyContribution: string
    paymentBasis: string
    paymentFrequency: string
    paymentTiming: string
    managementForm: string
    startDate: string
    endDate: string
  }
  outcomes: OutcomeValues[]
  lines: LineValues[]
  risks: RiskValues[]
  actions: ActionValues[]
  people: InvolvedValues[]
  overBudgetReason: string
  signOff: { personOn: string; adviserOn: string; councilOn: string; councilName: string }
}

let counter = 0
/** A key for a new row, so React and line-to-outcome links survive reordering and removal. */
export function newKey(): string {
  counter += 1
  return `row-${counter}`
}

const money = (p: number | null) => (p === null ? '' : penceToDecimal(p))

/** Hundredths (1250) shown as a quantity ("12.5"). */
export function quantityText(hundredths: number): string {
  const whole = Math.floor(hundredths / 100)
  const rest = hundredths % 100
  if (rest === 0) return String(whole)
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`
}

/** A typed quantity ("12.5", "3", "0.25") as hundredths, without floating-point arithmetic. */
export function readQuantity(text: string): number | null {
  const m = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.trim())
  if (!m) return null
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}

export function emptyOutcome(): OutcomeValues {
  return {
    key: newKey(),
    text: '',
    how: '',
    byWhen: '',
    wellbeingAreas: [],
    eligibilityOutcomes: [],
  }
}
export function emptyLine(): LineValues {
  return {
    key: newKey(),
    description: '',
    supportType: '',
    providerType: '',
    unit: 'hour',
    unitCost: '',
    quantity: '',
    outcomeKeys: [],
  }
}

export function planToForm(c: PlanContent): PlanFormValues {
  const outcomes = c.outcomes.map((o) => ({
    key: newKey(),
    text: o.text,
    how: o.how,
    byWhen: ukFromIso(o.byWhen),
    wellbeingAreas: [...o.wellbeingAreas],
    eligibilityOutcomes: [...o.eligibilityOutcomes],
  }))
  return {
    whatMatters: c.whatMatters,
    whatToChange: c.whatToChange,
    howSupported: c.howSupported,
    howBudgetUsed: c.howBudgetUsed,
    howManaged: c.howManaged,
    stayingInControl: c.stayingInControl,
    contingency: c.contingency,
    budget: {
      weeklyGross: money(c.budget.weeklyGrossPence),
      weeklyContribution: money(c.budget.weeklyContributionPence),
      paymentBasis: c.budget.paymentBasis ?? '',
      paymentFrequency: c.budget.paymentFrequency ?? '',
      paymentTiming: c.budget.paymentTiming ?? '',
      managementForm: c.budget.managementForm ?? '',
      startDate: ukFromIso(c.budget.startDate),
      endDate: ukFromIso(c.budget.endDate),
    },
    outcomes,
    lines: c.lines.map((l) => ({
      key: newKey(),
      description: l.description,
      supportType: l.supportType,
      providerType: l.providerType,
      unit: l.unit,
      unitCost: penceToDecimal(l.unitCostPence),
      quantity: quantityText(l.quantityHundredths),
      outcomeKeys: l.outcomePositions
        .map((p) => outcomes[p - 1]?.key)
        .filter((k): k is string => Boolean(k)),
    })),
    risks: c.risks.map((r) => ({
      key: newKey(),
      risk: r.risk,
      likelihood: r.likelihood ?? '',
      impact: r.impact ?? '',
      mitigation: r.mitigation,
      owner: r.owner ?? '',
    })),
    actions: c.actions.map((a) => ({
      key: newKey(),
      action: a.action,
      owner: a.owner,
      dueOn: ukFromIso(a.dueOn),
    })),
    people: c.people.map((p) => ({
      key: newKey(),
      name: p.name,
      relationship: p.relationship ?? '',
      role: p.role ?? '',
      consultedOn: ukFromIso(p.consultedOn),
    })),
    overBudgetReason: c.overBudgetReason ?? '',
    signOff: {
      personOn: ukFromIso(c.signOff.personOn),
      adviserOn: ukFromIso(c.signOff.adviserOn),
      councilOn: ukFromIso(c.signOff.councilOn),
      councilName: c.signOff.councilName ?? '',
    },
  }
}

const orNull = (v: string) => (v.trim() ? v.trim() : null)
const MONEY_PROBLEM = 'Write an amount in pounds, like 420 or 1,538.50.'

/**
 * The checks made before saving (typed money, quantities and dates must be readable); everything
 * else is checked by the backend and shown on the field it names.
 */
export function planFormProblems(v: PlanFormValues): Record<string, string> {
  const errors: Record<string, string> = {}
  const moneyCheck = (path: string, text: string, isRequired = false) => {
    if (text.trim() === '') {
      if (isRequired) errors[path] = 'Enter the amount in pounds.'
    } else if (parsePounds(text) === null || parsePounds(text)! < 0) errors[path] = MONEY_PROBLEM
  }
  const dateCheck = (path: string, text: string) => {
    const problem = ukDateProblem(text)
    if (problem) errors[path] = problem
  }
  moneyCheck('budget.weeklyGross', v.budget.weeklyGross)
  moneyCheck('budget.weeklyContribution', v.budget.weeklyContribution)
  dateCheck('budget.startDate', v.budget.startDate)
  dateCheck('budget.endDate', v.budget.endDate)
  v.outcomes.forEach((o, i) => dateCheck(`outcomes.${i}.byWhen`, o.byWhen))
  v.lines.forEach((l, i) => {
    moneyCheck(`lines.${i}.unitCost`, l.unitCost, true)
    if (readQuantity(l.quantity) === null)
      errors[`lines.${i}.quantity`] = 'Write a number, like 12 or 12.5.'
    if (!l.supportType) errors[`lines.${i}.supportType`] = 'Choose the type of support.'
    if (!l.providerType) errors[`lines.${i}.providerType`] = 'Choose who provides it.'
  })
  v.actions.forEach((a, i) => dateCheck(`actions.${i}.dueOn`, a.dueOn))
  v.people.forEach((p, i) => dateCheck(`people.${i}.consultedOn`, p.consultedOn))
  for (const key of ['personOn', 'adviserOn', 'councilOn'] as const)
    dateCheck(`signOff.${key}`, v.signOff[key])
  return errors
}

/** The form as the backend's PlanContent (call only when `planFormProblems` is empty). */
export function formToPlan(v: PlanFormValues): PlanContentInput {
  const positions = new Map(v.outcomes.map((o, i) => [o.key, i + 1]))
  const pounds = (t: string) => (t.trim() ? parsePounds(t) : null)
  return {
    whatMatters: v.whatMatters,
    whatToChange: v.whatToChange,
    howSupported: v.howSupported,
    howBudgetUsed: v.howBudgetUsed,
    howManaged: v.howManaged,
    stayingInControl: v.stayingInControl,
    contingency: v.contingency,
    budget: {
      weeklyGrossPence: pounds(v.budget.weeklyGross),
      weeklyContributionPence: pounds(v.budget.weeklyContribution),
      paymentBasis: (orNull(v.budget.paymentBasis) ?? null) as never,
      paymentFrequency: (orNull(v.budget.paymentFrequency) ?? null) as never,
      paymentTiming: (orNull(v.budget.paymentTiming) ?? null) as never,
      managementForm: (orNull(v.budget.managementForm) ?? null) as never,
      startDate: isoFromUk(v.budget.startDate),
      endDate: isoFromUk(v.budget.endDate),
    },
    outcomes: v.outcomes.map((o) => ({
      text: o.text,
      how: o.how,
      byWhen: isoFromUk(o.byWhen),
      wellbeingAreas: o.wellbeingAreas as never,
      eligibilityOutcomes: o.eligibilityOutcomes as never,
    })),
    lines: v.lines.map((l) => ({
      description: l.description,
      supportType: l.supportType as PlanLineFields['supportType'],
      providerType: l.providerType as PlanLineFields['providerType'],
      unit: l.unit as PlanLineFields['unit'],
      unitCostPence: parsePounds(l.unitCost) ?? 0,
      quantityHundredths: readQuantity(l.quantity) ?? 0,
      outcomePositions: l.outcomeKeys
        .map((k) => positions.get(k))
        .filter((p): p is number => p !== undefined)
        .sort((a, b) => a - b),
    })),
    risks: v.risks.map((r) => ({
      risk: r.risk,
      likelihood: (orNull(r.likelihood) ?? null) as never,
      impact: (orNull(r.impact) ?? null) as never,
      mitigation: r.mitigation,
      owner: orNull(r.owner),
    })),
    actions: v.actions.map((a) => ({
      action: a.action,
      owner: a.owner,
      dueOn: isoFromUk(a.dueOn),
    })),
    people: v.people.map((p) => ({
      name: p.name,
      relationship: orNull(p.relationship),
      role: orNull(p.role),
      consultedOn: isoFromUk(p.consultedOn),
    })),
    overBudgetReason: orNull(v.overBudgetReason),
    signOff: {
      personOn: isoFromUk(v.signOff.personOn),
      adviserOn: isoFromUk(v.signOff.adviserOn),
      councilOn: isoFromUk(v.signOff.councilOn),
      councilName: orNull(v.signOff.councilName),
    },
  }
}

/** A backend issue path ("content.lines.0.unitCostPence") as the form's ("lines.0.unitCost"). */
export function formPathOf(path: string): string {
  return path
    .replace(/^content\./, '')
    .replace(/Pence$/, '')
    .replace(/\.quantityHundredths$/, '.quantity')
    .replace(/\.outcomePositions(\.\d+)?$/, '.outcomeKeys')
}

/**
 * A line's cost as it is typed, by the backend's rule (unit cost × quantity × the DHSC weekly
 * factor, as an exact fraction rounded once to whole pence), for the live estimate. The saved
 * totals come from the backend.
 */
export function estimateLine(line: LineValues): { weekly: number; oneOff: number } | null {
  const unitCost = parsePounds(line.unitCost)
  const quantity = readQuantity(line.quantity)
  if (unitCost === null || unitCost < 0 || quantity === null) return null
  return costOf(unitCost, quantity, line.unit)
}

/** The same rule for a saved line (pence and hundredths); null when the unit is not chosen yet. */
export function costOf(
  unitCostPence: number,
  quantityHundredths: number,
  unit: string,
): { weekly: number; oneOff: number } | null {
  if (!(unit in WEEKLY_FACTOR)) return null
  const cost = lineCosts({ unit, unitCostPence, quantityHundredths })
  return { weekly: cost.weeklyPence, oneOff: cost.oneOffPence }
}

export function estimateTotals(lines: readonly LineValues[]) {
  let weekly = 0
  let oneOff = 0
  let isComplete = true
  for (const line of lines) {
    const cost = estimateLine(line)
    if (!cost) isComplete = false
    else {
      weekly += cost.weekly
      oneOff += cost.oneOff
    }
  }
  return { weekly, oneOff, isComplete }
}
