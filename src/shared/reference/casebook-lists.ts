/**
 * Casebook's own lists: no council return uses them, so r1 and r2 are null. Labels are what the screen
 * shows; codes are what the database stores and must never change once released.
 */
import { defineCodeList, type CodeOf } from './code-list'

/** Who referred the person to the organisation. */
export const ReferralSource = defineCodeList('Referral source', [
  { code: 'council-social-work', label: 'Council social work team', r1: null, r2: null },
  { code: 'self', label: 'Self-referral (the person or their family)', r1: null, r2: null },
  {
    code: 'health',
    label: 'Health service (GP, hospital or community health)',
    r1: null,
    r2: null,
  },
  {
    code: 'voluntary-sector',
    label: 'Voluntary or community organisation',
    r1: null,
    r2: null,
  },
  { code: 'other', label: 'Other', r1: null, r2: null },
])
export type ReferralSourceCode = CodeOf<typeof ReferralSource>

/** How a case note's contact happened. */
export const CaseNoteKind = defineCodeList('Case note kind', [
  { code: 'visit', label: 'Visit', r1: null, r2: null },
  { code: 'phone', label: 'Phone call', r1: null, r2: null },
  { code: 'email', label: 'Email', r1: null, r2: null },
  { code: 'meeting', label: 'Meeting', r1: null, r2: null },
  { code: 'letter', label: 'Letter', r1: null, r2: null },
  { code: 'other', label: 'Other', r1: null, r2: null },
])
export type CaseNoteKindCode = CodeOf<typeof CaseNoteKind>

/** A person in someone's circle of support. */
export const CircleKind = defineCodeList('Circle of support', [
  { code: 'family', label: 'Family', r1: null, r2: null },
  { code: 'friend', label: 'Friend', r1: null, r2: null },
  { code: 'neighbour', label: 'Neighbour', r1: null, r2: null },
  { code: 'unpaid-carer', label: 'Unpaid carer', r1: null, r2: null },
  { code: 'advocate', label: 'Advocate', r1: null, r2: null },
  { code: 'professional', label: 'Professional', r1: null, r2: null },
  { code: 'other', label: 'Other', r1: null, r2: null },
])
export type CircleKindCode = CodeOf<typeof CircleKind>

/** A legal role someone holds for the person, with what it means in plain words. */
export const LegalRole = defineCodeList('Legal role', [
  {
    code: 'suitable-person',
    label:
      'Suitable person: receives and manages direct payments for someone who lacks capacity to do so',
    r1: null,
    r2: null,
  },
  {
    code: 'authorised-representative',
    label:
      'Authorised representative: chosen by the person to act or manage direct payments for them',
    r1: null,
    r2: null,
  },
  {
    code: 'appointee',
    label: 'Appointee: appointed by the DWP to manage the person\u2019s benefits',
    r1: null,
    r2: null,
  },
  {
    code: 'deputy',
    label: 'Deputy: appointed by the Court of Protection to make decisions for the person',
    r1: null,
    r2: null,
  },
  {
    code: 'lasting-power-of-attorney',
    label:
      'Lasting power of attorney: chosen by the person, while able, to decide about money or health and welfare',
    r1: null,
    r2: null,
  },
])
export type LegalRoleCode = CodeOf<typeof LegalRole>

/** Who provides a plan line's support (domain.md §2.3 provider_type). */
export const ProviderType = defineCodeList('Provider type', [
  { code: 'employed-pa', label: 'Employed personal assistant', r1: null, r2: null },
  { code: 'self-employed-pa', label: 'Self-employed personal assistant', r1: null, r2: null },
  { code: 'agency', label: 'Care agency', r1: null, r2: null },
  { code: 'community', label: 'Community group or service', r1: null, r2: null },
  { code: 'equipment', label: 'Equipment', r1: null, r2: null },
  { code: 'other', label: 'Other', r1: null, r2: null },
])
export type ProviderTypeCode = CodeOf<typeof ProviderType>

/** How someone prefers to be contacted. */
export const ContactMethod = defineCodeList('Contact method', [
  { code: 'phone', label: 'Phone', r1: null, r2: null },
  { code: 'text', label: 'Text message', r1: null, r2: null },
  { code: 'email', label: 'Email', r1: null, r2: null },
  { code: 'letter', label: 'Letter', r1: null, r2: null },
  { code: 'visit', label: 'Visit', r1: null, r2: null },
])
export type ContactMethodCode = CodeOf<typeof ContactMethod>

