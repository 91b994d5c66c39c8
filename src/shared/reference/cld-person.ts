/** CLD defined lists about the person (CLD fields 10–19). Sources and conventions: see cld.ts. */
import { defineCodeList, type CodeOf } from './code-list'

/** CLD Gender. R2 is cleaned from the same four values (DHSC code treats Gender as unchanged in R2). */
export const Gender = defineCodeList('Gender', [
  { code: 'male', label: 'Male', r1: 'Male', r2: 'Male' },
  { code: 'female', label: 'Female', r1: 'Female', r2: 'Female' },
  // 'Other' is for people who do not identify as male or female [DISCOVERY-WIKI].
  { code: 'other', label: 'Other', r1: 'Other', r2: 'Other' },
  { code: 'unknown', label: 'Not known', r1: 'Unknown', r2: 'Unknown' },
])
export type GenderCode = CodeOf<typeof Gender>

/** CLD Ethnicity (21). R1 separates group and category with " - ", R2 with ": " [DHSC-GH-CLEAN]. */
export const Ethnicity = defineCodeList('Ethnicity', [
  {
    code: 'white-british',
    label: 'White: English, Welsh, Scottish, Northern Irish or British',
    r1: 'White - English, Welsh, Scottish, Northern Irish or British',
    r2: 'White: English, Welsh, Scottish, Northern Irish or British',
  },
  { code: 'white-irish', label: 'White: Irish', r1: 'White - Irish', r2: 'White: Irish' },
  {
    code: 'white-gypsy-irish-traveller',
    label: 'White: Gypsy or Irish Traveller',
    r1: 'White - Gypsy or Irish Traveller',
    r2: 'White: Gypsy or Irish Traveller',
  },
  { code: 'white-roma', label: 'White: Roma', r1: 'White - Roma', r2: 'White: Roma' },
  {
    code: 'white-other',
    label: 'White: Any other White background',
    r1: 'White - Any other White background',
    r2: 'White: Any other White background',
  },
  {
    code: 'mixed-white-black-caribbean',
    label: 'Mixed or multiple ethnic groups: White and Black Caribbean',
    r1: 'Mixed or multiple ethnic groups - White and Black Caribbean',
    r2: 'Mixed or multiple ethnic groups: White and Black Caribbean',
  },
  {
    code: 'mixed-white-black-african',
    label: 'Mixed or multiple ethnic groups: White and Black African',
    r1: 'Mixed or multiple ethnic groups - White and Black African',
    r2: 'Mixed or multiple ethnic groups: White and Black African',
  },
  {
    code: 'mixed-white-asian',
    label: 'Mixed or multiple ethnic groups: White and Asian',
    r1: 'Mixed or multiple ethnic groups - White and Asian',
    r2: 'Mixed or multiple ethnic groups: White and Asian',
  },
  {
    code: 'mixed-other',
    label: 'Mixed or multiple ethnic groups: Any other Mixed or multiple ethnic background',
    r1: 'Mixed or multiple ethnic groups - Any other Mixed or multiple ethnic background',
    r2: 'Mixed or multiple ethnic groups: Any other Mixed or multiple ethnic background',
  },
  {
    code: 'asian-indian',
    label: 'Asian or Asian British: Indian',
    r1: 'Asian or Asian British - Indian',
    r2: 'Asian or Asian British: Indian',
  },
  {
    code: 'asian-pakistani',
    label: 'Asian or Asian British: Pakistani',
    r1: 'Asian or Asian British - Pakistani',
    r2: 'Asian or Asian British: Pakistani',
  },
  {
    code: 'asian-bangladeshi',
    label: 'Asian or Asian British: Bangladeshi',
    r1: 'Asian or Asian British - Bangladeshi',
    r2: 'Asian or Asian British: Bangladeshi',
  },
  {
    code: 'asian-chinese',
    label: 'Asian or Asian British: Chinese',
    r1: 'Asian or Asian British - Chinese',
    r2: 'Asian or Asian British: Chinese',
  },
  {
    code: 'asian-other',
    label: 'Asian or Asian British: Any other Asian background',
    r1: 'Asian or Asian British - Any other Asian background',
    r2: 'Asian or Asian British: Any other Asian background',
  },
  {
    code: 'black-african',
    label: 'Black, Black British, Caribbean or African: African',
    r1: 'Black, Black British, Caribbean or African - African',
    r2: 'Black, Black British, Caribbean or African: African',
  },
  {
    code: 'black-caribbean',
    label: 'Black, Black British, Caribbean or African: Caribbean',
    r1: 'Black, Black British, Caribbean or African - Caribbean',
    r2: 'Black, Black British, Caribbean or African: Caribbean',
  },
  {
    code: 'black-other',
    label:
      'Black, Black British, Caribbean or African: Any other Black, Black British or Caribbean background',
    r1: 'Black, Black British, Caribbean or African - Any other Black, Black British or Caribbean background',
    r2: 'Black, Black British, Caribbean or African: Any other Black, Black British or Caribbean background',
  },
  {
    code: 'other-arab',
    label: 'Other ethnic group: Arab',
    r1: 'Other ethnic group - Arab',
    r2: 'Other ethnic group: Arab',
  },
  {
    code: 'other-any',
    label: 'Other ethnic group: Any other ethnic group',
    r1: 'Other ethnic group - Any other ethnic group',
    r2: 'Other ethnic group: Any other ethnic group',
  },
  { code: 'refused', label: 'No data: Refused', r1: 'No data - Refused', r2: 'No data: Refused' },
  {
    code: 'not-known',
    label: 'No data: Undeclared or not known',
    r1: 'No data - Undeclared or Not known',
    r2: 'No data: Undeclared or not known',
  },
])
export type EthnicityCode = CodeOf<typeof Ethnicity>

