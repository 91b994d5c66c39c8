import { localIsoDate } from '../../../shared/dates'
import { requireClient } from '../../clients/client-service'
import { listPlanSummaries } from '../../plans/plan-repository'
import { renderPlanPdf } from '../../plans/plan-pdf'
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
} from '../../plans/plan-service'
import { readOrganisationName } from '../../settings/settings-repository'
import type { HandlerContext, HandlerMap } from '../context'
import { clientDeps } from './people-handlers'

async function version(ctx: HandlerContext, planId: number, summary?: string) {
  const plan = await readPlanVersion(ctx.db(), planId, localIsoDate(ctx.now))
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
    return plansOverview(clientDeps(ctx), input.reviewWithinDays, input.limit, input.keyWorkerId)
  },
  async 'plans.list'(input, ctx) {
    const client = await requireClient(ctx.db(), input.ref)
    return listPlanSummaries(ctx.db(), client.id)
  },
  async 'plans.get'(input, ctx) {
    return getPlan(clientDeps(ctx), input.planRef)
  },
  async 'plans.create'(input, ctx) {
    return version(ctx, await createPlan(clientDeps(ctx), input.ref), 'New draft plan')
  },
  async 'plans.revise'(input, ctx) {
    return version(
      ctx,
      await revisePlan(clientDeps(ctx), input.planRef),
      `New version from ${input.planRef}`,
    )
  },
  async 'plans.discardDraft'(input, ctx) {
    const planRef = await discardDraft(clientDeps(ctx), input.planRef)
    ctx.note({ entityType: 'support_plan', entityId: planRef, summary: 'Draft thrown away' })
    return { done: true as const }
  },
  async 'plans.saveDraft'(input, ctx) {
    return version(
      ctx,
      await saveDraft(clientDeps(ctx), input.planRef, input.content, input.expectedUpdatedAt),
      'Draft saved',
    )
  },
  async 'plans.submit'(input, ctx) {
    return version(ctx, await submitPlan(clientDeps(ctx), input.planRef), 'Submitted')
  },
  async 'plans.sendToPanel'(input, ctx) {
    return version(ctx, await moveToPanel(clientDeps(ctx), input.planRef), 'Sent to funding panel')
  },
  async 'plans.recordDecision'(input, ctx) {
    return version(
      ctx,
      await recordDecision(clientDeps(ctx), input.planRef, input.decision),
      `Panel: ${input.decision.decision}`,
    )
  },
  async 'plans.recordAppeal'(input, ctx) {
    return version(
      ctx,
      await recordAppeal(clientDeps(ctx), input.planRef, input.decisionId, input.appeal),
      'Appeal recorded',
    )
  },
  async 'plans.activate'(input, ctx) {
    return version(ctx, await activatePlan(clientDeps(ctx), input.planRef), 'Active')
  },
  async 'plans.end'(input, ctx) {
    return version(ctx, await endPlan(clientDeps(ctx), input.planRef, input.on), 'Ended')
  },
  async 'plans.createWithBudget'(input, ctx) {
    const { ref, ...budget } = input
    const id = await createPlanWithBudget(clientDeps(ctx), ref, { ...budget, endDate: null })
    return version(ctx, id, 'Created active with budget only')
  },
  async 'plans.exportPdf'(input, ctx) {
    const plan = await getPlan(clientDeps(ctx), input.planRef)
    const client = await requireClient(ctx.db(), plan.clientRef)
    await ctx.progress(0, 1, 'Drawing the PDF')
    const pdf = await renderPlanPdf({
      plan,
      person: {
        name: `${client.preferred_name ?? client.legal_given_name} ${client.legal_family_name}`,
        legalName: `${client.legal_given_name} ${client.legal_family_name}`,
        ref: client.ref,
        dateOfBirth: client.date_of_birth,
      },
      organisationName: await readOrganisationName(ctx.db()),
      easyRead: input.easyRead,
      generatedAt: ctx.now,
    })
    await ctx.audit({
      action: 'plans.exportPdf',
      entityType: 'support_plan',
      entityId: plan.ref,
      summary: input.easyRead ? 'easy read' : 'full',
    })
    const safeRef = plan.ref.replace('/', '-')
    return {
      fileName: `${safeRef}${input.easyRead ? '-easy-read' : ''}.pdf`,
      dataBase64: pdf.toString('base64'),
    }
  },
}