/** Where a person is with the organisation. */
export const PersonStatus = defineCodeList('Client status', [
  { code: 'enquiry', label: 'Enquiry', r1: null, r2: null },
  { code: 'referral', label: 'Referral', r1: null, r2: null },
  { code: 'active', label: 'Active', r1: null, r2: null },
  { code: 'closed', label: 'Closed', r1: null, r2: null },
])
export type PersonStatusCode = CodeOf<typeof PersonStatus>

/** How a personal budget is managed and who holds the money (domain.md §0.1, §1.2). */
export const ManagementForm = defineCodeList('Budget management', [
  { code: 'dp-self', label: 'Direct payment, self-managed', r1: null, r2: null },
  { code: 'dp-managed', label: 'Direct payment via managed account', r1: null, r2: null },
  { code: 'isf', label: 'Individual service fund', r1: null, r2: null },
  { code: 'council', label: 'Council-managed', r1: null, r2: null },
  { code: 'mixed', label: 'Mixed', r1: null, r2: null },
])
export type ManagementFormCode = CodeOf<typeof ManagementForm>

/** How often the council pays (domain.md §0.2); the same codes as `Frequencies` in money.ts. */
export const PaymentFrequency = defineCodeList('Payment frequency', [
  { code: 'weekly', label: 'Weekly', r1: null, r2: null },
  { code: '4-weekly', label: 'Every 4 weeks', r1: null, r2: null },
  { code: 'monthly', label: 'Monthly', r1: null, r2: null },
])
export type PaymentFrequencyCode = CodeOf<typeof PaymentFrequency>

/** Whether the council pays the gross budget or the budget net of the person's contribution. */
export const PaymentBasis = defineCodeList('Payment basis', [
  {
    code: 'gross',
    label: 'Gross: the council pays the whole budget and invoices the contribution',
    r1: null,
    r2: null,
  },
  {
    code: 'net',
    label: 'Net: the council pays the budget less the person\u2019s contribution',
    r1: null,
    r2: null,
  },
])
export type PaymentBasisCode = CodeOf<typeof PaymentBasis>

/** Whether payments cover the period ahead or the period just gone. */
export const PaymentTiming = defineCodeList('Payment timing', [
  { code: 'advance', label: 'In advance', r1: null, r2: null },
  { code: 'arrears', label: 'In arrears', r1: null, r2: null },
])
export type PaymentTimingCode = CodeOf<typeof PaymentTiming>

/** A support plan's state, from first draft to replaced or ended (domain.md §2.3, §2.5). */
export const PlanStatus = defineCodeList('Plan status', [
  { code: 'draft', label: 'Draft', r1: null, r2: null },
  { code: 'submitted', label: 'Submitted to the council', r1: null, r2: null },
  { code: 'funding-panel', label: 'At funding panel', r1: null, r2: null },
  { code: 'approved', label: 'Approved', r1: null, r2: null },
  { code: 'approved-with-conditions', label: 'Approved with conditions', r1: null, r2: null },
  { code: 'deferred', label: 'Deferred', r1: null, r2: null },
  { code: 'declined', label: 'Declined', r1: null, r2: null },
  { code: 'active', label: 'Active', r1: null, r2: null },
  { code: 'superseded', label: 'Replaced by a newer plan', r1: null, r2: null },
  { code: 'ended', label: 'Ended', r1: null, r2: null },
])
export type PlanStatusCode = CodeOf<typeof PlanStatus>

/**
 * A funding panel's decision. Approved, deferred and declined are evidenced; "approved with conditions"
 * is common practice but not evidenced in the sources (domain.md §2.5, GAP).
 */
export const PanelDecision = defineCodeList('Panel decision', [
  { code: 'approved', label: 'Approved', r1: null, r2: null },
  { code: 'approved-with-conditions', label: 'Approved with conditions', r1: null, r2: null },
  { code: 'deferred', label: 'Deferred', r1: null, r2: null },
  { code: 'declined', label: 'Declined', r1: null, r2: null },
])
export type PanelDecisionCode = CodeOf<typeof PanelDecision>

/** What a person has agreed to (or refused). */
export const ConsentPurpose = defineCodeList('Consent purpose', [
  { code: 'share-with-council', label: 'Share information with the council', r1: null, r2: null },
  {
    code: 'share-with-health',
    label: 'Share information with health services',
    r1: null,
    r2: null,
  },
  {
    code: 'contact-circle',
    label: 'Contact family, friends and others who support them',
    r1: null,
    r2: null,
  },
  { code: 'store-records', label: 'Keep records about them', r1: null, r2: null },
  { code: 'photos', label: 'Take and use photos', r1: null, r2: null },
  { code: 'other', label: 'Other', r1: null, r2: null },
])
export type ConsentPurposeCode = CodeOf<typeof ConsentPurpose>
