import type { Db, ReadDb } from '../db/handles'
import { sql } from 'kysely'
import type { PersonSummary } from '../../shared/contract/people-schemas'
import type { PersonRow, PersonRowUpdate, NewPersonRow } from '../db/schema'
import { type PersonStatusCode, displayName } from './person-rules'

type SummaryRow = PersonRow & { key_worker_name: string | null }

export function rowToSummary(row: SummaryRow): PersonSummary {
  return {
    id: row.id,
    ref: row.ref,
    displayName: displayName(row),
    legalName: `${row.legal_given_name} ${row.legal_family_name}`,
    dateOfBirth: row.date_of_birth,
    postcode: row.postcode,
    nhsNumber: row.nhs_number,
    status: row.status,
    keyWorker:
      row.key_worker_id && row.key_worker_name
        ? { id: row.key_worker_id, name: row.key_worker_name }
        : null,
    flags: {
      hasSafeguardingConcern: row.has_safeguarding_concern === 1,
      hasFinancialConcern: row.has_financial_concern === 1,
      lacksCapacityForFinances: row.lacks_capacity_for_finances === 1,
    },
    updatedAt: row.updated_at,
  }
}

function withKeyWorker(db: ReadDb) {
  return db
    .selectFrom('clients')
    .leftJoin('users', 'users.id', 'clients.key_worker_id')
    .selectAll('clients')
    .select('users.display_name as key_worker_name')
}

const REF_COUNTER = 'next_client_number'

/** Takes the next person reference number (inside the caller's transaction). */
export async function takePersonNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('casebook_meta')
    .select('value')
    .where('key', '=', REF_COUNTER)
    .executeTakeFirst()
  const n = row ? Number(row.value) : 1
  await db
    .insertInto('casebook_meta')
    .values({ key: REF_COUNTER, value: String(n + 1) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(n + 1) }))
    .execute()
  return n
}

export async function insertPerson(db: Db, row: NewPersonRow): Promise<number> {
  const inserted = await db
    .insertInto('clients')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return inserted.id
}

/** Updates only if the row is still at `expectedVersion`; returns false when someone else changed it. */
export async function updatePerson(
  db: Db,
  id: number,
  changes: PersonRowUpdate,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('clients')
    .set({ ...changes, version: sql<number>`version + 1` })
    .where('id', '=', id)
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion)
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function findPersonByRef(db: ReadDb, ref: string): Promise<SummaryRow | undefined> {
  return withKeyWorker(db).where('clients.ref', '=', ref).executeTakeFirst()
}

export async function findPersonById(db: ReadDb, id: number): Promise<SummaryRow | undefined> {
  return withKeyWorker(db).where('clients.id', '=', id).executeTakeFirst()
}

export async function findPersonByNhsNumber(
  db: ReadDb,
  nhsNumber: string,
): Promise<PersonRow | undefined> {
  return db.selectFrom('clients').selectAll().where('nhs_number', '=', nhsNumber).executeTakeFirst()
}

/** People with the same names (case-insensitive) and date of birth: a likely duplicate. */
export async function findPeopleByNameAndBirth(
  db: ReadDb,
  given: string,
  family: string,
  dateOfBirth: string,
): Promise<PersonRow[]> {
  return db
    .selectFrom('clients')
    .selectAll()
    .where(sql<boolean>`legal_family_name = ${family} COLLATE NOCASE`)
    .where(sql<boolean>`legal_given_name = ${given} COLLATE NOCASE`)
    .where('date_of_birth', '=', dateOfBirth)
    .execute()
}

export interface PeopleListFilter {
  status?: PersonStatusCode
  keyWorkerId?: number
  flag?: 'safeguarding' | 'financial' | 'capacity'
  sort: 'name' | 'ref' | 'status' | 'dateOfBirth' | 'updated'
  direction: 'asc' | 'desc'
  offset: number
  limit: number
}

const FLAG_COLUMN = {
  safeguarding: 'has_safeguarding_concern',
  financial: 'has_financial_concern',
  capacity: 'lacks_capacity_for_finances',
} as const

