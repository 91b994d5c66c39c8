import type { z } from 'zod'
import type {
  CircleMember,
  CircleMemberFields,
  Consent,
  ConsentFields,
  ProfileFields,
  Referral,
  ReferralFields,
} from '../../shared/contract/people-schemas'
import { localIsoDate } from '../../shared/dates'
import { AppFailure } from '../../shared/result'
import type { UseCase } from '../kernel'
import { requireCouncil } from '../organisation'
import {
  insertCircleMember,
  insertConsent,
  insertReferral,
  saveProfile,
  saveSharingNote,
  setCircleMemberArchived,
  updateCircleMember,
  updateReferral,
  withdrawConsent,
} from './person-parts-repository'
import { requirePerson } from './person-service'

/**
 * Use cases for the parts of a person's record (one-page profile, circle of support, consents,
 * council sharing notes, referrals). Each finds the person by reference first, so a part is only ever
 * changed through the record it belongs to.
 */

function notFound(what: string): AppFailure {
  return new AppFailure('RECORD.NOT_FOUND', what)
}

export async function saveOnePageProfile(uc: UseCase, ref: string, profile: ProfileFields) {
  const person = await requirePerson(uc.db, ref)
  await saveProfile(uc.db, person.id, profile, uc.now.toISOString(), uc.actor.id)
}

export async function addCircleMember(
  uc: UseCase,
  ref: string,
  member: z.output<typeof CircleMemberFields>,
): Promise<CircleMember> {
  const person = await requirePerson(uc.db, ref)
  return insertCircleMember(uc.db, person.id, member, uc.now.toISOString())
}

export async function changeCircleMember(
  uc: UseCase,
  ref: string,
  id: number,
  member: z.output<typeof CircleMemberFields>,
): Promise<CircleMember> {
  const person = await requirePerson(uc.db, ref)
  const changed = await updateCircleMember(uc.db, person.id, id, member, uc.now.toISOString())
  if (!changed) throw notFound('That person is not in this circle of support.')
  return changed
}

/** Takes someone out of the circle (`isArchived`) or puts them back; both are kept for ever. */
export async function archiveCircleMember(
  uc: UseCase,
  ref: string,
  id: number,
  isArchived: boolean,
): Promise<CircleMember> {
  const person = await requirePerson(uc.db, ref)
  const member = await setCircleMemberArchived(
    uc.db,
    person.id,
    id,
    isArchived,
    uc.now.toISOString(),
  )
  if (!member) throw notFound('That person is not in this circle of support.')
  return member
}

export async function addConsent(
  uc: UseCase,
  ref: string,
  consent: z.output<typeof ConsentFields>,
): Promise<Consent> {
  const person = await requirePerson(uc.db, ref)
  return insertConsent(uc.db, person.id, consent, uc.now.toISOString())
}

export async function withdrawPersonConsent(
  uc: UseCase,
  ref: string,
  id: number,
  on: string,
): Promise<Consent> {
  const person = await requirePerson(uc.db, ref)
  const consent = await withdrawConsent(uc.db, person.id, id, on, localIsoDate(uc.now))
  if (!consent) throw notFound('That consent is not one of this person’s.')
  return consent
}

/** What may be shared with one of the organisation's councils about this person. */
export async function saveCouncilSharingNote(
  uc: UseCase,
  ref: string,
  councilId: number,
  note: string,
): Promise<void> {
  const person = await requirePerson(uc.db, ref)
  await requireCouncil(uc.db, councilId)
  await saveSharingNote(uc.db, person.id, councilId, note, uc.now.toISOString())
}

export async function addReferral(
  uc: UseCase,
  ref: string,
  referral: z.output<typeof ReferralFields>,
): Promise<Referral> {
  const person = await requirePerson(uc.db, ref)
  return insertReferral(uc.db, person.id, referral, uc.now.toISOString())
}

export async function changeReferral(
  uc: UseCase,
  ref: string,
  id: number,
  referral: z.output<typeof ReferralFields>,
): Promise<Referral> {
  const person = await requirePerson(uc.db, ref)
  const changed = await updateReferral(uc.db, person.id, id, referral)
  if (!changed) throw notFound('That referral is not one of this person’s.')
  return changed
}
