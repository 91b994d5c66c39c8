import type { Db, ReadDb } from '../db/handles'
import type { UserSummary } from '../../shared/contract/users-routes'
import type { NewUserRow, UserRow, UserRowUpdate } from '../db/schema'

export function rowToUser(row: UserRow): UserSummary {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    isDisabled: row.is_disabled === 1,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
  }
}

export async function findUserByUsername(
  db: ReadDb,
  username: string,
): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst()
}

export async function findUserById(db: ReadDb, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function listUsers(db: ReadDb): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('is_disabled').orderBy('display_name').execute()
}

export async function insertUser(db: Db, row: NewUserRow): Promise<UserRow> {
  return db.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow()
}

export async function updateUser(db: Db, id: number, changes: UserRowUpdate): Promise<UserRow> {
  return db
    .updateTable('users')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function countActiveAdmins(db: ReadDb): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('is_disabled', '=', 0)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function listActiveAdmins(db: ReadDb): Promise<UserRow[]> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('role', '=', 'admin')
    .where('is_disabled', '=', 0)
    .execute()
}
