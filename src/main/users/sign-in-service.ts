import type { Db, ReadDb } from '../db/handles'
import { userLookup } from '../db/keyring'
import { listUsers, updateUser } from './user-repository'
import type { UserRow } from '../db/schema'

/** The user a keyring lookup (a keyed hash of the username) belongs to, if any. */
export async function findUserByLookup(
  db: ReadDb,
  databaseId: string,
  lookup: string,
): Promise<UserRow | undefined> {
  const users = await listUsers(db)
  return users.find((u) => userLookup(databaseId, u.username) === lookup)
}

export async function recordSignIn(db: Db, userId: number, now: Date): Promise<void> {
  await updateUser(db, userId, { last_sign_in_at: now.toISOString() })
}
