import type { PlanContent } from '../../shared/contract/plan-schemas'
import type { Db, ReadDb } from '../db/handles'
import type { SupportPlanRow } from '../db/schema'
import { lineCosts } from './plan-rules'

/**
 * A plan version's content: its text, budget and the parts kept in their own tables (outcomes,
 * costed lines, risks, actions, people). A draft's content is rewritten whole on each save.
 */

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
