/**
 * CLD defined lists about services, reviews and event outcomes (CLD fields 30, 41–49). Sources and
 * conventions: see cld.ts.
 */
import { defineCodeList, type CodeOf } from './code-list'

/**
 * CLD Service Component: a plan line's "support type". Both releases come from secondary mirrors
 * (R1: Interweave FHIR IG; R2: SocialCareData draft standard, partly confirmed by DHSC code), per
 * domain.md §8.2. R1 "Professional Support" (without a qualifier) maps to R2 "Professional support:
 * Other"; "Extra care housing" exists only in R2.
 */
export const ServiceComponent = defineCodeList('Service Component', [
  { code: 'reablement', label: 'Reablement', r1: 'Reablement', r2: 'Reablement' },
  {
    code: 'short-term-nursing-care',
    label: 'Short term nursing care',
    r1: 'Short Term Nursing Care',
    r2: 'Short term nursing care',
  },
  {
    code: 'short-term-residential-care',
    label: 'Short term residential care',
    r1: 'Short Term Residential Care',
    r2: 'Short term residential care',
  },
  {
    code: 'long-term-nursing-care',
    label: 'Long term nursing care',
    r1: 'Long Term Nursing Care',
    r2: 'Long term nursing care',
  },
  {
    code: 'long-term-residential-care',
    label: 'Long term residential care',
    r1: 'Long Term Residential Care',
    r2: 'Long term residential care',
  },
  {
    code: 'home-support',
    label: 'Home support or domiciliary care',
    r1: 'Home Support',
    r2: 'Home support or domiciliary care',
  },
  { code: 'day-support', label: 'Day support', r1: 'Day Support', r2: 'Day support' },
  { code: 'meals', label: 'Meals', r1: 'Meals', r2: 'Meals' },
  { code: 'transport', label: 'Transport', r1: 'Transport', r2: 'Transport' },
  { code: 'equipment', label: 'Equipment', r1: 'Equipment', r2: 'Equipment' },
  { code: 'direct-payment', label: 'Direct payment', r1: 'Direct Payment', r2: 'Direct payment' },
  { code: 'shared-lives', label: 'Shared Lives', r1: 'Shared Lives', r2: 'Shared Lives' },
  {
    code: 'community-supported-living',
    label: 'Community supported living',
    r1: 'Community Supported Living',
    r2: 'Community supported living',
  },
  { code: 'extra-care-housing', label: 'Extra care housing', r1: null, r2: 'Extra care housing' },
  {
    code: 'professional-support-social-worker',
    label: 'Professional support: social worker',
    r1: 'Professional Support- Social Worker',
    r2: 'Professional support: Social worker',
  },
  {
    code: 'professional-support-other',
    label: 'Professional support: other',
    r1: 'Professional Support',
    r2: 'Professional support: Other',
  },
  {
    code: 'learning-education-employment',
    label: 'Learning, education or employment support',
    r1: 'Learning/Education/Employment Support',
    r2: 'Learning, education or employment support',
  },
  {
    code: 'end-of-life-care',
    label: 'End of life care',
    r1: 'End of Life Care',
    r2: 'End of life care',
  },
  {
    code: 'emergency-support',
    label: 'Emergency support',
    r1: 'Emergency Support',
    r2: 'Emergency support',
  },
  {
    code: 'other-short-term-support',
    label: 'Other short term support',
    r1: 'Other Short Term Support',
    r2: 'Other short term support',
  },
  {
    code: 'other-long-term-support',
    label: 'Other long term support',
    r1: 'Other Long Term Support',
    r2: 'Other long term support',
  },
  {
    code: 'carer-respite',
    label: 'Unpaid carer respite',
    r1: 'Carer Respite',
    r2: 'Unpaid carer respite',
  },
  {
    code: 'carer-sitting-service',
    label: 'Unpaid carer sitting service',
    r1: 'Carer Sitting Service',
    r2: 'Unpaid carer sitting service',
  },
  {
    code: 'carer-universal-services',
    label: 'Unpaid carer universal services',
    r1: 'Carer Universal Services',
    r2: 'Unpaid carer universal services',
  },
  {
    code: 'other-carer-support',
    label: 'Other unpaid carer support',
    r1: 'Other Carer Support',
    r2: 'Other unpaid carer support',
  },
])
export type ServiceComponentCode = CodeOf<typeof ServiceComponent>

