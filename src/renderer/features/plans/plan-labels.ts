/** What "quantity" means for each unit of cost, shown under the quantity field. */
export const QUANTITY_HINT: Record<string, string> = {
  hour: 'hours a week',
  day: 'days a week',
  session: 'sessions a week',
  week: 'a week',
  fortnight: 'a fortnight',
  '4-weeks': 'every 4 weeks',
  month: 'a month',
  quarter: 'a quarter',
  year: 'a year',
  'one-off': 'once',
}

export const LEVELS = [
  { value: '', label: 'Not said' },
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
]

/** The sections of a plan, in the order of the conversation (In Control's seven questions). */
export const PLAN_SECTIONS = [
  { id: 'plan-matters', title: 'What is important to you?' },
  { id: 'plan-change', title: 'What do you want to change or achieve?' },
  { id: 'plan-supported', title: 'How will you be supported?' },
  { id: 'plan-budget', title: 'How will you use your budget?' },
  { id: 'plan-managed', title: 'How will your support be managed?' },
  { id: 'plan-control', title: 'How will you stay in control?' },
  { id: 'plan-contingency', title: 'What if support does not turn up?' },
  { id: 'plan-actions', title: 'Who will do what by when?' },
  { id: 'plan-people', title: 'Who was involved?' },
  { id: 'plan-signoff', title: 'Sign-off' },
] as const

/** Moves to a section of the plan and puts keyboard focus on its heading. */
export function goToSection(id: string): void {
  const heading = document.getElementById(id)
  heading?.scrollIntoView({ behavior: 'smooth', block: 'start' })
  heading?.focus({ preventScroll: true })
}

/**
 * The element where each submission problem (the backend's field path) or missing part is put
 * right: the problems bar and the submit dialog link to these.
 */
const PROBLEM_TARGETS: Record<string, string> = {
  outcomes: 'plan-add-outcome',
  lines: 'plan-add-line',
  'budget.weeklyGrossPence': 'plan-weekly-gross',
  'budget.startDate': 'plan-start-date',
  'budget.managementForm': 'plan-management-form',
  'budget.paymentFrequency': 'plan-payment-frequency',
  overBudgetReason: 'plan-over-budget-reason',
  agreement: 'plan-person-agreed',
  risks: 'plan-add-risk',
  contingency: 'plan-contingency',
  people: 'plan-add-person',
  unallocated: 'plan-add-line',
}

/** Scrolls to the field a problem names and focuses it, so its label is read out. */
export function goToField(key: string): void {
  const field = document.getElementById(PROBLEM_TARGETS[key] ?? key)
  field?.scrollIntoView({ behavior: 'smooth', block: 'center' })
  field?.focus({ preventScroll: true })
}
