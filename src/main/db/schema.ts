import type { Generated, Insertable, Selectable, Updateable } from 'kysely'
import type {
  AccommodationStatusCode,
  CaseNoteKindCode,
  CircleKindCode,
  ContactMethodCode,
  EmploymentStatusCode,
  EthnicityCode,
  GenderCode,
  LegalRoleCode,
  ManagementFormCode,
  PanelDecisionCode,
  PaymentBasisCode,
  PaymentFrequencyCode,
  PaymentTimingCode,
  PersonStatusCode,
  PlanStatusCode,
  PrimarySupportReasonCode,
  ProviderTypeCode,
  ReferralSourceCode,
} from '../../shared/reference'
import type { Role } from '../../shared/roles'

/** The kinds of backup recorded (CHECK in migration 0001). */
export type BackupKindCode = 'manual' | 'daily' | 'on-close' | 'pre-migration' | 'pre-restore'

/** How a case note amends an earlier one (CHECK in migration 0007). */
export type NoteAmendmentCode = 'correction' | 'addendum'

/**
 * The typed shape of the encrypted database, as kysely sees it. Migrations are plain SQL and never
 * import this file; this file follows the migrations.
 */
export interface Database {
  casebook_meta: MetaTable
  organisation: OrganisationTable
  councils: CouncilTable
  users: UserTable
  settings: SettingTable
  audit_events: AuditEventTable
  backups: BackupTable
  clients: PersonTable
  client_status_history: PersonStatusHistoryTable
  client_profiles: PersonProfileTable
  circle_members: CircleMemberTable
  consents: ConsentTable
  council_sharing_notes: CouncilSharingNoteTable
  referrals: ReferralTable
  case_notes: CaseNoteTable
  support_plans: SupportPlanTable
  plan_outcomes: PlanOutcomeTable
  plan_lines: PlanLineTable
  plan_risks: PlanRiskTable
  plan_actions: PlanActionTable
  plan_people: PlanPersonTable
  panel_decisions: PanelDecisionTable
  import_mappings: ImportMappingTable
  user_second_factors: UserSecondFactorTable
  user_recovery_codes: UserRecoveryCodeTable
  restore_drills: RestoreDrillTable
}

export interface MetaTable {
  key: string
  value: string
}

export interface OrganisationTable {
  id: number
  name: string
  created_at: string
}

export interface CouncilTable {
  id: Generated<number>
  name: string
  ons_code: string
  created_at: string
}

export interface UserTable {
  id: Generated<number>
  username: string
  display_name: string
  role: Role
  /** The id of this user's wrap in the keyring; null while disabled (the wrap is removed). */
  wrap_id: string | null
  is_disabled: Generated<number>
  must_change_password: Generated<number>
  created_at: string
  last_sign_in_at: string | null
  disabled_at: string | null
}
export type UserRow = Selectable<UserTable>
export type NewUserRow = Insertable<UserTable>
export type UserRowUpdate = Updateable<UserTable>

export interface SettingTable {
  key: string
  /** JSON */
  value: string
}

export interface AuditEventTable {
  id: Generated<number>
  at: string
  actor_user_id: number | null
  actor: string | null
  action: string
  entity_type: string | null
  entity_id: string | null
  summary: string | null
  digest: string | null
  prev_hash: string
  hash: string
}
export type AuditEventRow = Selectable<AuditEventTable>

export interface BackupTable {
  id: Generated<number>
  path: string
  created_at: string
  size_bytes: number
  kind: BackupKindCode
  verified_at: string
}
export type BackupRow = Selectable<BackupTable>

export interface PersonTable {
  id: Generated<number>
  ref: string
  legal_given_name: string
  legal_family_name: string
  preferred_name: string | null
  date_of_birth: string | null
  date_of_death: string | null
  nhs_number: string | null
  council_person_id: string | null
  council_id: number | null
  address_line1: string | null
  address_line2: string | null
  town: string | null
  postcode: string | null
  phone: string | null
  email: string | null
  preferred_contact: ContactMethodCode | null
  communication_needs: string | null
  gender: GenderCode | null
  ethnicity: EthnicityCode | null
  primary_support_reason: PrimarySupportReasonCode | null
  accommodation_status: AccommodationStatusCode | null
  employment_status: EmploymentStatusCode | null
  has_safeguarding_concern: number
  has_financial_concern: number
  lacks_capacity_for_finances: number
  status: PersonStatusCode
  status_since: string
  closed_reason: string | null
  key_worker_id: number | null
  created_at: string
  updated_at: string
  version: Generated<number>
}
export type PersonRow = Selectable<PersonTable>
export type NewPersonRow = Insertable<PersonTable>
export type PersonRowUpdate = Updateable<PersonTable>

export interface PersonStatusHistoryTable {
  id: Generated<number>
  client_id: number
  status: PersonStatusCode
  reason: string | null
  changed_on: string
  changed_by: number | null
  created_at: string
}

export interface PersonProfileTable {
  client_id: number
  important_to_me: string
  like_and_admire: string
  how_to_support: string
  life_story: string
  daily_routine: string
  weekly_routine: string
  not_working: string
  updated_at: string
  updated_by: number | null
}

