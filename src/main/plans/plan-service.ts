import type { PlanStatusCode } from '../../shared/reference'
import { addDays, formatDate, formatDateTime, localIsoDate } from '../../shared/dates'
import type {
  PanelDecisionFields,
  PlanBudget,
  PlanContent,
  PlanVersion,
} from '../../shared/contract/plan-schemas'
import { PlanContent as PlanContentSchema } from '../../shared/contract/plan-schemas'
import type { WithoutAgreement } from '../../shared/contract/plan-schemas'
import { approvedAmountDifferences, decisionDateProblem } from '../../shared/plan-checks'
import { AppFailure } from '../../shared/result'
import type { Db, ReadDb } from '../db/handles'
import type { UseCase } from '../kernel'
import { readStoredSettings } from '../organisation'
import { readProfile, requirePerson } from '../people'
import { insertDecision, listDecisions, recordAppealOn } from './panel-decision-repository'
import {
  activePlansOf,
  findDraftInSeries,
  findPlan,
  findPlanById,
  formatPlanRef,
  insertPlan,
  latestVersionInSeries,
  listPlansByStatus,
  type OverviewRow,
  nextPlanNo,
  parsePlanRef,
  rowToPlanSummary,
  setPlanStatus,
  weeklyTotals,
} from './plan-repository'
import { deleteDraft, readPlanContent, writePlanContent } from './plan-content-repository'
import {
  PLAN_TRANSITIONS,
  canMoveTo,
  planTotals,
  reviewDates,
  submissionProblems,
} from './plan-rules'

async function requirePlan(db: ReadDb, planRef: string) {
  const parsed = parsePlanRef(planRef)
  const row = parsed
    ? await findPlan(db, parsed.personRef, parsed.planNo, parsed.version)
    : undefined
  if (!row) {
    const asWritten = parsed
      ? formatPlanRef(parsed.personRef, parsed.planNo, parsed.version)
      : planRef
    throw new AppFailure('RECORD.NOT_FOUND', `There is no support plan ${asWritten}.`)
  }
  return row
}

function refuseTransition(from: string, to: string): never {
  throw new AppFailure(
    'PLANS.ILLEGAL_TRANSITION',
    `A plan that is ${from.replace(/-/g, ' ')} cannot become ${to.replace(/-/g, ' ')}.`,
    { from, to },
  )
}

/** One version of a plan, with its totals, review dates, decisions and what may happen next. */
export async function readPlanVersion(
  db: ReadDb,
  planId: number,
  today: string,
): Promise<PlanVersion> {
  const row = await findPlanById(db, planId)
  if (!row) throw new AppFailure('RECORD.NOT_FOUND', 'That support plan no longer exists.')
  const content = await readPlanContent(db, row)
  const totals = planTotals(content)
  const settings = await readStoredSettings(db)
  return {
    ...rowToPlanSummary(row, totals.weeklyLinesPence),
    content,
    totals,
    reviewDates: reviewDates(content.budget, settings.firstReviewWeeks, today),
    decisions: await listDecisions(db, row.id),
    nextStatuses: [...(PLAN_TRANSITIONS[row.status] ?? [])],
    isEditable: row.status === 'draft',
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
  }
}

export async function getPlan(deps: UseCase<ReadDb>, planRef: string): Promise<PlanVersion> {
  const row = await requirePlan(deps.db, planRef)
  return readPlanVersion(deps.db, row.id, localIsoDate(deps.now))
}

/** Starts a new plan (a new series) as an empty draft. */
/**
 * A new plan as a draft. "What is important to you?" starts from the person's one-page profile, in
 * their own words, so it is not typed twice; the adviser changes it with them as they talk.
 */
export async function createPlan(deps: UseCase, personRef: string): Promise<number> {
  const client = await requirePerson(deps.db, personRef)
  const profile = await readProfile(deps.db, client.id)
  return insertPlan(deps.db, {
    personId: client.id,
    planNo: await nextPlanNo(deps.db, client.id),
    version: 1,
    at: deps.now.toISOString(),
    by: deps.actor.id,
    whatMatters: profile.importantToMe.trim(),
  })
}

/** A new draft version copied from an existing one; only one draft per plan at a time. */
export async function revisePlan(deps: UseCase, planRef: string): Promise<number> {
  const { db } = deps
  const source = await requirePlan(db, planRef)
  const draft = await findDraftInSeries(db, source.client_id, source.plan_no)
  if (draft) {
    throw new AppFailure(
      'PLANS.DRAFT_EXISTS',
      `Version ${draft.version} of this plan is already a draft: carry on with that one.`,
      {
        planRef: formatPlanRef(source.client_ref, source.plan_no, draft.version),
      },
    )
  }
  const latest = await latestVersionInSeries(db, source.client_id, source.plan_no)
  const at = deps.now.toISOString()
  const id = await insertPlan(db, {
    personId: source.client_id,
    planNo: source.plan_no,
    version: (latest?.version ?? 0) + 1,
    at,
    by: deps.actor.id,
  })
  const content = await readPlanContent(db, source)
  await writePlanContent(
    db,
    id,
    {
      ...content,
      signOff: { personOn: null, adviserOn: null, councilOn: null, councilName: null },
    },
    at,
  )
  return id
}

