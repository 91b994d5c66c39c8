import type { Db, ReadDb } from '../db/handles'
import type {
  CircleMember,
  Consent,
  ProfileFields,
  Referral,
  ReferralFields,
} from '../../shared/contract/people-schemas'
import type { CircleMemberRow } from '../db/schema'
import type { z } from 'zod'
import type { CircleMemberFields, ConsentFields } from '../../shared/contract/people-schemas'

type CircleInput = z.output<typeof CircleMemberFields>
type ConsentInput = z.output<typeof ConsentFields>
type ReferralInput = z.output<typeof ReferralFields>

export async function readProfile(db: ReadDb, personId: number) {
  const row = await db
    .selectFrom('client_profiles')
    .selectAll()
    .where('client_id', '=', personId)
    .executeTakeFirst()
  return {
    importantToMe: row?.important_to_me ?? '',
    likeAndAdmire: row?.like_and_admire ?? '',
    howToSupport: row?.how_to_support ?? '',
    lifeStory: row?.life_story ?? '',
    dailyRoutine: row?.daily_routine ?? '',
    weeklyRoutine: row?.weekly_routine ?? '',
    notWorking: row?.not_working ?? '',
    updatedAt: row?.updated_at ?? null,
  }
}

export async function saveProfile(
  db: Db,
  personId: number,
  p: ProfileFields,
  at: string,
  by: number,
) {
  const values = {
    important_to_me: p.importantToMe,
    like_and_admire: p.likeAndAdmire,
    how_to_support: p.howToSupport,
    life_story: p.lifeStory,
    daily_routine: p.dailyRoutine,
    weekly_routine: p.weeklyRoutine,
    not_working: p.notWorking,
    updated_at: at,
    updated_by: by,
  }
  await db
    .insertInto('client_profiles')
    .values({ client_id: personId, ...values })
    .onConflict((oc) => oc.column('client_id').doUpdateSet(values))
    .execute()
}

export function rowToCircleMember(row: CircleMemberRow): CircleMember {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    relationship: row.relationship,
    isUnpaidCarer: row.is_unpaid_carer === 1,
    caringHoursPerWeek: row.caring_hours_per_week,
    legalRole: row.legal_role,
    organisation: row.organisation,
    phone: row.phone,
    email: row.email,
    address: row.address,
    mayContact: row.may_contact === 1,
    mayBeTold: row.may_be_told,
    notes: row.notes,
    isArchived: row.is_archived === 1,
  }
}

function circleValues(m: CircleInput) {
  return {
    name: m.name,
    kind: m.kind,
    relationship: m.relationship,
    is_unpaid_carer: m.isUnpaidCarer ? 1 : 0,
    caring_hours_per_week: m.isUnpaidCarer ? m.caringHoursPerWeek : null,
    legal_role: m.legalRole,
    organisation: m.organisation,
    phone: m.phone,
    email: m.email,
    address: m.address,
    may_contact: m.mayContact ? 1 : 0,
    may_be_told: m.mayBeTold,
    notes: m.notes,
  }
}

export async function listCircle(db: ReadDb, personId: number): Promise<CircleMember[]> {
  const rows = await db
    .selectFrom('circle_members')
    .selectAll()
    .where('client_id', '=', personId)
    .orderBy('is_archived')
    .orderBy('name')
    .execute()
  return rows.map(rowToCircleMember)
}

