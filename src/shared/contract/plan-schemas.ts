import { z } from 'zod'
import {
  codesOf,
  CostFrequency,
  EligibilityOutcomes,
  ManagementForm,
  PanelDecision as PanelDecisionList,
  PaymentBasis,
  PaymentFrequency,
  PaymentTiming,
  PlanStatus,
  ProviderType,
  ServiceComponent,
  WellbeingAreas,
} from '../reference'
import { NOT_AGREED_REASONS, type NotAgreedReasonCode } from '../plan-checks'
import { IsoDateText } from './people-schemas'
import { prose, text } from './route'
import { storedForm } from './text-rules'

/** Pence as a whole number; the UI converts typed pounds with parsePounds. */
export const Pence = z
  .number()
  .int('Money is a whole number of pence.')
  .min(0, 'An amount cannot be negative.')
  .max(1e11)

export const PlanRef = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^C-\d{6}\/P\d+V\d+$/, 'A plan reference looks like C-000123/P1v2.')

const nullableDate = IsoDateText.nullable().default(null)
const long = (label: string) => prose(label, 20_000).default('')

export const PlanOutcomeFields = z.object({
  text: prose('Outcome, in the person’s words', 2000, 1),
  how: prose('How', 4000).default(''),
  byWhen: nullableDate,
  wellbeingAreas: z
    .array(z.enum(codesOf(WellbeingAreas)))
    .max(9)
    .default([]),
  eligibilityOutcomes: z
    .array(z.enum(codesOf(EligibilityOutcomes)))
    .max(10)
    .default([]),
})
export type PlanOutcomeFields = z.infer<typeof PlanOutcomeFields>

export const PlanLineFields = z.object({
  description: text('Description', 300, 1),
  supportType: z.enum(codesOf(ServiceComponent)),
  providerType: z.enum(codesOf(ProviderType)),
  unit: z.enum(codesOf(CostFrequency)),
  unitCostPence: Pence,
  /** Units per week for hourly/daily/sessional units, else units per period, in hundredths (12.5 → 1250). */
  quantityHundredths: z.number().int().min(0).max(100_000_00),
  /** 1-based positions of the outcomes this line pays for. */
  outcomePositions: z.array(z.number().int().min(1)).max(30).default([]),
})
export type PlanLineFields = z.infer<typeof PlanLineFields>

export const PlanBudget = z.object({
  weeklyGrossPence: Pence.nullable().default(null),
  weeklyContributionPence: Pence.nullable().default(null),
  paymentBasis: z.enum(codesOf(PaymentBasis)).nullable().default(null),
  paymentFrequency: z.enum(codesOf(PaymentFrequency)).nullable().default(null),
  paymentTiming: z.enum(codesOf(PaymentTiming)).nullable().default(null),
  managementForm: z.enum(codesOf(ManagementForm)).nullable().default(null),
  startDate: nullableDate,
  endDate: nullableDate,
})
export type PlanBudget = z.infer<typeof PlanBudget>

export const PlanContent = z
  .object({
    whatMatters: long('What is important to you'),
    whatToChange: long('What you want to change'),
    howSupported: long('How you will be supported'),
    howBudgetUsed: long('How you will use your budget'),
    howManaged: long('How your support will be managed'),
    stayingInControl: long('How you will stay in control'),
    contingency: long('What happens if support does not turn up'),
    budget: PlanBudget.default({
      weeklyGrossPence: null,
      weeklyContributionPence: null,
      paymentBasis: null,
      paymentFrequency: null,
      paymentTiming: null,
      managementForm: null,
      startDate: null,
      endDate: null,
    }),
    outcomes: z.array(PlanOutcomeFields).max(30).default([]),
    lines: z.array(PlanLineFields).max(100).default([]),
    risks: z
      .array(
        z.object({
          risk: prose('Risk', 1000, 1),
          likelihood: z.enum(['low', 'medium', 'high']).nullable().default(null),
          impact: z.enum(['low', 'medium', 'high']).nullable().default(null),
          mitigation: prose('How it is managed', 2000).default(''),
          owner: text('Who', 120).nullable().default(null),
        }),
      )
      .max(50)
      .default([]),
    actions: z
      .array(
        z.object({
          action: prose('Action', 1000, 1),
          owner: text('Who', 120).default(''),
          dueOn: nullableDate,
        }),
      )
      .max(100)
      .default([]),
    people: z
      .array(
        z.object({
          name: text('Name', 120, 1),
          relationship: text('Relationship', 80).nullable().default(null),
          role: text('Role in the plan', 120).nullable().default(null),
          consultedOn: nullableDate,
        }),
      )
      .max(50)
      .default([]),
    overBudgetReason: prose('Why the plan costs more than the budget', 2000)
      .nullable()
      .default(null),
    signOff: z
      .object({
        personOn: nullableDate,
        adviserOn: nullableDate,
        councilOn: nullableDate,
        councilName: text('Council officer', 120).nullable().default(null),
      })
      .default({ personOn: null, adviserOn: null, councilOn: null, councilName: null }),
  })
  .superRefine((c, ctx) => {
    const b = c.budget
    if (
      b.weeklyGrossPence !== null &&
      b.weeklyContributionPence !== null &&
      b.weeklyContributionPence > b.weeklyGrossPence
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['budget', 'weeklyContributionPence'],
        message: 'The contribution is more than the whole budget.',
      })
    }
    if (b.startDate && b.endDate && b.endDate < b.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['budget', 'endDate'],
        message: 'The plan ends before it starts.',
      })
    }
    c.lines.forEach((line, i) => {
      for (const p of line.outcomePositions) {
        if (p > c.outcomes.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['lines', i, 'outcomePositions'],
            message: `There is no outcome ${p}.`,
          })
        }
      }
    })
  })
