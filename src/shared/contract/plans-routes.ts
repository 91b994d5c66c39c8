import { z } from 'zod'
import {
  codesOf,
  ManagementForm,
  PaymentBasis,
  PaymentFrequency,
  PaymentTiming,
} from '../reference'
import { rolesWith } from '../policy'
import { PersonFlags, IsoDateText, PastDate, PersonRef } from './people-schemas'
import {
  PanelDecisionFields,
  PlanContent,
  PlanRef,
  PlanSummary,
  PlanVersion,
  Pence,
  WithoutAgreement,
} from './plan-schemas'
import { Done, prose, route } from './route'
import { textRule } from './text-rules'

export const PlanOverviewItem = PlanSummary.extend({
  person: z.object({ ref: z.string(), displayName: z.string(), flags: PersonFlags }),
  nextReviewDue: z.string().nullable(),
})
export type PlanOverviewItem = z.infer<typeof PlanOverviewItem>

export const plansRoutes = {
  'plans.overview': route({
    input: {
      reviewWithinDays: z.number().int().min(1).max(366).default(42),
      limit: z.number().int().min(1).max(1000).default(200),
      /** Only the people this member of staff is key worker for ("only my people"). */
      keyWorkerId: z.number().int().positive().optional(),
    },
    output: z.object({
      drafts: z.array(PlanOverviewItem),
      awaitingDecision: z.array(PlanOverviewItem),
      approvedNotActive: z.array(PlanOverviewItem),
      reviewsDue: z.array(PlanOverviewItem),
    }),
    access: rolesWith('plans.read'),
    kind: 'read',
    summary:
      'Plans needing attention across everyone: drafts, awaiting a decision, approved but not active, reviews due',
  }),
  'plans.list': route({
    input: { ref: PersonRef },
    output: z.array(PlanSummary),
    access: rolesWith('plans.read'),
    kind: 'read',
    summary: 'Every version of a person’s support plans',
  }),
  'plans.get': route({
    input: { planRef: PlanRef },
    output: PlanVersion,
    access: rolesWith('plans.read'),
    kind: 'read',
    summary: 'One version of a support plan, with totals and review dates',
  }),
  'plans.create': route({
    input: { ref: PersonRef },
    output: PlanVersion,
    access: rolesWith('plans.edit'),
    kind: 'write',
    summary: 'Start a new support plan as a draft',
  }),
  'plans.revise': route({
    input: { planRef: PlanRef },
    output: PlanVersion,
    access: rolesWith('plans.edit'),
    kind: 'write',
    summary: 'Start a new draft version from an existing one (submitted versions never change)',
  }),
  'plans.discardDraft': route({
    input: { planRef: PlanRef },
    output: Done,
    access: rolesWith('plans.edit'),
    kind: 'write',
    summary: 'Throw away a draft that was never submitted (submitted versions are kept for ever)',
  }),
  'plans.saveDraft': route({
    input: {
      planRef: PlanRef,
      content: PlanContent,
      /**
       * The `updatedAt` of the version being edited: when the draft has been saved since (by
       * someone else, in another window), the save is refused with RECORD.CONFLICT instead of
       * silently writing over their work. Scripts that own the draft may leave it out.
       */
      expectedUpdatedAt: z
        .string()
        .check(textRule('The time it was saved', 'single-line'))
        .max(40)
        .optional(),
    },
    output: PlanVersion,
    access: rolesWith('plans.edit'),
    kind: 'write',
    summary: 'Save a draft plan',
  }),
  'plans.submit': route({
    input: {
      planRef: PlanRef,
      /** Needed when the sign-off has no date the person agreed; else PLANS.NOT_AGREED. */
      withoutAgreement: WithoutAgreement.optional(),
    },
    output: PlanVersion,
    access: rolesWith('plans.edit'),
    kind: 'write',
    summary: 'Submit a draft: from now on this version cannot change',
  }),
  'plans.sendToPanel': route({
    input: { planRef: PlanRef },
    output: PlanVersion,
    access: rolesWith('plans.edit'),
    kind: 'write',
    summary: 'Record that a submitted plan has gone to the funding panel',
  }),
  'plans.recordDecision': route({
    input: { planRef: PlanRef, decision: PanelDecisionFields },
    output: PlanVersion,
    access: rolesWith('plans.edit'),
    kind: 'write',
    summary: 'Record the funding panel’s decision',
  }),
  'plans.recordAppeal': route({
    input: {
      planRef: PlanRef,
      decisionId: z.number().int().positive(),
      appeal: prose('Appeal or re-submission', 4000, 1),
    },
    output: PlanVersion,
    access: rolesWith('plans.edit'),
    kind: 'write',
    summary: 'Record an appeal or re-submission against a decision',
  }),
  'plans.activate': route({
    input: { planRef: PlanRef },
    output: PlanVersion,
    access: rolesWith('plans.edit'),
    kind: 'write',
    summary: 'Make an approved plan the active one (the previous active version is superseded)',
  }),
  'plans.end': route({
    input: { planRef: PlanRef, on: PastDate },
    output: PlanVersion,
    access: rolesWith('plans.edit'),
    kind: 'write',
    summary: 'End an active plan',
  }),
  'plans.createWithBudget': route({
    input: {
      ref: PersonRef,
      weeklyGrossPence: Pence,
      weeklyContributionPence: Pence,
      paymentBasis: z.enum(codesOf(PaymentBasis)),
      paymentFrequency: z.enum(codesOf(PaymentFrequency)),
      paymentTiming: z.enum(codesOf(PaymentTiming)),
      managementForm: z.enum(codesOf(ManagementForm)),
      startDate: IsoDateText,
    },
    output: PlanVersion,
    access: rolesWith('plans.edit'),
    kind: 'write',
    summary: 'Create an approved, active plan with a budget only (for migrations and scripts)',
  }),
  'plans.exportPdf': route({
    input: { planRef: PlanRef, easyRead: z.boolean().default(false) },
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
    access: rolesWith('plans.read'),
    kind: 'job',
    summary: 'A printable plan (PDF), or a plain-English large-print version for the person',
  }),
} as const