/**
 * CLD Delivery Mechanism, per service line. R1 also has "Self-Funder Metering Only", which must not be
 * used before charging reform: it is left out so nobody can pick it. "Part-direct payment" is derived,
 * never recorded; a direct payment is not allowed in a prison setting [GLOSS-DM].
 */
export const DeliveryMechanism = defineCodeList('Delivery Mechanism', [
  { code: 'direct-payment', label: 'Direct payment', r1: 'Direct Payment', r2: 'Direct payment' },
  {
    code: 'cassr-managed-personal-budget',
    label: 'Council-managed personal budget',
    r1: 'CASSR Managed Personal Budget',
    r2: 'CASSR managed personal budget',
  },
  {
    code: 'cassr-commissioned-support',
    label: 'Council-commissioned support',
    r1: 'CASSR Commissioned Support',
    r2: 'CASSR commissioned support',
  },
])
export type DeliveryMechanismCode = CodeOf<typeof DeliveryMechanism>

/**
 * CLD Cost Frequency (Unit Type), from a secondary vocabulary [SCDATA-PUB02] (which also lists "No
 * charge to client", left out: Casebook plan lines always carry a cost). R2 not given: assumed unchanged.
 */
export const CostFrequency = defineCodeList('Cost Frequency', [
  { code: 'hour', label: 'Hourly', r1: 'Hourly', r2: 'Hourly' },
  { code: 'day', label: 'Daily', r1: 'Daily', r2: 'Daily' },
  { code: 'session', label: 'Per session', r1: 'Per session', r2: 'Per session' },
  { code: 'week', label: 'Weekly', r1: 'Weekly', r2: 'Weekly' },
  { code: 'fortnight', label: 'Fortnightly', r1: 'Fortnightly', r2: 'Fortnightly' },
  { code: '4-weeks', label: '4-weekly', r1: '4-weekly', r2: '4-weekly' },
  { code: 'month', label: 'Monthly', r1: 'Monthly', r2: 'Monthly' },
  { code: 'quarter', label: 'Quarterly', r1: 'Quarterly', r2: 'Quarterly' },
  { code: 'year', label: 'Annually', r1: 'Annually', r2: 'Annually' },
  { code: 'one-off', label: 'One-off', r1: 'One-off', r2: 'One-off' },
])
export type CostFrequencyCode = CodeOf<typeof CostFrequency>

/**
 * The DHSC weekly-cost conversion as exact fractions [DHSC-GH-COSTS]: weekly cost = unit cost × num / den,
 * and for the sub-weekly units (hour, day, session) also × planned units per week. One-off costs have no
 * weekly equivalent (null): DHSC takes the unit cost as it is. Round only when showing the result.
 */
export const WEEKLY_FACTOR: Readonly<
  Record<CostFrequencyCode, { readonly num: number; readonly den: number } | null>
> = Object.freeze({
  hour: { num: 1, den: 1 },
  day: { num: 1, den: 1 },
  session: { num: 1, den: 1 },
  week: { num: 1, den: 1 },
  fortnight: { num: 1, den: 2 },
  '4-weeks': { num: 1, den: 4 },
  month: { num: 12, den: 52 },
  quarter: { num: 4, den: 52 },
  year: { num: 1, den: 52 },
  'one-off': null,
})

export type SubWeeklyCostFrequencyCode = 'hour' | 'day' | 'session'

/** True for units more frequent than weekly, whose weekly cost needs "planned units per week". */
export function isSubWeekly(code: string): code is SubWeeklyCostFrequencyCode {
  return code === 'hour' || code === 'day' || code === 'session'
}

/**
 * CLD Review Reason. domain.md gives R2 only as "Planned…/Unplanned… plus new 'Review of short term
 * support'": the R2 spellings below are mapped by meaning (sentence case, colon separator, "unpaid
 * carer" as elsewhere in R2); verify against the R2 specification. Carer reviews default to Planned.
 */