/**
 * CLD Primary Support Reason. R2 is sentence case with "unpaid carer" (domain.md gives "Social support:
 * Support to unpaid carer"); the other R2 spellings follow the DHSC cleaned values seen in public CLD
 * cleaning code, mapped by meaning from R1: verify against the R2 specification.
 */
export const PrimarySupportReason = defineCodeList('Primary Support Reason', [
  {
    code: 'physical-access-mobility',
    label: 'Physical support: Access and mobility only',
    r1: 'Physical Support: Access & mobility only',
    r2: 'Physical support: Access and mobility only',
  },
  {
    code: 'physical-personal-care',
    label: 'Physical support: Personal care support',
    r1: 'Physical Support: Personal care support',
    r2: 'Physical support: Personal care support',
  },
  {
    code: 'sensory-visual',
    label: 'Sensory support: Support for visual impairment',
    r1: 'Sensory Support: Support for visual impairment',
    r2: 'Sensory support: Support for visual impairment',
  },
  {
    code: 'sensory-hearing',
    label: 'Sensory support: Support for hearing impairment',
    r1: 'Sensory Support: Support for hearing impairment',
    r2: 'Sensory support: Support for hearing impairment',
  },
  {
    code: 'sensory-dual',
    label: 'Sensory support: Support for dual impairment',
    r1: 'Sensory Support: Support for dual impairment',
    r2: 'Sensory support: Support for dual impairment',
  },
  {
    code: 'memory-cognition',
    label: 'Support with memory and cognition',
    r1: 'Support with Memory & Cognition',
    r2: 'Support with memory and cognition',
  },
  {
    code: 'learning-disability',
    label: 'Learning disability support',
    r1: 'Learning Disability Support',
    r2: 'Learning disability support',
  },
  {
    code: 'mental-health',
    label: 'Mental health support',
    r1: 'Mental Health Support',
    r2: 'Mental health support',
  },
  {
    code: 'substance-misuse',
    label: 'Social support: Substance misuse support',
    r1: 'Social Support: Substance misuse support',
    r2: 'Social support: Substance misuse support',
  },
  {
    code: 'asylum-seeker',
    label: 'Social support: Asylum seeker support',
    r1: 'Social Support: Asylum seeker support',
    r2: 'Social support: Asylum seeker support',
  },
  {
    code: 'social-isolation-other',
    label: 'Social support: Support for social isolation or other',
    r1: 'Social Support: Support for Social Isolation/Other',
    r2: 'Social support: Support for social isolation or other',
  },
  {
    code: 'support-to-unpaid-carer',
    label: 'Social support: Support to unpaid carer',
    r1: 'Social Support: Support to Carer',
    r2: 'Social support: Support to unpaid carer',
  },
  { code: 'unknown', label: 'Not known', r1: 'Unknown', r2: 'Unknown' },
])
export type PrimarySupportReasonCode = CodeOf<typeof PrimarySupportReason>

