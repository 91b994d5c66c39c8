import type { Db, ReadDb } from '../db/handles'
import { userLookup } from '../db/keyring'
import type { AuditEventInput } from '../kernel'
import { takePendingAndReset } from './sign-in-throttle'
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

/**
 * Failed attempts counted while the file was closed (the attempts file cannot name anyone), as audit
 * events naming the user, taken off the queue so they are written once.
 */
export async function takeQueuedFailures(
  db: ReadDb,
  dataFile: string,
  databaseId: string,
  lookup: string,
): Promise<AuditEventInput[]> {
  const pending = takePendingAndReset(dataFile, lookup)
  if (pending.length === 0) return []
  const users = await listUsers(db)
  const byLookup = new Map(users.map((u) => [userLookup(databaseId, u.username), u]))
  return pending.map((failure) => {
    const user = byLookup.get(failure.lookup)
    return {
      action: 'auth.signInFailed',
      at: failure.at,
      actorUserId: user?.id ?? null,
      actor: user?.username ?? null,
      summary: failure.reason,
    }
  })
}