export const ReviewReason = defineCodeList('Review Reason', [
  { code: 'planned', label: 'Planned', r1: 'Planned', r2: 'Planned' },
  {
    code: 'unplanned-hospital',
    label: 'Unplanned: hospital (planned and unplanned episodes)',
    r1: 'Unplanned - Hospital (Planned and unplanned episodes)',
    r2: 'Unplanned: Hospital (planned and unplanned episodes)',
  },
  {
    code: 'unplanned-carer-related',
    label: 'Unplanned: unpaid carer related',
    r1: 'Unplanned - Carer related',
    r2: 'Unplanned: Unpaid carer related',
  },
  {
    code: 'unplanned-safeguarding',
    label: 'Unplanned: safeguarding concern',
    r1: 'Unplanned - Safeguarding concern',
    r2: 'Unplanned: Safeguarding concern',
  },
  {
    code: 'unplanned-other',
    label: 'Unplanned: other reason',
    r1: 'Unplanned - Other Reason',
    r2: 'Unplanned: Other reason',
  },
  {
    code: 'unplanned-provider-failure',
    label: 'Unplanned: provider failure',
    r1: 'Unplanned - Provider Failure',
    r2: 'Unplanned: Provider failure',
  },
  {
    code: 'unplanned-commissioning-change',
    label: 'Unplanned: change in commissioning arrangements',
    r1: 'Unplanned - Change in Commissioning arrangements',
    r2: 'Unplanned: Change in commissioning arrangements',
  },
  // New in R2 [DHSC-GH-DERIVED]; no R1 value.
  {
    code: 'short-term-support-review',
    label: 'Review of short term support',
    r1: null,
    r2: 'Review of short term support',
  },
])
export type ReviewReasonCode = CodeOf<typeof ReviewReason>

/** CLD Review Outcomes Achieved [GLOSS-ROA]. R2 not given: assumed unchanged. */
export const ReviewOutcomesAchieved = defineCodeList('Review Outcomes Achieved', [
  { code: 'fully-met', label: 'Fully met', r1: 'Fully Met', r2: 'Fully Met' },
  { code: 'partially-met', label: 'Partially met', r1: 'Partially Met', r2: 'Partially Met' },
  { code: 'not-met', label: 'Not met', r1: 'Not Met', r2: 'Not Met' },
])
export type ReviewOutcomesAchievedCode = CodeOf<typeof ReviewOutcomesAchieved>

/**
 * CLD Method of Review [GLOSS-MOR]. R2 not given: mapped by meaning with R2's "unpaid carer" wording
 * (as in Client Type and Service Type); verify against the R2 specification.
 */
export const MethodOfReview = defineCodeList('Method of Review', [
  { code: 'carer-only', label: 'Unpaid carer only', r1: 'Carer only', r2: 'Unpaid carer only' },
  {
    code: 'service-user-only',
    label: 'Service user only',
    r1: 'Service user only',
    r2: 'Service user only',
  },
  {
    code: 'service-user-and-carer',
    label: 'Service user and unpaid carer',
    r1: 'Service user and carer',
    r2: 'Service user and unpaid carer',
  },
])
export type MethodOfReviewCode = CodeOf<typeof MethodOfReview>

/**
 * CLD Event Outcome. Codes follow R1 (19 values, strings exactly as domain.md gives them, dash variants
 * included: "verify exact strings"), plus the one R2-only value. R2 strings are DHSC's [DHSC-GH-CLEAN];
 * the R1→R2 mapping is by meaning and is many-to-one:
 * - "Progress to Assessment" and "Progress to Re-assessment / Unplanned Review" → "Progress to
 *   assessment, review or reassessment";
 * - "No change in package" and "Provision of service" → "Continuation of support or services";
 * - "Progress to End of Life Care" and "Progress to financial assessment" have no R2 value (DHSC maps
 *   them to "Release 1 specification only: Not mapped"), so their r2 is null.
 * Reading a shared R2 value back gives the first of its items in list order.
 */