export async function insertCircleMember(db: Db, personId: number, m: CircleInput, at: string) {
  const row = await db
    .insertInto('circle_members')
    .values({ client_id: personId, ...circleValues(m), created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow()
  return rowToCircleMember(row)
}

export async function updateCircleMember(
  db: Db,
  personId: number,
  id: number,
  m: CircleInput,
  at: string,
) {
  const row = await db
    .updateTable('circle_members')
    .set({ ...circleValues(m), updated_at: at })
    .where('id', '=', id)
    .where('client_id', '=', personId)
    .returningAll()
    .executeTakeFirst()
  return row ? rowToCircleMember(row) : null
}

/** Takes a member out of the circle (`isArchived`) or puts them back; null when not this person's. */
export async function setCircleMemberArchived(
  db: Db,
  personId: number,
  id: number,
  isArchived: boolean,
  at: string,
) {
  const row = await db
    .updateTable('circle_members')
    .set({ is_archived: isArchived ? 1 : 0, updated_at: at })
    .where('id', '=', id)
    .where('client_id', '=', personId)
    .returningAll()
    .executeTakeFirst()
  return row ? rowToCircleMember(row) : null
}

function rowToConsent(
  row: {
    id: number
    purpose: string
    detail: string | null
    given_by: string
    given_on: string
    expires_on: string | null
    withdrawn_on: string | null
  },
  today: string,
): Consent {
  return {
    id: row.id,
    purpose: row.purpose,
    detail: row.detail,
    givenBy: row.given_by,
    givenOn: row.given_on,
    expiresOn: row.expires_on,
    withdrawnOn: row.withdrawn_on,
    isCurrent: !row.withdrawn_on && (!row.expires_on || row.expires_on >= today),
  }
}

export async function listConsents(
  db: ReadDb,
  personId: number,
  today: string,
): Promise<Consent[]> {
  const rows = await db
    .selectFrom('consents')
    .selectAll()
    .where('client_id', '=', personId)
    .orderBy('given_on', 'desc')
    .execute()
  return rows.map((r) => rowToConsent(r, today))
}

export async function insertConsent(
  db: Db,
  personId: number,
  c: ConsentInput,
  at: string,
): Promise<Consent> {
  const row = await db
    .insertInto('consents')
    .values({
      client_id: personId,
      purpose: c.purpose,
      detail: c.detail,
      given_by: c.givenBy,
      given_on: c.givenOn,
      expires_on: c.expiresOn,
      withdrawn_on: null,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  return rowToConsent(row, at.slice(0, 10))
}

export async function withdrawConsent(
  db: Db,
  personId: number,
  id: number,
  on: string,
  today: string,
) {
  const row = await db
    .updateTable('consents')
    .set({ withdrawn_on: on })
    .where('id', '=', id)
    .where('client_id', '=', personId)
    .returningAll()
    .executeTakeFirst()
  return row ? rowToConsent(row, today) : null
}

export async function listSharingNotes(db: ReadDb, personId: number) {
  const rows = await db
    .selectFrom('council_sharing_notes')
    .innerJoin('councils', 'councils.id', 'council_sharing_notes.council_id')
    .select([
      'councils.id as council_id',
      'councils.name as council_name',
      'council_sharing_notes.note',
      'council_sharing_notes.updated_at',
    ])
    .where('client_id', '=', personId)
    .orderBy('councils.name')
    .execute()
  return rows.map((r) => ({
    councilId: r.council_id,
    councilName: r.council_name,
    note: r.note,
    updatedAt: r.updated_at,
  }))
}

export async function saveSharingNote(
  db: Db,
  personId: number,
  councilId: number,
  note: string,
  at: string,
) {
  await db
    .insertInto('council_sharing_notes')
    .values({ client_id: personId, council_id: councilId, note, updated_at: at })
    .onConflict((oc) =>
      oc.columns(['client_id', 'council_id']).doUpdateSet({ note, updated_at: at }),
    )
    .execute()
}

function referralValues(r: ReferralInput) {
  return {
    source: r.source,
    source_detail: r.sourceDetail,
    received_on: r.receivedOn,
    reason: r.reason,
    first_contact_on: r.firstContactOn,
    outcome: r.outcome,
    outcome_on: r.outcomeOn,
  }
}

function rowToReferral(row: {
  id: number
  source: string
  source_detail: string | null
  received_on: string
  reason: string | null
  first_contact_on: string | null
  outcome: string | null
  outcome_on: string | null
}): Referral {
  return {
    id: row.id,
    source: row.source,
    sourceDetail: row.source_detail,
    receivedOn: row.received_on,
    reason: row.reason,
    firstContactOn: row.first_contact_on,
    outcome: row.outcome,
    outcomeOn: row.outcome_on,
  }
}

export async function listReferrals(db: ReadDb, personId: number): Promise<Referral[]> {
  const rows = await db
    .selectFrom('referrals')
    .selectAll()
    .where('client_id', '=', personId)
    .orderBy('received_on', 'desc')
    .execute()
  return rows.map(rowToReferral)
}

export async function insertReferral(
  db: Db,
  personId: number,
  r: ReferralInput,
  at: string,
): Promise<Referral> {
  const row = await db
    .insertInto('referrals')
    .values({ client_id: personId, ...referralValues(r), created_at: at })
    .returningAll()
    .executeTakeFirstOrThrow()
  return rowToReferral(row)
}

export async function updateReferral(db: Db, personId: number, id: number, r: ReferralInput) {
  const row = await db
    .updateTable('referrals')
    .set(referralValues(r))
    .where('id', '=', id)
    .where('client_id', '=', personId)
    .returningAll()
    .executeTakeFirst()
  return row ? rowToReferral(row) : null
}
