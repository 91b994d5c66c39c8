import type { Db, ReadDb } from '../db/handles'
import { sql } from 'kysely'
import type { PanelDecision, PanelDecisionFields } from '../../shared/contract/plan-schemas'

export async function insertDecision(
  db: Db,
  planId: number,
  d: PanelDecisionFields,
  at: string,
  by: number,
) {
  await db
    .insertInto('panel_decisions')
    .values({
      plan_id: planId,
      decided_on: d.decidedOn,
      panel: d.panel,
      weekly_requested_pence: d.weeklyRequestedPence,
      weekly_approved_pence: d.weeklyApprovedPence,
      one_off_requested_pence: d.oneOffRequestedPence,
      one_off_approved_pence: d.oneOffApprovedPence,
      decision: d.decision,
      conditions: d.conditions,
      reasons: d.reasons,
      appeal: null,
      created_at: at,
      created_by: by,
    })
    .execute()
}

export async function listDecisions(db: ReadDb, planId: number): Promise<PanelDecision[]> {
  const rows = await db
    .selectFrom('panel_decisions')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    decidedOn: r.decided_on,
    panel: r.panel,
    weeklyRequestedPence: r.weekly_requested_pence,
    weeklyApprovedPence: r.weekly_approved_pence,
    oneOffRequestedPence: r.one_off_requested_pence,
    oneOffApprovedPence: r.one_off_approved_pence,
    decision: r.decision,
    conditions: r.conditions,
    reasons: r.reasons,
    appeal: r.appeal,
  }))
}

export async function recordAppealOn(
  db: Db,
  planId: number,
  decisionId: number,
  appeal: string,
): Promise<boolean> {
  const r = await db
    .updateTable('panel_decisions')
    .set({ appeal: sql<string>`coalesce(appeal || char(10), '') || ${appeal}` })
    .where('id', '=', decisionId)
    .where('plan_id', '=', planId)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}
