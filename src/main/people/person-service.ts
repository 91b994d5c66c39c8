import { localIsoDate } from '../../shared/dates'
import type {
  PersonDetails,
  PersonRecord,
  PersonSummary,
  ReferralFieldsInput,
} from '../../shared/contract/people-schemas'
import { can } from '../../shared/policy'
import { AppFailure } from '../../shared/result'
import { unusualDetails } from '../../shared/validation/unusual-details'
import type { ReadDb } from '../db/handles'
import type { UseCase } from '../kernel'
import { findCouncil, requireCouncil } from '../organisation'
import { requireActiveStaff } from '../users'
import type { z } from 'zod'
import type { ReferralFields } from '../../shared/contract/people-schemas'
import {
  findPersonById,
  findPersonByNhsNumber,
  findPeopleByNameAndBirth,
  findPersonByRef,
  insertPerson,
  insertStatusChange,
  listStatusHistory,
  rowToSummary,
  takePersonNumber,
  updatePerson,
} from './person-repository'
import {
  insertReferral,
  listCircle,
  listConsents,
  listReferrals,
  listSharingNotes,
  readProfile,
} from './person-parts-repository'
import {
  canChangeStatus,
  canSeeCircleMember,
  displayName,
  nextStatuses,
  type PersonStatusCode,
  formatPersonRef,
} from './person-rules'

/** A person's details as the columns that hold them. */
function fieldsToRow(f: PersonDetails) {
  return {
    legal_given_name: f.legalGivenName,
    legal_family_name: f.legalFamilyName,
    preferred_name: f.preferredName,
    date_of_birth: f.dateOfBirth,
    date_of_death: f.dateOfDeath,
    nhs_number: f.nhsNumber,
    council_person_id: f.councilPersonId,
    council_id: f.councilId,
    address_line1: f.addressLine1,
    address_line2: f.addressLine2,
    town: f.town,
    postcode: f.postcode,
    phone: f.phone,
    email: f.email,
    preferred_contact: f.preferredContact,
    communication_needs: f.communicationNeeds,
    gender: f.gender,
    ethnicity: f.ethnicity,
    primary_support_reason: f.primarySupportReason,
    accommodation_status: f.accommodationStatus,
    employment_status: f.employmentStatus,
    has_safeguarding_concern: f.flags.hasSafeguardingConcern ? 1 : 0,
    has_financial_concern: f.flags.hasFinancialConcern ? 1 : 0,
    lacks_capacity_for_finances: f.flags.lacksCapacityForFinances ? 1 : 0,
    key_worker_id: f.keyWorkerId,
  }
}

export async function requirePerson(db: ReadDb, ref: string) {
  const row = await findPersonByRef(db, ref)
  if (!row)
    throw new AppFailure('RECORD.NOT_FOUND', `There is no person with the reference ${ref}.`)
  return row
}

/**
 * An NHS number is one person's. The refusal names the record that has it (reference and name) so
 * the user can open it, but only to someone who may open that record; anyone else is told only that
 * it belongs to a record they cannot open.
 */
async function refuseDuplicateNhsNumber(
  db: ReadDb,
  actor: UseCase['actor'],
  nhsNumber: string | null,
  exceptId?: number,
) {
  if (!nhsNumber) return
  const other = await findPersonByNhsNumber(db, nhsNumber)
  if (!other || other.id === exceptId) return
  if (!can(actor.role, 'people.read')) {
    throw new AppFailure(
      'CLIENTS.DUPLICATE',
      'That NHS number already belongs to a record you cannot open. Check the number; if it is right, ask a coordinator.',
      { field: 'fields.nhsNumber' },
    )
  }
  throw new AppFailure(
    'CLIENTS.DUPLICATE',
    `That NHS number already belongs to ${other.ref}, ${displayName(other)}. Open that record, or check the number.`,
    { field: 'fields.nhsNumber', ref: other.ref },
  )
}

/**
 * Asks before saving details that are allowed but unusual (a birth before 1900, an emoji in a legal
 * name): refused with CLIENTS.UNUSUAL_DETAILS, listing each, until the user confirms them. Only
 * people typing in a form are asked; imports and demonstration data save what they are given.
 */
export function askAboutUnusualDetails(f: PersonDetails, isConfirmed: boolean): void {
  if (isConfirmed) return
  const unusual = unusualDetails(f)
  if (unusual.length === 0) return
  throw new AppFailure(
    'CLIENTS.UNUSUAL_DETAILS',
    `${unusual.map((u) => u.message).join(' ')} Save anyway if it is right.`,
    { unusual },
  )
}

/** Someone already recorded with the same names (any case) and date of birth is probably this person. */
async function refuseLikelyDuplicate(db: ReadDb, f: PersonDetails) {
  if (!f.dateOfBirth) return
  const same = await findPeopleByNameAndBirth(
    db,
    f.legalGivenName,
    f.legalFamilyName,
    f.dateOfBirth,
  )
  if (same.length === 0) return
  const refs = same.map((c) => c.ref)
  throw new AppFailure(
    'CLIENTS.LIKELY_DUPLICATE',
    `${refs.join(', ')} already ${refs.length === 1 ? 'has' : 'have'} this name and date of birth. Open that record, or add this person if they are someone else.`,
    { refs },
  )
}

async function refuseUnknownLinks(db: ReadDb, f: PersonDetails) {
  if (f.councilId !== null) await requireCouncil(db, f.councilId, 'fields.councilId')
  if (f.keyWorkerId !== null) await requireActiveStaff(db, f.keyWorkerId, 'fields.keyWorkerId')
}