export interface CircleMemberTable {
  id: Generated<number>
  client_id: number
  name: string
  kind: CircleKindCode
  relationship: string | null
  is_unpaid_carer: number
  caring_hours_per_week: number | null
  legal_role: LegalRoleCode | null
  organisation: string | null
  phone: string | null
  email: string | null
  address: string | null
  may_contact: number
  may_be_told: string | null
  notes: string | null
  is_archived: Generated<number>
  created_at: string
  updated_at: string
}
export type CircleMemberRow = Selectable<CircleMemberTable>

export interface ConsentTable {
  id: Generated<number>
  client_id: number
  purpose: string
  detail: string | null
  given_by: string
  given_on: string
  expires_on: string | null
  withdrawn_on: string | null
  created_at: string
}

export interface CouncilSharingNoteTable {
  client_id: number
  council_id: number
  note: string
  updated_at: string
}

export interface ReferralTable {
  id: Generated<number>
  client_id: number
  source: ReferralSourceCode
  source_detail: string | null
  received_on: string
  reason: string | null
  first_contact_on: string | null
  outcome: string | null
  outcome_on: string | null
  created_at: string
}

export interface CaseNoteTable {
  id: Generated<number>
  client_id: number
  author_id: number
  kind: CaseNoteKindCode
  occurred_at: string
  duration_minutes: number | null
  subject: string
  body: string
  is_restricted: number
  created_at: string
  updated_at: string
  amendment: NoteAmendmentCode | null
  amends_id: number | null
  amendment_reason: string | null
}
export type CaseNoteRow = Selectable<CaseNoteTable>

export interface SupportPlanTable {
  id: Generated<number>
  client_id: number
  plan_no: number
  version: number
  status: PlanStatusCode
  status_changed_at: string
  what_matters: string
  what_to_change: string
  how_supported: string
  how_budget_used: string
  how_managed: string
  staying_in_control: string
  contingency: string
  weekly_gross_pence: number | null
  weekly_contribution_pence: number | null
  payment_basis: PaymentBasisCode | null
  payment_frequency: PaymentFrequencyCode | null
  payment_timing: PaymentTimingCode | null
  management_form: ManagementFormCode | null
  start_date: string | null
  end_date: string | null
  over_budget_reason: string | null
  signed_by_person_on: string | null
  signed_by_adviser_on: string | null
  signed_by_adviser_id: number | null
  signed_by_council_on: string | null
  signed_by_council_name: string | null
  submitted_at: string | null
  submitted_by: number | null
  created_at: string
  created_by: number | null
  updated_at: string
}
export type SupportPlanRow = Selectable<SupportPlanTable>

export interface PlanOutcomeTable {
  id: Generated<number>
  plan_id: number
  position: number
  text: string
  how: string
  by_when: string | null
  /** JSON array of wellbeing area codes */
  wellbeing_areas: string
  /** JSON array of eligibility outcome codes */
  eligibility_outcomes: string
}

export interface PlanLineTable {
  id: Generated<number>
  plan_id: number
  position: number
  description: string
  support_type: string
  provider_type: ProviderTypeCode
  unit: string
  unit_cost_pence: number
  quantity_hundredths: number
  weekly_cost_pence: number
  one_off_cost_pence: number
  /** JSON array of outcome positions this line serves */
  outcome_positions: string
}

export interface PlanRiskTable {
  id: Generated<number>
  plan_id: number
  position: number
  risk: string
  likelihood: string | null
  impact: string | null
  mitigation: string
  owner: string | null
}

export interface PlanActionTable {
  id: Generated<number>
  plan_id: number
  position: number
  action: string
  owner: string
  due_on: string | null
}

export interface PlanPersonTable {
  id: Generated<number>
  plan_id: number
  position: number
  name: string
  relationship: string | null
  role: string | null
  consulted_on: string | null
}

export interface PanelDecisionTable {
  id: Generated<number>
  plan_id: number
  decided_on: string
  panel: string
  weekly_requested_pence: number
  weekly_approved_pence: number | null
  one_off_requested_pence: number
  one_off_approved_pence: number | null
  decision: PanelDecisionCode
  conditions: string | null
  reasons: string | null
  appeal: string | null
  created_at: string
  created_by: number | null
}

export interface ImportMappingTable {
  id: Generated<number>
  name: string
  /** JSON: { [column heading]: field key | null } */
  mapping: string
  created_at: string
  updated_at: string
}

/** A login's TOTP secret (RFC 6238); unconfirmed until a first code from it has been entered. */
export interface UserSecondFactorTable {
  user_id: number
  /** Base32. Inside the encrypted file, like everything else. */
  secret: string
  confirmed_at: string | null
  /** The last 30-second step a code was accepted for: a code is never accepted twice. */
  last_used_step: Generated<number>
  created_at: string
}

export interface UserRecoveryCodeTable {
  id: Generated<number>
  user_id: number
  /** SHA-256 of the normalised code; the code itself is shown once. */
  code_hash: string
  used_at: string | null
  created_at: string
}

export type RestoreDrillResult = 'passed' | 'failed'

export interface RestoreDrillTable {
  id: Generated<number>
  started_at: string
  finished_at: string
  backup_path: string
  backup_made_at: string | null
  result: RestoreDrillResult
  detail: string
  by_user_id: number | null
}