async function requireDraft(db: ReadDb, planRef: string, refusal: string) {
  const row = await requirePlan(db, planRef)
  if (row.status !== 'draft') throw new AppFailure('PLANS.NOT_EDITABLE', refusal)
  return row
}

/**
 * A save time later than the last one, even within the same millisecond, so that `updated_at`
 * changes with every save and can tell an editor whether the draft was saved since they opened it.
 */
export function nextSaveTime(previous: string, now: Date): string {
  const last = Date.parse(previous)
  return Number.isFinite(last) && last >= now.getTime()
    ? new Date(last + 1).toISOString()
    : now.toISOString()
}

export async function saveDraft(
  deps: UseCase,
  planRef: string,
  content: PlanContent,
  expectedUpdatedAt?: string,
): Promise<number> {
  const row = await requireDraft(
    deps.db,
    planRef,
    'This version has been submitted and cannot change. Start a new version to make changes.',
  )
  if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== row.updated_at) {
    throw new AppFailure(
      'RECORD.CONFLICT',
      `This draft was saved by someone else at ${formatDateTime(row.updated_at)} while you were editing it, so your changes were not saved. Copy anything you need, reload the plan, and add it again.`,
      { savedAt: row.updated_at },
    )
  }
  await writePlanContent(deps.db, row.id, content, nextSaveTime(row.updated_at, deps.now))
  return row.id
}

/**
 * Throws away a draft that was never submitted (a submitted version is kept for ever); returns
 * the draft's reference as the app writes it.
 */
export async function discardDraft(deps: UseCase, planRef: string): Promise<string> {
  const row = await requireDraft(
    deps.db,
    planRef,
    'Only a draft can be thrown away: this version has been submitted and is kept.',
  )
  await deleteDraft(deps.db, row.id)
  return formatPlanRef(row.client_ref, row.plan_no, row.version)
}

/**
 * Submits a draft; refuses an incomplete plan, one over budget without a recorded reason, and one the
 * person has not agreed unless `withoutAgreement` says why. Returns the reason that applied, if any,
 * for the handler to write to the audit.
 */
export async function submitPlan(
  deps: UseCase,
  planRef: string,
  withoutAgreement?: WithoutAgreement,
): Promise<{ id: number; withoutAgreement: WithoutAgreement | null }> {
  const { db } = deps
  const row = await requirePlan(db, planRef)
  if (row.status !== 'draft') refuseTransition(row.status, 'submitted')
  const content = await readPlanContent(db, row)
  const totals = planTotals(content)
  const problems = submissionProblems(content, totals)
  if (problems.length > 0) {
    const isOverBudget = totals.overBudgetByPence > 0 && !content.overBudgetReason
    throw new AppFailure(
      isOverBudget && problems.length === 1 ? 'PLANS.OVER_BUDGET' : 'PLANS.INCOMPLETE',
      problems.map((p) => p.message).join(' '),
      {
        problems: problems.map((p) => p.message),
        fields: problems.map((p) => p.field),
        overBudgetByPence: totals.overBudgetByPence,
      },
    )
  }
  if (!content.signOff.personOn && !withoutAgreement) {
    throw new AppFailure(
      'PLANS.NOT_AGREED',
      'The person has not agreed this plan: enter the date they agreed it in the sign-off, or record why it goes to the council without their agreement (for example a best-interests decision).',
    )
  }
  await setPlanStatus(db, row.id, 'submitted', deps.now.toISOString(), {
    submittedBy: deps.actor.id,
  })
  return { id: row.id, withoutAgreement: content.signOff.personOn ? null : withoutAgreement! }
}

export async function moveToPanel(deps: UseCase, planRef: string): Promise<number> {
  const row = await requirePlan(deps.db, planRef)
  if (!canMoveTo(row.status, 'funding-panel')) refuseTransition(row.status, 'funding-panel')
  await setPlanStatus(deps.db, row.id, 'funding-panel', deps.now.toISOString())
  return row.id
}

export async function recordDecision(
  deps: UseCase,
  planRef: string,
  decision: PanelDecisionFields,
): Promise<number> {
  const row = await requirePlan(deps.db, planRef)
  if (!canMoveTo(row.status, decision.decision)) refuseTransition(row.status, decision.decision)
  const problem = decisionDateProblem(decision.decidedOn, localIsoDate(deps.now))
  if (problem) {
    throw new AppFailure('INPUT.INVALID', problem, {
      issues: [{ path: 'decision.decidedOn', message: problem }],
    })
  }
  const differences = approvedAmountDifferences(decision)
  if (differences.length > 0 && !decision.differenceConfirmed) {
    throw new AppFailure(
      'PLANS.AMOUNT_DIFFERS',
      `The approved amount is not what was asked for. ${differences.join(' ')} Check it and confirm it to record the decision.`,
      { differences },
    )
  }
  const at = deps.now.toISOString()
  await insertDecision(deps.db, row.id, decision, at, deps.actor.id)
  await setPlanStatus(deps.db, row.id, decision.decision, at)
  return row.id
}

