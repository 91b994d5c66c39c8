import {
  PanelDecisionFields,
  PlanContent,
  type PlanContentInput,
} from '../../shared/contract/plan-schemas'
import type { Db } from '../db/handles'
import type { JobContext, UseCase } from '../kernel'
import {
  activatePlan,
  createPlan,
  endPlan,
  formatPlanRef,
  moveToPanel,
  planTotals,
  recordDecision,
  revisePlan,
  saveDraft,
  submitPlan,
} from '../plans'
import * as words from './seed-data'
import type { SeededPerson } from './seed-people'
import { DAY_MS, type Random } from './seed-random'

function planContent(rng: Random, start: string): PlanContentInput {
  const hours = rng.int(8, 30)
  const rate = rng.pick([1375, 1387, 1450, 1525])
  const weeklyPa = Math.round(rate * hours)
  const gross = Math.ceil((weeklyPa + 2500 + 1200) / 100) * 100 + rng.int(0, 4) * 500
  return {
    whatMatters: 'Being at home, seeing family, and choosing who helps me.',
    whatToChange: 'I want to go out more and rely less on my mum.',
    howSupported:
      'A personal assistant in the mornings, an agency for two evenings, and a day centre once a week.',
    howBudgetUsed: 'Mostly on my PA’s wages; the rest on the day centre and payroll.',
    howManaged: 'A managed account with the ULO; I sign off timesheets.',
    stayingInControl: 'I choose my PA and agree the rota every month.',
    contingency:
      'If my PA does not turn up I ring my sister; the agency can send cover within two hours.',
    signOff: { personOn: start, adviserOn: start, councilOn: null, councilName: null },
    budget: {
      weeklyGrossPence: gross,
      weeklyContributionPence: rng.pick([0, 1550, 3550, 4200]),
      paymentBasis: rng.pick(['gross', 'net']),
      paymentFrequency: '4-weekly',
      paymentTiming: rng.pick(['advance', 'arrears']),
      managementForm: rng.pick(['dp-managed', 'dp-self', 'isf', 'mixed']),
      startDate: start,
      endDate: null,
    },
    outcomes: [
      {
        text: rng.pick(words.OUTCOME_TEXTS),
        how: 'With my PA',
        byWhen: null,
        wellbeingAreas: ['e', 'f'],
        eligibilityOutcomes: ['i'],
      },
      {
        text: rng.pick(words.OUTCOME_TEXTS),
        how: 'With the day centre',
        byWhen: null,
        wellbeingAreas: ['b'],
        eligibilityOutcomes: ['a', 'g'],
      },
    ],
    lines: [
      {
        description: 'Personal assistant, mornings',
        supportType: 'home-support',
        providerType: 'employed-pa',
        unit: 'hour',
        unitCostPence: rate,
        quantityHundredths: hours * 100,
        outcomePositions: [1],
      },
      {
        description: 'Day centre',
        supportType: 'day-support',
        providerType: 'community',
        unit: 'session',
        unitCostPence: 2500,
        quantityHundredths: 100,
        outcomePositions: [2],
      },
      {
        description: 'Payroll and managed account',
        supportType: 'direct-payment',
        providerType: 'other',
        unit: 'month',
        unitCostPence: 5200,
        quantityHundredths: 100,
        outcomePositions: [],
      },
    ],
  }
}

/** The statuses plans are taken to, in turn, so a demonstration shows every one. */
const CYCLE = [
  'active',
  'active',
  'active',
  'superseded',
  'draft',
  'submitted',
  'funding-panel',
  'approved',
  'deferred',
  'declined',
  'ended',
  'approved-with-conditions',
] as const

type Target = (typeof CYCLE)[number]

/** The statuses of a plan for someone not yet taken on (no plan active, replaced or ended). */
const NOT_YET_IN_FORCE: readonly Target[] = CYCLE.filter(
  (t) => t !== 'active' && t !== 'superseded' && t !== 'ended',
)

const PANEL = 'Adult social care resource panel'

function decisionFor(target: Target, content: PlanContent, decidedOn: string): PanelDecisionFields {
  const weekly = planTotals(content).weeklyLinesPence
  const decision =
    target === 'deferred' || target === 'declined' || target === 'approved-with-conditions'
      ? target
      : 'approved'
  return PanelDecisionFields.parse({
    decidedOn,
    panel: PANEL,
    weeklyRequestedPence: weekly,
    weeklyApprovedPence: decision.startsWith('approved') ? weekly : null,
    oneOffRequestedPence: 0,
    oneOffApprovedPence: null,
    decision,
    conditions:
      decision === 'approved-with-conditions' ? 'Review PA hours after three months.' : null,
    reasons:
      decision === 'deferred'
        ? 'Needs an OT assessment first.'
        : decision === 'declined'
          ? 'Needs can be met by community services.'
          : null,
  })
}

/** Takes one person's first plan to `target` through the plan use cases; returns the versions made. */
async function seedPlan(
  uc: UseCase,
  person: SeededPerson,
  target: Target,
  rng: Random,
  today: string,
): Promise<number> {
  await createPlan(uc, person.ref)
  // The person was added by this seed, so this is their first plan.
  const ref = formatPlanRef(person.ref, 1, 1)
  const start = new Date(Date.parse(today) - rng.int(10, 600) * DAY_MS).toISOString().slice(0, 10)
  const content = PlanContent.parse(planContent(rng, start))
  await saveDraft(uc, ref, content)
  if (target === 'draft') return 1
  await submitPlan(uc, ref)
  if (target === 'submitted') return 1
  await moveToPanel(uc, ref)
  if (target === 'funding-panel') return 1
  await recordDecision(uc, ref, decisionFor(target, content, start))
  if (target !== 'active' && target !== 'superseded' && target !== 'ended') return 1
  await activatePlan(uc, ref)
  if (target === 'ended') await endPlan(uc, ref, today)
  if (target !== 'superseded') return 1
  // A revision copies the content, so the same decision (approved, today) fits it.
  await revisePlan(uc, ref)
  const next = formatPlanRef(person.ref, 1, 2)
  // A new version is agreed again: the copy starts with an empty sign-off.
  await saveDraft(uc, next, {
    ...content,
    signOff: { personOn: today, adviserOn: today, councilOn: null, councilName: null },
  })
  await submitPlan(uc, next)
  await recordDecision(uc, next, decisionFor('approved', content, today))
  await activatePlan(uc, next)
  return 2
}

/** Support plans in every status for up to 1,500 of the people being (or about to be) supported. */
export async function seedPlans(
  uc: UseCase<Db>,
  people: readonly SeededPerson[],
  rng: Random,
  progress: JobContext['progress'],
): Promise<number> {
  const today = uc.now.toISOString().slice(0, 10)
  const withPlans = people
    .filter((p) => p.status === 'active' || p.status === 'referral')
    .slice(0, 1500)
  let count = 0
  const turns = { active: 0, referral: 0 }
  for (const [i, person] of withPlans.entries()) {
    // Someone still at referral has no plan in force yet: theirs stops before it is made active.
    const cycle = person.status === 'referral' ? NOT_YET_IN_FORCE : CYCLE
    const turn = person.status === 'referral' ? turns.referral++ : turns.active++
    count += await seedPlan(uc, person, cycle[turn % cycle.length]!, rng, today)
    if (i % 50 === 0) await progress(i, withPlans.length, 'Writing support plans')
  }
  return count
}
