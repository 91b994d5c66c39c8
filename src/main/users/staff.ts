import type { StaffMember } from '../../shared/contract/staff-routes'
import { AppFailure } from '../../shared/result'
import type { ReadDb } from '../db/handles'

/** Staff who may be chosen as a key worker or named in a record: enabled logins, by name. */
export async function listActiveStaff(db: ReadDb): Promise<StaffMember[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role'])
    .where('is_disabled', '=', 0)
    .orderBy('display_name')
    .execute()
  return rows.map((u) => ({ id: u.id, username: u.username, name: u.display_name, role: u.role }))
}

/** An enabled member of staff, or RECORD.NOT_FOUND naming the field that chose them. */
export async function requireActiveStaff(db: ReadDb, id: number, field?: string): Promise<void> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', id)
    .where('is_disabled', '=', 0)
    .executeTakeFirst()
  if (!row) {
    throw new AppFailure(
      'RECORD.NOT_FOUND',
      'That key worker is not an active member of staff.',
      field ? { field } : undefined,
    )
  }
}
