import type { ReadDb } from '../db/handles'
import type { KeyringProblem, KeyringRepair } from '../../shared/contract/db-routes'
import {
  type Keyring,
  newRecoveryKey,
  userLookup,
  wrapDataKey,
  type WrappedKey,
} from '../db/keyring'
import type { UserRow } from '../db/schema'
import { refreshKeyring } from '../db/store'
import { listUsers, updateUser } from './user-repository'
import type { UserDeps } from './user-service'

/**
 * The keyring (who holds the data key) and the users table are two files that change together: a
 * process stopped between writing one and committing the other leaves them disagreeing (ADR 0011).
 * This names every difference; `repairKeyring` mends what can be mended without a password.
 */
export function keyringProblems(users: readonly UserRow[], keyring: Keyring): KeyringProblem[] {
  const lookupOf = (u: UserRow) => userLookup(keyring.databaseId, u.username)
  const userWraps = keyring.wraps.filter((w) => w.kind === 'user')
  const known = new Set(users.map(lookupOf))
  const problems: KeyringProblem[] = []
  if (!keyring.wraps.some((w) => w.kind === 'recovery')) {
    problems.push({
      kind: 'recovery-wrap-missing',
      username: null,
      message: 'The keyring has no recovery key, so a lost administrator password cannot be reset.',
    })
  }
  for (const wrap of userWraps.filter((w) => !w.lookup || !known.has(w.lookup))) {
    problems.push({
      kind: 'wrap-without-user',
      username: null,
      message: `The keyring holds a key (${wrap.id.slice(0, 8)}) for a login that is not in the users table.`,
    })
  }
  for (const user of users) {
    const theirs = userWraps.filter((w) => w.lookup === lookupOf(user))
    if (user.is_disabled === 1) {
      if (theirs.length > 0) {
        problems.push({
          kind: 'disabled-user-has-wrap',
          username: user.username,
          message: `${user.username} is disabled, but their password still opens the data file.`,
        })
      }
    } else if (theirs.length === 0) {
      problems.push({
        kind: 'user-without-wrap',
        username: user.username,
        message: `${user.username} has no key in the keyring, so they cannot sign in. Reset their password.`,
      })
    } else if (!theirs.some((w) => w.id === user.wrap_id)) {
      problems.push({
        kind: 'wrap-not-recorded',
        username: user.username,
        message: `${user.username}'s key in the keyring is not the one recorded for them (a password change stopped part-way).`,
      })
    }
  }
  return problems
}

/** Compares the users table with the keyring as it is on disk now. */
export async function checkKeyringAgreement(db: ReadDb, keyring: Keyring) {
  const problems = keyringProblems(await listUsers(db), keyring)
  return { agrees: problems.length === 0, problems }
}

/**
 * Mends the keyring from the users table, in the caller's transaction: removes keys of logins that do
 * not exist or are disabled; records a login's key when it differs from the one recorded (and asks
 * for a new password at next sign-in); issues a new recovery key when there is none. Logins left with
 * no key are named: only a password reset (by an administrator) can give them one.
 */
export async function repairKeyring(deps: UserDeps): Promise<KeyringRepair> {
  const users = await listUsers(deps.db)
  const keyring = refreshKeyring(deps.store)
  const found = keyringProblems(users, keyring)
  const lookupOf = (u: UserRow) => userLookup(keyring.databaseId, u.username)
  // Each active login keeps one key: the one recorded for it, else the newest it has.
  const kept = new Set<string>()
  const recorded: string[] = []
  for (const user of users.filter((u) => u.is_disabled === 0)) {
    const theirs = keyring.wraps.filter((w) => w.kind === 'user' && w.lookup === lookupOf(user))
    const keep = theirs.find((w) => w.id === user.wrap_id) ?? theirs.at(-1)
    if (!keep) continue
    kept.add(keep.id)
    if (keep.id !== user.wrap_id) {
      await updateUser(deps.db, user.id, { wrap_id: keep.id, must_change_password: 1 })
      recorded.push(user.username)
    }
  }
  const disabled = users.filter((u) => u.is_disabled === 1).map(lookupOf)
  const keeps = (w: WrappedKey) => w.kind === 'recovery' || kept.has(w.id)
  let newKey: string | null = null
  let recoveryWrap: WrappedKey | null = null
  if (found.some((p) => p.kind === 'recovery-wrap-missing')) {
    newKey = newRecoveryKey()
    recoveryWrap = await wrapDataKey(
      keyring,
      deps.store.dataKey,
      newKey,
      'recovery',
      null,
      deps.kdf,
    )
  }
  // Applied to the keyring as it is when the transaction commits (ids, not this copy).
  await deps.store.changeKeyring((current) => ({
    ...current,
    wraps: [
      ...current.wraps.filter(keeps),
      ...(recoveryWrap && !current.wraps.some((w) => w.kind === 'recovery') ? [recoveryWrap] : []),
    ],
    disabledLookups: [...new Set([...current.disabledLookups, ...disabled])],
  }))
  return {
    found,
    removedKeys: keyring.wraps.filter((w) => !keeps(w)).length,
    recorded,
    needPasswordReset: found.filter((p) => p.kind === 'user-without-wrap').map((p) => p.username!),
    newRecoveryKey: newKey,
  }
}

/** One line for the audit log: what the repair did, naming logins (never keys). */
export function describeRepair(repair: KeyringRepair): string {
  if (repair.found.length === 0) return 'The keyring agreed with the users table; nothing changed'
  return [
    `Removed ${repair.removedKeys} key${repair.removedKeys === 1 ? '' : 's'}`,
    repair.recorded.length ? `recorded the key of ${repair.recorded.join(', ')}` : '',
    repair.needPasswordReset.length
      ? `password reset needed for ${repair.needPasswordReset.join(', ')}`
      : '',
    repair.newRecoveryKey ? 'new recovery key issued' : '',
  ]
    .filter(Boolean)
    .join('; ')
}