export type PlanContentInput = z.input<typeof PlanContent>
export type PlanContent = z.output<typeof PlanContent>

export const PlanTotals = z.object({
  weeklyLinesPence: z.number().int(),
  oneOffPence: z.number().int(),
  annualLinesPence: z.number().int(),
  weeklyNetCouncilPence: z.number().int().nullable(),
  overBudgetByPence: z.number().int(),
})
export type PlanTotals = z.infer<typeof PlanTotals>

export const ReviewDates = z.object({
  firstReview: z.string().nullable(),
  annualReview: z.string().nullable(),
  directPaymentReview: z.string().nullable(),
  nextDue: z.string().nullable(),
})
export type ReviewDates = z.infer<typeof ReviewDates>

export const PanelDecisionFields = z
  .object({
    decidedOn: IsoDateText,
    panel: text('Panel', 120, 1),
    weeklyRequestedPence: Pence,
    weeklyApprovedPence: Pence.nullable().default(null),
    oneOffRequestedPence: Pence.default(0),
    oneOffApprovedPence: Pence.nullable().default(null),
    decision: z.enum(codesOf(PanelDecisionList)),
    conditions: prose('Conditions', 4000).nullable().default(null),
    reasons: prose('Reasons', 4000).nullable().default(null),
    /**
     * The adviser has seen that the approved amounts differ from the request and confirms them;
     * without it such a decision is refused with PLANS.AMOUNT_DIFFERS, naming the difference.
     */
    differenceConfirmed: z.boolean().default(false),
  })
  .superRefine((d, ctx) => {
    if ((d.decision === 'declined' || d.decision === 'deferred') && !d.reasons) {
      ctx.addIssue({
        code: 'custom',
        path: ['reasons'],
        message: `Record the panel's reasons when a plan is ${d.decision}.`,
      })
    }
    if (d.decision === 'approved-with-conditions' && !d.conditions) {
      ctx.addIssue({ code: 'custom', path: ['conditions'], message: 'Record the conditions.' })
    }
    if (
      (d.decision === 'approved' || d.decision === 'approved-with-conditions') &&
      d.weeklyApprovedPence === null
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['weeklyApprovedPence'],
        message: 'Record the weekly amount approved.',
      })
    }
    if (
      (d.decision === 'approved' || d.decision === 'approved-with-conditions') &&
      d.oneOffRequestedPence > 0 &&
      d.oneOffApprovedPence === null
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['oneOffApprovedPence'],
        message: 'A one-off amount was asked for: record how much was approved (0 if none).',
      })
    }
  })
export type PanelDecisionFields = z.infer<typeof PanelDecisionFields>

/** Why a plan goes to the council without the person's agreement (see `NOT_AGREED_REASONS`). */
export const WithoutAgreement = z.object({
  reason: z.enum(
    NOT_AGREED_REASONS.map((r) => r.code) as [NotAgreedReasonCode, ...NotAgreedReasonCode[]],
  ),
  explanation: prose('Why, and who decided', 2000, 1),
})
export type WithoutAgreement = z.infer<typeof WithoutAgreement>

export const PanelDecision = z.object({
  id: z.number().int(),
  decidedOn: z.string(),
  panel: z.string(),
  weeklyRequestedPence: z.number().int(),
  weeklyApprovedPence: z.number().int().nullable(),
  oneOffRequestedPence: z.number().int(),
  oneOffApprovedPence: z.number().int().nullable(),
  decision: z.string(),
  conditions: z.string().nullable(),
  reasons: z.string().nullable(),
  appeal: z.string().nullable(),
})
export type PanelDecision = z.infer<typeof PanelDecision>

export const PlanStatusCode = z.enum(codesOf(PlanStatus))

export const PlanSummary = z.object({
  id: z.number().int(),
  ref: z.string(),
  personRef: z.string(),
  planNo: z.number().int(),
  version: z.number().int(),
  status: PlanStatusCode,
  statusChangedAt: z.string(),
  startDate: z.string().nullable(),
  weeklyGrossPence: z.number().int().nullable(),
  weeklyLinesPence: z.number().int(),
})
export type PlanSummary = z.infer<typeof PlanSummary>

export const PlanVersion = PlanSummary.extend({
  content: storedForm(PlanContent),
  totals: PlanTotals,
  reviewDates: ReviewDates,
  decisions: z.array(PanelDecision),
  nextStatuses: z.array(PlanStatusCode),
  isEditable: z.boolean(),
  createdAt: z.string(),
  /** When the content was last saved; changes with every save (see `expectedUpdatedAt`). */
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
})
export type PlanVersion = z.infer<typeof PlanVersion>
