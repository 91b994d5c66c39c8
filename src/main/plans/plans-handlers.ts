import { localIsoDate } from '../../shared/dates'
import type { Db } from '../db/handles'
import { type HandlerMap, useCase, type WriteContext } from '../kernel'
import { notAgreedLabel } from '../../shared/plan-checks'
import { requirePerson } from '../people'
import { exportPlanPdf } from './plan-export'
import { listPlanSummaries } from './plan-repository'
import {
  activatePlan,
  createPlan,
  createPlanWithBudget,
  discardDraft,
  endPlan,
  getPlan,
  moveToPanel,
  plansOverview,
  readPlanVersion,
  recordAppeal,
  recordDecision,
  revisePlan,
  saveDraft,
  submitPlan,
} from './plan-service'

/** The version a change left behind, with the change named for the audit event. */
async function version(ctx: WriteContext, planId: number, summary?: string) {
  const db: Db = ctx.db()
  const plan = await readPlanVersion(db, planId, localIsoDate(ctx.now))
  ctx.note({ entityType: 'support_plan', entityId: plan.ref, summary: summary ?? plan.status })
  return plan
}

export const plansHandlers: HandlerMap<
  | 'plans.overview'
  | 'plans.list'
  | 'plans.get'
  | 'plans.create'
  | 'plans.revise'
  | 'plans.discardDraft'
  | 'plans.saveDraft'
  | 'plans.submit'
  | 'plans.sendToPanel'
  | 'plans.recordDecision'
  | 'plans.recordAppeal'
  | 'plans.activate'
  | 'plans.end'
  | 'plans.createWithBudget'
  | 'plans.exportPdf'
> = {
  async 'plans.overview'(input, ctx) {
    return plansOverview(useCase(ctx), input.reviewWithinDays, input.limit, input.keyWorkerId)
  },
  async 'plans.list'(input, ctx) {
    const person = await requirePerson(ctx.db(), input.ref)
    return listPlanSummaries(ctx.db(), person.id)
  },
  async 'plans.get'(input, ctx) {
    return getPlan(useCase(ctx), input.planRef)
  },
  async 'plans.create'(input, ctx) {
    return version(ctx, await createPlan(useCase(ctx), input.ref), 'New draft plan')
  },
  async 'plans.revise'(input, ctx) {
    const id = await revisePlan(useCase(ctx), input.planRef)
    return version(ctx, id, `New version from ${input.planRef}`)
  },
  async 'plans.discardDraft'(input, ctx) {
    const planRef = await discardDraft(useCase(ctx), input.planRef)
    ctx.note({ entityType: 'support_plan', entityId: planRef, summary: 'Draft thrown away' })
    return { done: true as const }
  },
  async 'plans.saveDraft'(input, ctx) {
    const id = await saveDraft(useCase(ctx), input.planRef, input.content, input.expectedUpdatedAt)
    return version(ctx, id, 'Draft saved')
  },
  async 'plans.submit'(input, ctx) {
    const { id, withoutAgreement: why } = await submitPlan(
      useCase(ctx),
      input.planRef,
      input.withoutAgreement,
    )
    // No column holds the reason yet, so the audit event is where it is recorded.
    return version(
      ctx,
      id,
      why
        ? `Submitted without the person’s agreement. ${notAgreedLabel(why.reason)}: ${why.explanation}`
        : 'Submitted',
    )
  },
  async 'plans.sendToPanel'(input, ctx) {
    return version(ctx, await moveToPanel(useCase(ctx), input.planRef), 'Sent to funding panel')
  },
  async 'plans.recordDecision'(input, ctx) {
    const id = await recordDecision(useCase(ctx), input.planRef, input.decision)
    return version(ctx, id, `Panel: ${input.decision.decision}`)
  },
  async 'plans.recordAppeal'(input, ctx) {
    const id = await recordAppeal(useCase(ctx), input.planRef, input.decisionId, input.appeal)
    return version(ctx, id, 'Appeal recorded')
  },
  async 'plans.activate'(input, ctx) {
    return version(ctx, await activatePlan(useCase(ctx), input.planRef), 'Active')
  },
  async 'plans.end'(input, ctx) {
    return version(ctx, await endPlan(useCase(ctx), input.planRef, input.on), 'Ended')
  },
  async 'plans.createWithBudget'(input, ctx) {
    const { ref, ...budget } = input
    const id = await createPlanWithBudget(useCase(ctx), ref, { ...budget, endDate: null })
    return version(ctx, id, 'Created active with budget only')
  },
  async 'plans.exportPdf'(input, ctx) {
    await ctx.progress(0, 1, 'Drawing the PDF')
    const made = await exportPlanPdf(useCase(ctx), input.planRef, input.easyRead)
    await ctx.audit({
      action: 'plans.exportPdf',
      entityType: 'support_plan',
      entityId: made.planRef,
      summary: input.easyRead ? 'easy read' : 'full',
    })
    return { fileName: made.fileName, dataBase64: made.pdf.toString('base64') }
  },
}
