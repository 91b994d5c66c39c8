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

/**
 * Finds the person, then makes the change on their record; a change that finds nothing of theirs to
 * change (null) is refused with `missing`.
 */
async function onRecord<T>(
  uc: UseCase,
  ref: string,
  change: (personId: number, at: string) => Promise<T | null>,
  missing = 'That is not part of this person’s record.',
): Promise<T> {
  const person = await requirePerson(uc.db, ref)
  const changed = await change(person.id, uc.now.toISOString())
  if (changed === null) throw new AppFailure('RECORD.NOT_FOUND', missing)
  return changed
}

const NOT_IN_CIRCLE = 'That person is not in this circle of support.'

export async function saveOnePageProfile(uc: UseCase, ref: string, profile: ProfileFields) {
  await onRecord(uc, ref, (id, at) => saveProfile(uc.db, id, profile, at, uc.actor.id))
}

export function addCircleMember(
  uc: UseCase,
  ref: string,
  member: z.output<typeof CircleMemberFields>,
): Promise<CircleMember> {
  return onRecord(uc, ref, (id, at) => insertCircleMember(uc.db, id, member, at))
}

export function changeCircleMember(
  uc: UseCase,
  ref: string,
  memberId: number,
  member: z.output<typeof CircleMemberFields>,
): Promise<CircleMember> {
  return onRecord(
    uc,
    ref,
    (id, at) => updateCircleMember(uc.db, id, memberId, member, at),
    NOT_IN_CIRCLE,
  )
}

/** Takes someone out of the circle (`isArchived`) or puts them back; both are kept for ever. */
export function archiveCircleMember(
  uc: UseCase,
  ref: string,
  memberId: number,
  isArchived: boolean,
): Promise<CircleMember> {
  return onRecord(
    uc,
    ref,
    (id, at) => setCircleMemberArchived(uc.db, id, memberId, isArchived, at),
    NOT_IN_CIRCLE,
  )
}

export function addConsent(
  uc: UseCase,
  ref: string,
  consent: z.output<typeof ConsentFields>,
): Promise<Consent> {
  return onRecord(uc, ref, (id, at) => insertConsent(uc.db, id, consent, at))
}

export function withdrawPersonConsent(
  uc: UseCase,
  ref: string,
  consentId: number,
  on: string,
): Promise<Consent> {
  return onRecord(
    uc,
    ref,
    (id) => withdrawConsent(uc.db, id, consentId, on, localIsoDate(uc.now)),
    'That consent is not one of this person’s.',
  )
}

/** What may be shared with one of the organisation's councils about this person. */
export async function saveCouncilSharingNote(
  uc: UseCase,
  ref: string,
  councilId: number,
  note: string,
): Promise<void> {
  await onRecord(uc, ref, async (id, at) => {
    await requireCouncil(uc.db, councilId)
    return saveSharingNote(uc.db, id, councilId, note, at)
  })
}

export function addReferral(
  uc: UseCase,
  ref: string,
  referral: z.output<typeof ReferralFields>,
): Promise<Referral> {
  return onRecord(uc, ref, (id, at) => insertReferral(uc.db, id, referral, at))
}

export function changeReferral(
  uc: UseCase,
  ref: string,
  referralId: number,
  referral: z.output<typeof ReferralFields>,
): Promise<Referral> {
  return onRecord(
    uc,
    ref,
    (id) => updateReferral(uc.db, id, referralId, referral),
    'That referral is not one of this person’s.',
  )
}
