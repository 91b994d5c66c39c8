import type { Council } from '../../shared/contract/organisation-schemas'
import type { Db, ReadDb } from '../db/handles'

/** A council the organisation works with, as other areas refer to it. */
export interface CouncilRef {
  readonly id: number
  readonly name: string
  readonly onsCode: string
}

export async function listCouncils(db: ReadDb): Promise<CouncilRef[]> {
  const rows = await db
    .selectFrom('councils')
    .select(['id', 'name', 'ons_code'])
    .orderBy('name')
    .execute()
  return rows.map((r) => ({ id: r.id, name: r.name, onsCode: r.ons_code }))
}

export async function findCouncil(db: ReadDb, id: number): Promise<CouncilRef | undefined> {
  const row = await db
    .selectFrom('councils')
    .select(['id', 'name', 'ons_code'])
    .where('id', '=', id)
    .executeTakeFirst()
  return row && { id: row.id, name: row.name, onsCode: row.ons_code }
}

/** The councils as settings show them (no ids). */
export async function readCouncils(db: ReadDb): Promise<Council[]> {
  return (await listCouncils(db)).map(({ name, onsCode }) => ({ name, onsCode }))
}

/** Replaces the council list, keeping ids of councils whose ONS code is unchanged. */
export async function writeCouncils(
  db: Db,
  councils: readonly Council[],
  now: string,
): Promise<void> {
  const codes = councils.map((c) => c.onsCode)
  await db
    .deleteFrom('councils')
    .where('ons_code', 'not in', codes.length ? codes : [''])
    .execute()
  for (const council of councils) {
    await db
      .insertInto('councils')
      .values({ name: council.name, ons_code: council.onsCode, created_at: now })
      .onConflict((oc) => oc.column('ons_code').doUpdateSet({ name: council.name }))
      .execute()
  }
}