/** Adds a person with their first status (and, optionally, the referral that brought them). */
export async function createPerson(
  deps: UseCase,
  input: {
    fields: PersonDetails
    status: PersonStatusCode
    referral?: z.output<typeof ReferralFields>
    /** True once the user has said this is not the person already recorded with the same details. */
    isNotADuplicate?: boolean
  },
): Promise<string> {
  const { db, actor, now } = deps
  await refuseDuplicateNhsNumber(db, actor, input.fields.nhsNumber)
  if (!input.isNotADuplicate) await refuseLikelyDuplicate(db, input.fields)
  await refuseUnknownLinks(db, input.fields)
  const at = now.toISOString()
  const today = at.slice(0, 10)
  const ref = formatPersonRef(await takePersonNumber(db))
  const id = await insertPerson(db, {
    ...fieldsToRow(input.fields),
    ref,
    status: input.status,
    status_since: today,
    closed_reason: null,
    created_at: at,
    updated_at: at,
  })
  await insertStatusChange(db, {
    personId: id,
    status: input.status,
    reason: 'Record created',
    changedOn: today,
    changedBy: actor.id,
    at,
  })
  if (input.referral) await insertReferral(db, id, input.referral, at)
  return ref
}

export async function updatePersonDetails(
  deps: UseCase,
  ref: string,
  version: number,
  fields: PersonDetails,
): Promise<void> {
  const { db, actor, now } = deps
  const row = await requirePerson(db, ref)
  await refuseDuplicateNhsNumber(db, actor, fields.nhsNumber, row.id)
  await refuseUnknownLinks(db, fields)
  const isUpdated = await updatePerson(
    db,
    row.id,
    { ...fieldsToRow(fields), updated_at: now.toISOString() },
    version,
  )
  if (!isUpdated) {
    throw new AppFailure(
      'RECORD.CONFLICT',
      'Someone else changed this record while you were editing. Reload it and make your change again.',
    )
  }
}

export async function changeStatus(
  deps: UseCase,
  ref: string,
  to: PersonStatusCode,
  on: string,
  reason: string | undefined,
): Promise<void> {
  const { db, actor, now } = deps
  const row = await requirePerson(db, ref)
  const from = row.status
  if (from === to) return
  if (!canChangeStatus(from, to)) {
    throw new AppFailure('CLIENTS.ILLEGAL_STATUS', `A record that is ${from} cannot move to ${to}.`)
  }
  if (to === 'closed' && !reason) {
    throw new AppFailure('INPUT.INVALID', 'Say why the record is being closed.', {
      issues: [{ path: 'reason', message: 'Say why the record is being closed.' }],
    })
  }
  const at = now.toISOString()
  await updatePerson(db, row.id, {
    status: to,
    status_since: on,
    closed_reason: to === 'closed' ? (reason ?? null) : null,
    updated_at: at,
  })
  const label = from === 'closed' ? `Reopened${reason ? `: ${reason}` : ''}` : (reason ?? null)
  await insertStatusChange(db, {
    personId: row.id,
    status: to,
    reason: label,
    changedOn: on,
    changedBy: actor.id,
    at,
  })
}

/** The whole record as this viewer's role may see it. */
export async function readPersonRecord(deps: UseCase<ReadDb>, ref: string): Promise<PersonRecord> {
  const { db, actor, now } = deps
  const row = await requirePerson(db, ref)
  const today = localIsoDate(now)
  const council = row.council_id ? await findCouncil(db, row.council_id) : undefined
  const history = await listStatusHistory(db, row.id)
  const showPrivate = can(actor.role, 'people.seeConsentsAndReferrals')
  const circle = (await listCircle(db, row.id)).filter((m) => canSeeCircleMember(actor.role, m))
  const summary = rowToSummary(row)
  return {
    summary,
    fields: {
      legalGivenName: row.legal_given_name,
      legalFamilyName: row.legal_family_name,
      preferredName: row.preferred_name,
      dateOfBirth: row.date_of_birth,
      dateOfDeath: row.date_of_death,
      nhsNumber: row.nhs_number,
      councilPersonId: row.council_person_id,
      councilId: row.council_id,
      addressLine1: row.address_line1,
      addressLine2: row.address_line2,
      town: row.town,
      postcode: row.postcode,
      phone: row.phone,
      email: row.email,
      preferredContact: row.preferred_contact,
      communicationNeeds: row.communication_needs,
      gender: row.gender,
      ethnicity: row.ethnicity,
      primarySupportReason: row.primary_support_reason,
      accommodationStatus: row.accommodation_status,
      employmentStatus: row.employment_status,
      flags: summary.flags,
      keyWorkerId: row.key_worker_id,
    },
    version: row.version,
    council: council ?? null,
    statusSince: row.status_since,
    nextStatuses: [...nextStatuses(row.status)],
    closedReason: row.closed_reason,
    statusHistory: history.map((h) => ({
      status: h.status,
      reason: h.reason,
      changedOn: h.changed_on,
      changedBy: h.changed_by_name,
    })),
    profile: can(actor.role, 'people.seeProfile') ? await readProfile(db, row.id) : null,
    circle,
    consents: showPrivate ? await listConsents(db, row.id, today) : null,
    referrals: showPrivate ? await listReferrals(db, row.id) : null,
    sharingNotes: showPrivate ? await listSharingNotes(db, row.id) : null,
    canEdit: can(actor.role, 'people.edit'),
  }
}

export async function personSummaryById(db: ReadDb, id: number): Promise<PersonSummary | null> {
  const row = await findPersonById(db, id)
  return row ? rowToSummary(row) : null
}

export type { ReferralFieldsInput }
