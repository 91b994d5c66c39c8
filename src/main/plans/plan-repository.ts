import type { PlanStatusCode } from '../../shared/reference'
import type { Db, ReadDb } from '../db/handles'
import type { PlanContent, PlanSummary } from '../../shared/contract/plan-schemas'
import type { SupportPlanRow } from '../db/schema'
import { lineCosts } from './plan-rules'

export function formatPlanRef(personRef: string, planNo: number, version: number): string {
  return `${personRef}/P${planNo}v${version}`
}

export function parsePlanRef(
  ref: string,
): { personRef: string; planNo: number; version: number } | null {
  const m = /^(C-\d{6})\/P(\d+)V(\d+)$/i.exec(ref.trim())
  return m ? { personRef: m[1]!.toUpperCase(), planNo: Number(m[2]), version: Number(m[3]) } : null
}

type PlanRowWithRef = SupportPlanRow & { client_ref: string }

function plans(db: ReadDb) {
  return db
    .selectFrom('support_plans')
    .innerJoin('clients', 'clients.id', 'support_plans.client_id')
    .selectAll('support_plans')
    .select('clients.ref as client_ref')
}

export async function findPlan(
  db: ReadDb,
  personRef: string,
  planNo: number,
  version: number,
): Promise<PlanRowWithRef | undefined> {
  return plans(db)
    .where('clients.ref', '=', personRef)
    .where('support_plans.plan_no', '=', planNo)
    .where('support_plans.version', '=', version)
    .executeTakeFirst()
}

export async function findPlanById(db: ReadDb, id: number): Promise<PlanRowWithRef | undefined> {
  return plans(db).where('support_plans.id', '=', id).executeTakeFirst()
}

