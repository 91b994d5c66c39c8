import type { Role } from '../../shared/roles'
import type { Db, ReadDb } from '../db/handles'

/** Settings kept as JSON values by key, with the defaults a new organisation starts from. */
export const DEFAULT_SETTINGS = {
  lockAfterMinutes: 10,
  backupFolder: null as string | null,
  firstReviewWeeks: 6,
  /** Roles that must use two-step sign-in (ADR 0016): administrators and budget managers. */
  secondFactorRoles: ['admin', 'finance'] as Role[],
}
export type StoredSettings = typeof DEFAULT_SETTINGS

export async function readStoredSettings(db: ReadDb): Promise<StoredSettings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute()
  const values: Record<string, unknown> = { ...DEFAULT_SETTINGS }
  for (const row of rows) {
    if (row.key in DEFAULT_SETTINGS) values[row.key] = JSON.parse(row.value)
  }
  return values as StoredSettings
}

export async function writeStoredSettings(db: Db, changes: Partial<StoredSettings>): Promise<void> {
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

export async function readOrganisationName(db: ReadDb): Promise<string> {
  const row = await db
    .selectFrom('organisation')
    .select('name')
    .where('id', '=', 1)
    .executeTakeFirst()
  return row?.name ?? ''
}

export async function writeOrganisation(db: Db, name: string, now: string): Promise<void> {
  await db
    .insertInto('organisation')
    .values({ id: 1, name, created_at: now })
    .onConflict((oc) => oc.column('id').doUpdateSet({ name }))
    .execute()
}