/**
 * CLD Accommodation Status (20). domain.md says only "mapped in R2": the R2 spellings here are mapped by
 * meaning from the R2-style vocabulary in the SocialCareData draft standard [SCDATA-PUB02], a secondary
 * source; verify against the R2 specification. R1 "Tenant" is the social-housing tenant (council,
 * housing association, arm's-length organisation), distinct from "Tenant - private landlord".
 */
export const AccommodationStatus = defineCodeList('Accommodation Status', [
  {
    code: 'owner-occupier',
    label: 'Owner occupier or shared ownership scheme',
    r1: 'Owner occupier or shared ownership scheme',
    r2: 'Owner occupier or shared ownership scheme',
  },
  {
    code: 'tenant-social',
    label: 'Tenant: council, housing association or other social landlord',
    r1: 'Tenant',
    r2: 'Tenant: Local authority or other social housing provider',
  },
  {
    code: 'tenant-private',
    label: 'Tenant: private landlord',
    r1: 'Tenant - private landlord',
    r2: 'Tenant: Private landlord',
  },
  {
    code: 'settled-with-family-friends',
    label: 'Settled mainstream housing with family or friends',
    r1: 'Settled mainstream housing with family / friends',
    r2: 'Settled mainstream housing with family or friends',
  },
  {
    code: 'supported-accommodation',
    label: 'Supported accommodation, supported lodgings or supported group home',
    r1: 'Supported accommodation / supported lodgings / supported group home',
    r2: 'Supported accommodation, supported lodgings or supported group home',
  },
  {
    code: 'shared-lives',
    label: 'Shared Lives scheme',
    r1: 'Shared Lives scheme',
    r2: 'Shared Lives scheme',
  },
  {
    code: 'approved-premises',
    label: 'Approved premises for offenders released from prison or under probation supervision',
    r1: 'Approved premises for offenders released from prison or under probation supervision',
    r2: 'Approved premises for offenders released from prison or under probation supervision',
  },
  {
    code: 'sheltered-housing',
    label: 'Sheltered housing, extra care housing or other sheltered housing',
    r1: 'Sheltered housing / extra care housing / other sheltered housing',
    r2: 'Sheltered housing, extra care housing or other sheltered housing',
  },
  {
    code: 'mobile-accommodation',
    label: 'Mobile accommodation for Gypsy, Roma and Traveller communities',
    r1: 'Mobile accommodation for Gypsy / Roma and Traveller communities',
    r2: 'Mobile accommodation for Gypsy, Roma and Traveller communities',
  },
  {
    code: 'rough-sleeper',
    label: 'Rough sleeper or squatting',
    r1: 'Rough sleeper / squatting',
    r2: 'Rough sleeper or squatting',
  },
  {
    code: 'night-shelter',
    label: 'Night shelter, emergency hostel or direct access hostel',
    r1: 'Night shelter / emergency hostel / direct access hostel',
    r2: 'Night shelter, emergency hostel or direct access hostel',
  },
  { code: 'refuge', label: 'Refuge', r1: 'Refuge', r2: 'Refuge' },
  {
    code: 'temporary-by-council',
    label: 'Placed in temporary accommodation by the council (including homelessness resettlement)',
    r1: 'Placed in temporary accommodation by the council (inc. homelessness resettlement)',
    r2: 'Placed in temporary accommodation by the council (inc. homelessness resettlement)',
  },
  {
    code: 'short-term-guest',
    label: 'Staying with family or friends as a short-term guest',
    r1: 'Staying with family / friends as a short-term guest',
    r2: 'Staying with family or friends as a short term guest',
  },
  {
    code: 'healthcare-facility',
    label: 'Acute or long-term healthcare residential facility or hospital',
    r1: 'Acute / long-term healthcare residential facility or hospital',
    r2: 'Acute hospital or long term healthcare residential facility',
  },
  {
    code: 'care-home',
    label: 'Registered care home',
    r1: 'Registered care home',
    r2: 'Registered care home',
  },
  {
    code: 'nursing-home',
    label: 'Registered nursing home',
    r1: 'Registered nursing home',
    r2: 'Registered nursing home',
  },
  {
    code: 'prison',
    label: 'Prison, young offenders institution or detention centre',
    r1: 'Prison / Young offenders institution / detention centre',
    r2: 'Prison, young offenders institution or detention centre',
  },
  {
    code: 'other-temporary',
    label: 'Other temporary accommodation',
    r1: 'Other temporary accommodation',
    r2: 'Other temporary accommodation',
  },
  { code: 'unknown', label: 'Not known', r1: 'Unknown', r2: 'Unknown' },
])
export type AccommodationStatusCode = CodeOf<typeof AccommodationStatus>