export const EventOutcome = defineCodeList('Event Outcome', [
  {
    code: 'progress-to-reablement',
    label: 'Progress to reablement/ST-Max',
    r1: 'Progress to Reablement/ST-Max',
    r2: 'Progress to reablement/ST-Max',
  },
  {
    code: 'progress-to-assessment',
    label: 'Progress to assessment',
    r1: 'Progress to Assessment',
    r2: 'Progress to assessment, review or reassessment',
  },
  {
    code: 'admitted-to-hospital',
    label: 'Admitted to hospital',
    r1: 'Admitted to Hospital',
    r2: 'Admitted to hospital',
  },
  {
    code: 'progress-to-reassessment',
    label: 'Progress to reassessment or unplanned review',
    r1: 'Progress to Re-assessment / Unplanned Review',
    r2: 'Progress to assessment, review or reassessment',
  },
  {
    code: 'progress-to-support-planning',
    label: 'Progress to support planning or services',
    r1: 'Progress to Support Planning / Services',
    r2: 'Progress to support planning or services',
  },
  {
    code: 'progress-to-end-of-life-care',
    label: 'Progress to end of life care',
    r1: 'Progress to End of Life Care',
    r2: null,
  },
  {
    code: 'no-change-in-package',
    label: 'No change in package',
    r1: 'No change in package',
    r2: 'Continuation of support or services',
  },
  {
    code: 'service-ended-as-planned',
    label: 'Service ended as planned',
    r1: 'Service ended as planned',
    r2: 'NFA: Support ended as planned',
  },
  {
    code: 'progress-to-financial-assessment',
    label: 'Progress to financial assessment',
    r1: 'Progress to financial assessment',
    r2: null,
  },
  {
    code: 'provision-of-service',
    label: 'Provision of service (service continues)',
    r1: 'Provision of service',
    r2: 'Continuation of support or services',
  },
  { code: 'nfa-deceased', label: 'NFA: Deceased', r1: 'NFA - Deceased', r2: 'NFA: Deceased' },
  {
    code: 'nfa-moved-to-another-la',
    label: 'NFA: Responsibility moved to another local authority',
    r1: 'NFA - Moved to another LA',
    r2: 'NFA: Responsibility moved to another local authority',
  },
  {
    code: 'nfa-nhs-funded',
    label: 'NFA: Referral to NHS services or NHS-funded social care',
    r1: 'NFA - 100% NHS-funded care',
    r2: 'NFA: Referral to NHS services or NHS funded social care',
  },
  {
    code: 'nfa-information-advice',
    label: 'NFA: Information and advice or signposting',
    r1: 'NFA - Information & Advice / Signposting only',
    r2: 'NFA: Information and advice or signposting',
  },
  {
    code: 'nfa-self-funded',
    label: 'NFA: Self-funded client or under 12-week disregard',
    r1: 'NFA - Self-funded client (inc. 12wk disregard)',
    r2: 'NFA: Self-funded client or under 12wk disregard',
  },
  {
    code: 'nfa-support-declined',
    label: 'NFA: Support declined',
    r1: 'NFA - Support declined',
    r2: 'NFA: Support declined',
  },
  {
    code: 'nfa-support-ended-other',
    label: 'NFA: Support ended for other reason',
    r1: 'NFA - Support ended \u2013 other reason',
    r2: 'NFA: Support ended for other reason',
  },
  {
    code: 'nfa-no-services-offered',
    label: 'NFA: No services offered for other reason',
    r1: 'NFA - No services offered - other reason',
    r2: 'NFA: No services offered for other reason',
  },
  { code: 'nfa-other', label: 'NFA: Other', r1: 'NFA- Other', r2: 'NFA: Other' },
  // New in R2; no R1 value.
  {
    code: 'nfa-referral-within-la',
    label: 'NFA: Referral to other service within the local authority',
    r1: null,
    r2: 'NFA: Referral to other service within the local authority',
  },
])
export type EventOutcomeCode = CodeOf<typeof EventOutcome>
