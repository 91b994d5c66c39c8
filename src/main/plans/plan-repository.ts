import type { PlanStatusCode } from '../../shared/reference'
import type { Db, ReadDb } from '../db/handles'
import type { PlanSummary } from '../../shared/contract/plan-schemas'
import type { SupportPlanRow } from '../db/schema'

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