export async function recordAppeal(
  deps: UseCase,
  planRef: string,
  decisionId: number,
  appeal: string,
): Promise<number> {
  const row = await requirePlan(deps.db, planRef)
  if (!(await recordAppealOn(deps.db, row.id, decisionId, appeal))) {
    throw new AppFailure('RECORD.NOT_FOUND', 'That decision is not one of this plan’s.')
  }
  return row.id
}

async function makeActive(db: Db, personId: number, planId: number, at: string): Promise<void> {
  for (const other of await activePlansOf(db, personId)) {
    if (other.id !== planId) await setPlanStatus(db, other.id, 'superseded', at)
  }
  await setPlanStatus(db, planId, 'active', at)
}

/** Makes an approved version the active plan; any other active version of this person's is superseded. */
export async function activatePlan(deps: UseCase, planRef: string): Promise<number> {
  const row = await requirePlan(deps.db, planRef)
  if (!canMoveTo(row.status, 'active')) refuseTransition(row.status, 'active')
  await makeActive(deps.db, row.client_id, row.id, deps.now.toISOString())
  return row.id
}

export async function endPlan(deps: UseCase, planRef: string, on: string): Promise<number> {
  const row = await requirePlan(deps.db, planRef)
  if (!canMoveTo(row.status, 'ended')) refuseTransition(row.status, 'ended')
  // The route's schema already refuses a date in the future (the end is recorded once it happens).
  const problem =
    row.start_date && on < row.start_date
      ? `The plan started on ${formatDate(row.start_date)}: it cannot end before then.`
      : null
  if (problem)
    throw new AppFailure('INPUT.INVALID', problem, { issues: [{ path: 'on', message: problem }] })
  await setPlanStatus(deps.db, row.id, 'ended', `${on}T00:00:00.000Z`)
  return row.id
}

/** For migrations and scripts: an approved, active plan that holds only a budget. */
export async function createPlanWithBudget(
  deps: UseCase,
  personRef: string,
  budget: PlanBudget,
): Promise<number> {
  const id = await createPlan(deps, personRef)
  const at = deps.now.toISOString()
  const content = PlanContentSchema.parse({ budget })
  await writePlanContent(deps.db, id, content, at)
  const row = (await findPlanById(deps.db, id))!
  await setPlanStatus(deps.db, id, 'approved', at, { submittedBy: deps.actor.id })
  await makeActive(deps.db, row.client_id, id, at)
  return id
}

/**
 * Plans needing attention across everyone: drafts, plans awaiting a decision, approved plans not yet
 * active, and active plans whose next review (derived from the plan; reviews are not recorded yet)
 * falls within `reviewWithinDays`, soonest first.
 */
export async function plansOverview(
  deps: UseCase<ReadDb>,
  reviewWithinDays: number,
  limit: number,
  keyWorkerId?: number,
) {
  const { db } = deps
  const today = localIsoDate(deps.now)
  const horizon = addDays(today, reviewWithinDays)
  const settings = await readStoredSettings(db)
  const toItems = async (rows: { row: OverviewRow; due: string | null }[]) => {
    const totals = await weeklyTotals(
      db,
      rows.map((r) => r.row.id),
    )
    return rows.map(({ row, due }) => ({
      ...rowToPlanSummary(row, totals.get(row.id) ?? 0),
      person: {
        ref: row.client_ref,
        displayName: `${row.preferred ?? row.given} ${row.family}`,
        flags: {
          hasSafeguardingConcern: row.safeguarding === 1,
          hasFinancialConcern: row.financial === 1,
          lacksCapacityForFinances: row.capacity === 1,
        },
      },
      nextReviewDue: due,
    }))
  }
  const section = async (statuses: PlanStatusCode[]) =>
    toItems(
      (await listPlansByStatus(db, statuses, limit, keyWorkerId)).map((row) => ({
        row,
        due: null,
      })),
    )
  const due: { row: OverviewRow; due: string }[] = []
  for (const row of await listPlansByStatus(db, ['active'], 1_000_000, keyWorkerId)) {
    const { nextDue } = reviewDates(
      {
        managementForm: row.management_form,
        startDate: row.start_date,
      },
      settings.firstReviewWeeks,
      today,
    )
    if (nextDue && nextDue <= horizon) due.push({ row, due: nextDue })
  }
  due.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
  return {
    drafts: await section(['draft']),
    awaitingDecision: await section(['submitted', 'funding-panel']),
    approvedNotActive: await section(['approved', 'approved-with-conditions']),
    reviewsDue: await toItems(due.slice(0, limit)),
  }
}