export async function listPeople(
  db: ReadDb,
  f: PeopleListFilter,
): Promise<{ total: number; rows: PersonSummary[] }> {
  let base = db.selectFrom('clients')
  if (f.status) base = base.where('clients.status', '=', f.status)
  if (f.keyWorkerId) base = base.where('clients.key_worker_id', '=', f.keyWorkerId)
  if (f.flag) base = base.where(`clients.${FLAG_COLUMN[f.flag]}`, '=', 1)
  const total = await base
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  let query = base
    .leftJoin('users', 'users.id', 'clients.key_worker_id')
    .selectAll('clients')
    .select('users.display_name as key_worker_name')
  const dir = f.direction
  switch (f.sort) {
    case 'name':
      query = query
        .orderBy(sql`clients.legal_family_name COLLATE NOCASE`, dir)
        .orderBy(sql`clients.legal_given_name COLLATE NOCASE`, dir)
      break
    case 'ref':
      query = query.orderBy('clients.ref', dir)
      break
    case 'status':
      query = query
        .orderBy('clients.status', dir)
        .orderBy(sql`clients.legal_family_name COLLATE NOCASE`, 'asc')
      break
    case 'dateOfBirth':
      query = query.orderBy('clients.date_of_birth', dir)
      break
    case 'updated':
      query = query.orderBy('clients.updated_at', dir)
      break
  }
  const rows = await query.orderBy('clients.id').limit(f.limit).offset(f.offset).execute()
  return { total: Number(total.n), rows: rows.map(rowToSummary) }
}

/** People whose names match an FTS5 query on the name index, best match first. */
export async function findPeopleMatchingNames(
  db: ReadDb,
  match: string,
  limit: number,
): Promise<PersonSummary[]> {
  const rows = await withKeyWorker(db)
    .innerJoin(
      (eb) =>
        eb
          .selectFrom(sql<{ rowid: number; rank: number }>`clients_fts`.as('f'))
          .select([sql<number>`f.rowid`.as('rowid'), sql<number>`f.rank`.as('rank')])
          .where(sql<boolean>`clients_fts MATCH ${match}`)
          .orderBy(sql`f.rank`)
          .limit(limit)
          .as('hits'),
      (join) => join.onRef('hits.rowid', '=', 'clients.id'),
    )
    .orderBy(sql`hits.rank`)
    .execute()
  return rows.map(rowToSummary)
}

/**
 * The words in the name index from `from` up to (not including) `below`, with how many people's
 * names hold each. fts5vocab walks the index's term list from `from` and stops at `below`.
 */
export async function findNameTerms(
  db: ReadDb,
  range: { from: string; below: string },
): Promise<{ term: string; people: number }[]> {
  return db
    .selectFrom(sql<{ term: string; doc: number }>`clients_fts_terms`.as('clients_fts_terms'))
    .select([sql<string>`term`.as('term'), sql<number>`doc`.as('people')])
    .where(sql<boolean>`term >= ${range.from}`)
    .where(sql<boolean>`term < ${range.below}`)
    .execute()
}

/** People whose postcode starts with `start` (standard form: 'HX5 ', 'HX5 2'), by postcode. */
export async function findPeopleByPostcodeStart(
  db: ReadDb,
  start: string,
  limit: number,
): Promise<PersonSummary[]> {
  const last = start.charCodeAt(start.length - 1)
  const below = start.slice(0, -1) + String.fromCharCode(last + 1)
  const rows = await withKeyWorker(db)
    .where('clients.postcode', '>=', start)
    .where('clients.postcode', '<', below)
    .orderBy('clients.postcode')
    .orderBy('clients.id')
    .limit(limit)
    .execute()
  return rows.map(rowToSummary)
}

export async function findPeopleWhere(
  db: ReadDb,
  column: 'ref' | 'nhs_number' | 'postcode',
  value: string,
  limit: number,
): Promise<PersonSummary[]> {
  const rows = await withKeyWorker(db).where(`clients.${column}`, '=', value).limit(limit).execute()
  return rows.map(rowToSummary)
}

export async function insertStatusChange(
  db: Db,
  entry: {
    personId: number
    status: PersonStatusCode
    reason: string | null
    changedOn: string
    changedBy: number | null
    at: string
  },
): Promise<void> {
  await db
    .insertInto('client_status_history')
    .values({
      client_id: entry.personId,
      status: entry.status,
      reason: entry.reason,
      changed_on: entry.changedOn,
      changed_by: entry.changedBy,
      created_at: entry.at,
    })
    .execute()
}

export async function listStatusHistory(db: ReadDb, personId: number) {
  return db
    .selectFrom('client_status_history')
    .leftJoin('users', 'users.id', 'client_status_history.changed_by')
    .select([
      'client_status_history.status',
      'client_status_history.reason',
      'client_status_history.changed_on',
      'users.display_name as changed_by_name',
    ])
    .where('client_id', '=', personId)
    .orderBy('client_status_history.id')
    .execute()
}