/** The settled accommodation codes (✓ in domain.md §4(a); they feed ASCOF). */
export const SettledAccommodation: ReadonlySet<string> = new Set<AccommodationStatusCode>([
  'owner-occupier',
  'tenant-social',
  'tenant-private',
  'settled-with-family-friends',
  'supported-accommodation',
  'shared-lives',
  'approved-premises',
  'sheltered-housing',
  'mobile-accommodation',
])

/**
 * CLD Employment Status. domain.md says only "mapped" for R2: the R2 spellings are mapped by meaning from
 * [SCDATA-PUB02] (secondary source); verify against the R2 specification.
 */
export const EmploymentStatus = defineCodeList('Employment Status', [
  {
    code: 'paid-under-16-hours',
    label: 'Paid: less than 16 hours a week',
    r1: 'Paid: Less than 16 hours a week',
    r2: 'Paid: Less than 16 hours a week',
  },
  {
    code: 'paid-16-hours-or-more',
    label: 'Paid: 16 or more hours a week',
    r1: 'Paid: 16 or more hours a week',
    r2: 'Paid: 16 or more hours a week',
  },
  {
    code: 'paid-hours-unknown',
    label: 'Paid: hours per week not known',
    r1: 'Paid: Hours per week unknown',
    r2: 'Paid: Hours per week unknown',
  },
  {
    code: 'seeking-work',
    label: 'Not in paid work: seeking work',
    r1: 'Not in Paid Employment (seeking work)',
    r2: 'Not in paid employment: Seeking work',
  },
  {
    code: 'not-seeking-work-or-retired',
    label: 'Not in paid work: not actively seeking work, or retired',
    r1: 'Not in Paid Employment (not actively seeking work / retired)',
    r2: 'Not in paid employment: Not actively seeking work or retired',
  },
  {
    code: 'voluntary-work-only',
    label: 'Not in paid work: voluntary work only',
    r1: 'Not in Paid Employment (voluntary work only)',
    r2: 'Not in paid employment: Voluntary work only',
  },
  { code: 'unknown', label: 'Not known', r1: 'Unknown', r2: 'Unknown' },
])
export type EmploymentStatusCode = CodeOf<typeof EmploymentStatus>

/** CLD Has Unpaid Carer (values observed in NHS England code). R2 not given: assumed unchanged. */
export const HasUnpaidCarer = defineCodeList('Has Unpaid Carer', [
  { code: 'yes', label: 'Yes', r1: 'Yes', r2: 'Yes' },
  { code: 'no', label: 'No', r1: 'No', r2: 'No' },
  { code: 'unknown', label: 'Not known', r1: 'Unknown', r2: 'Unknown' },
])
export type HasUnpaidCarerCode = CodeOf<typeof HasUnpaidCarer>

/** CLD Client Type. R2 says "unpaid carer" where R1 says "carer". */
export const ClientType = defineCodeList('Client Type', [
  { code: 'service-user', label: 'Service user', r1: 'Service User', r2: 'Service user' },
  { code: 'unpaid-carer', label: 'Unpaid carer', r1: 'Carer', r2: 'Unpaid carer' },
  {
    code: 'unpaid-carer-by-association',
    label: 'Unpaid carer known by association',
    r1: 'Carer known by association',
    r2: 'Unpaid carer known by association',
  },
])
export type ClientTypeCode = CodeOf<typeof ClientType>
