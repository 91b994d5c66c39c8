import type { Kysely } from 'kysely'
import type { Council } from '../../shared/contract/auth-routes'
import type { Database } from '../db/schema'

/** Settings kept as JSON values by key, with the defaults a new organisation starts from. */
export const DEFAULT_SETTINGS = {
  lockAfterMinutes: 10,
  backupFolder: null as string | null,
  firstReviewWeeks: 6,
}
export type StoredSettings = typeof DEFAULT_SETTINGS

export async function readStoredSettings(db: Kysely<Database>): Promise<StoredSettings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute()
  const values: Record<string, unknown> = { ...DEFAULT_SETTINGS }
  for (const row of rows) {
    if (row.key in DEFAULT_SETTINGS) values[row.key] = JSON.parse(row.value)
  }
  return values as StoredSettings
}

export async function writeStoredSettings(
  db: Kysely<Database>,
  changes: Partial<StoredSettings>,
): Promise<void> {
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue
    const json = JSON.stringify(value)
    await db
      .insertInto('settings')
      .values({ key, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
      .execute()
  }
}

export async function readOrganisationName(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('organisation')
    .select('name')
    .where('id', '=', 1)
    .executeTakeFirst()
  return row?.name ?? ''
}

export async function writeOrganisation(
  db: Kysely<Database>,
  name: string,
  now: string,
): Promise<void> {
  await db
    .insertInto('organisation')
    .values({ id: 1, name, created_at: now })
    .onConflict((oc) => oc.column('id').doUpdateSet({ name }))
    .execute()
}

export async function readCouncils(db: Kysely<Database>): Promise<Council[]> {
  const rows = await db
    .selectFrom('councils')
    .select(['name', 'ons_code'])
    .orderBy('name')
    .execute()
  return rows.map((r) => ({ name: r.name, onsCode: r.ons_code }))
}

/** Replaces the council list, keeping ids of councils whose ONS code is unchanged. */
export async function writeCouncils(
  db: Kysely<Database>,
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