/** The weekly cost of each plan's lines, by plan id. */
export async function weeklyTotals(db: ReadDb, planIds: number[]): Promise<Map<number, number>> {
  if (planIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('plan_lines')
    .select(['plan_id', (eb) => eb.fn.sum<number>('weekly_cost_pence').as('weekly')])
    .where('plan_id', 'in', planIds)
    .groupBy('plan_id')
    .execute()
  return new Map(rows.map((r) => [r.plan_id, Number(r.weekly)]))
}

export function rowToPlanSummary(row: PlanRowWithRef, weeklyLinesPence: number): PlanSummary {
  return {
    id: row.id,
    ref: formatPlanRef(row.client_ref, row.plan_no, row.version),
    personRef: row.client_ref,
    planNo: row.plan_no,
    version: row.version,
    status: row.status,
    statusChangedAt: row.status_changed_at,
    startDate: row.start_date,
    weeklyGrossPence: row.weekly_gross_pence,
    weeklyLinesPence,
  }
}

export async function listPlanSummaries(db: ReadDb, personId: number): Promise<PlanSummary[]> {
  const rows = await plans(db)
    .where('support_plans.client_id', '=', personId)
    .orderBy('support_plans.plan_no', 'desc')
    .orderBy('support_plans.version', 'desc')
    .execute()
  const totals = await weeklyTotals(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((r) => rowToPlanSummary(r, totals.get(r.id) ?? 0))
}

export async function nextPlanNo(db: ReadDb, personId: number): Promise<number> {
  const row = await db
    .selectFrom('support_plans')
    .select((eb) => eb.fn.max<number>('plan_no').as('n'))
    .where('client_id', '=', personId)
    .executeTakeFirst()
  return (row?.n ?? 0) + 1
}

export async function latestVersionInSeries(
  db: ReadDb,
  personId: number,
  planNo: number,
): Promise<SupportPlanRow | undefined> {
  return db
    .selectFrom('support_plans')
    .selectAll()
    .where('client_id', '=', personId)
    .where('plan_no', '=', planNo)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
}

export async function findDraftInSeries(db: ReadDb, personId: number, planNo: number) {
  return db
    .selectFrom('support_plans')
    .select(['id', 'version'])
    .where('client_id', '=', personId)
    .where('plan_no', '=', planNo)
    .where('status', '=', 'draft')
    .executeTakeFirst()
}

export async function insertPlan(
  db: Db,
  p: {
    personId: number
    planNo: number
    version: number
    at: string
    by: number
    /** What matters to the person, to start from (their one-page profile's words). */
    whatMatters?: string
  },
): Promise<number> {
  const row = await db
    .insertInto('support_plans')
    .values({
      client_id: p.personId,
      plan_no: p.planNo,
      version: p.version,
      status: 'draft',
      status_changed_at: p.at,
      what_matters: p.whatMatters ?? '',
      what_to_change: '',
      how_supported: '',
      how_budget_used: '',
      how_managed: '',
      staying_in_control: '',
      contingency: '',
      created_at: p.at,
      created_by: p.by,
      updated_at: p.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

const PLAN_PARTS = [
  'plan_outcomes',
  'plan_lines',
  'plan_risks',
  'plan_actions',
  'plan_people',
] as const

/** Deletes a draft version and its parts. The database refuses the parts of a submitted one. */
export async function deleteDraft(db: Db, planId: number): Promise<void> {
  for (const table of PLAN_PARTS) {
    await db.deleteFrom(table).where('plan_id', '=', planId).execute()
  }
  await db
    .deleteFrom('support_plans')
    .where('id', '=', planId)
    .where('status', '=', 'draft')
    .execute()
}

/** Replaces a draft's whole content. The database refuses this for a submitted version (triggers). */
export async function writePlanContent(
  db: Db,
  planId: number,
  c: PlanContent,
  at: string,
): Promise<void> {
  const b = c.budget
  await db
    .updateTable('support_plans')
    .set({
      what_matters: c.whatMatters,
      what_to_change: c.whatToChange,
      how_supported: c.howSupported,
      how_budget_used: c.howBudgetUsed,
      how_managed: c.howManaged,
      staying_in_control: c.stayingInControl,
      contingency: c.contingency,
      weekly_gross_pence: b.weeklyGrossPence,
      weekly_contribution_pence: b.weeklyContributionPence,
      payment_basis: b.paymentBasis,
      payment_frequency: b.paymentFrequency,
      payment_timing: b.paymentTiming,
      management_form: b.managementForm,
      start_date: b.startDate,
      end_date: b.endDate,
      over_budget_reason: c.overBudgetReason,
      signed_by_person_on: c.signOff.personOn,
      signed_by_adviser_on: c.signOff.adviserOn,
      signed_by_council_on: c.signOff.councilOn,
      signed_by_council_name: c.signOff.councilName,
      updated_at: at,
    })
    .where('id', '=', planId)
    .execute()
  for (const table of PLAN_PARTS) {
    await db.deleteFrom(table).where('plan_id', '=', planId).execute()
  }
  for (const [i, o] of c.outcomes.entries()) {
    await db
      .insertInto('plan_outcomes')
      .values({
        plan_id: planId,
        position: i + 1,
        text: o.text,
        how: o.how,
        by_when: o.byWhen,
        wellbeing_areas: JSON.stringify(o.wellbeingAreas),
        eligibility_outcomes: JSON.stringify(o.eligibilityOutcomes),
      })
      .execute()
  }
  for (const [i, l] of c.lines.entries()) {
    const cost = lineCosts(l)
    await db
      .insertInto('plan_lines')
      .values({
        plan_id: planId,
        position: i + 1,
        description: l.description,
        support_type: l.supportType,
        provider_type: l.providerType,
        unit: l.unit,
        unit_cost_pence: l.unitCostPence,
        quantity_hundredths: l.quantityHundredths,
        weekly_cost_pence: cost.weeklyPence,
        one_off_cost_pence: cost.oneOffPence,
        outcome_positions: JSON.stringify(l.outcomePositions),
      })
      .execute()
  }
  for (const [i, r] of c.risks.entries()) {
    await db
      .insertInto('plan_risks')
      .values({ plan_id: planId, position: i + 1, ...r })
      .execute()
  }
  for (const [i, a] of c.actions.entries()) {
    await db
      .insertInto('plan_actions')
      .values({
        plan_id: planId,
        position: i + 1,
        action: a.action,
        owner: a.owner,
        due_on: a.dueOn,
      })
      .execute()
  }
  for (const [i, p] of c.people.entries()) {
    await db
      .insertInto('plan_people')
      .values({
        plan_id: planId,
        position: i + 1,
        name: p.name,
        relationship: p.relationship,
        role: p.role,
        consulted_on: p.consultedOn,
      })
      .execute()
  }
}

export async function readPlanContent(db: ReadDb, row: SupportPlanRow): Promise<PlanContent> {
  const id = row.id
  const [outcomes, lines, risks, actions, people] = await Promise.all([
    db
      .selectFrom('plan_outcomes')
      .selectAll()
      .where('plan_id', '=', id)
      .orderBy('position')
      .execute(),
    db.selectFrom('plan_lines').selectAll().where('plan_id', '=', id).orderBy('position').execute(),
    db.selectFrom('plan_risks').selectAll().where('plan_id', '=', id).orderBy('position').execute(),
    db
      .selectFrom('plan_actions')
      .selectAll()
      .where('plan_id', '=', id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('plan_people')
      .selectAll()
      .where('plan_id', '=', id)
      .orderBy('position')
      .execute(),
  ])
  return {
    whatMatters: row.what_matters,
    whatToChange: row.what_to_change,
    howSupported: row.how_supported,
    howBudgetUsed: row.how_budget_used,
    howManaged: row.how_managed,
    stayingInControl: row.staying_in_control,
    contingency: row.contingency,
    budget: {
      weeklyGrossPence: row.weekly_gross_pence,
      weeklyContributionPence: row.weekly_contribution_pence,
      paymentBasis: row.payment_basis,
      paymentFrequency: row.payment_frequency,
      paymentTiming: row.payment_timing,
      managementForm: row.management_form,
      startDate: row.start_date,
      endDate: row.end_date,
    },
    outcomes: outcomes.map((o) => ({
      text: o.text,
      how: o.how,
      byWhen: o.by_when,
      wellbeingAreas: JSON.parse(o.wellbeing_areas),
      eligibilityOutcomes: JSON.parse(o.eligibility_outcomes),
    })),
    lines: lines.map((l) => ({
      description: l.description,
      supportType: l.support_type as PlanContent['lines'][number]['supportType'],
      providerType: l.provider_type,
      unit: l.unit as PlanContent['lines'][number]['unit'],
      unitCostPence: l.unit_cost_pence,
      quantityHundredths: l.quantity_hundredths,
      outcomePositions: JSON.parse(l.outcome_positions),
    })),
    risks: risks.map((r) => ({
      risk: r.risk,
      likelihood: r.likelihood as 'low' | 'medium' | 'high' | null,
      impact: r.impact as 'low' | 'medium' | 'high' | null,
      mitigation: r.mitigation,
      owner: r.owner,
    })),
    actions: actions.map((a) => ({ action: a.action, owner: a.owner, dueOn: a.due_on })),
    people: people.map((p) => ({
      name: p.name,
      relationship: p.relationship,
      role: p.role,
      consultedOn: p.consulted_on,
    })),
    overBudgetReason: row.over_budget_reason,
    signOff: {
      personOn: row.signed_by_person_on,
      adviserOn: row.signed_by_adviser_on,
      councilOn: row.signed_by_council_on,
      councilName: row.signed_by_council_name,
    },
  }
}

export async function setPlanStatus(
  db: Db,
  planId: number,
  status: PlanStatusCode,
  at: string,
  extra: { submittedBy?: number } = {},
): Promise<void> {
  await db
    .updateTable('support_plans')
    .set({
      status,
      status_changed_at: at,
      ...(extra.submittedBy !== undefined
        ? { submitted_at: at, submitted_by: extra.submittedBy }
        : {}),
    })
    .where('id', '=', planId)
    .execute()
}

export async function activePlansOf(db: ReadDb, personId: number) {
  return db
    .selectFrom('support_plans')
    .select(['id'])
    .where('client_id', '=', personId)
    .where('status', '=', 'active')
    .execute()
}

export interface OverviewRow extends PlanRowWithRef {
  given: string
  family: string
  preferred: string | null
  safeguarding: number
  financial: number
  capacity: number
}

/** Plan versions in the given statuses, with their person, oldest status change first. */
export async function listPlansByStatus(
  db: ReadDb,
  statuses: readonly PlanStatusCode[],
  limit: number,
  keyWorkerId?: number,
): Promise<OverviewRow[]> {
  let query = db
    .selectFrom('support_plans')
    .innerJoin('clients', 'clients.id', 'support_plans.client_id')
    .selectAll('support_plans')
    .select([
      'clients.ref as client_ref',
      'clients.legal_given_name as given',
      'clients.legal_family_name as family',
      'clients.preferred_name as preferred',
      'clients.has_safeguarding_concern as safeguarding',
      'clients.has_financial_concern as financial',
      'clients.lacks_capacity_for_finances as capacity',
    ])
    .where('support_plans.status', 'in', statuses)
  if (keyWorkerId !== undefined) query = query.where('clients.key_worker_id', '=', keyWorkerId)
  return query.orderBy('support_plans.status_changed_at').limit(limit).execute()
}
