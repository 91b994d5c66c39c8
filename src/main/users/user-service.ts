import type { Db, ReadDb } from '../db/handles'
import type { Role } from '../../shared/roles'
import { AppFailure } from '../../shared/result'
import type { KdfStrength } from '../db/key-derivation'
import { userLookup, type WrappedKey, wrapDataKey } from '../db/keyring'
import type { UserRow } from '../db/schema'
import type { Store } from '../db/store'
import { withUserWrap } from './credentials'
import { requireStrongPassword } from './password-policy'
import { countActiveAdmins, findUserByUsername, insertUser, updateUser } from './user-repository'

/** What a user-admin use case needs: the open file, the transaction it writes in, and the clock. */
export interface UserDeps {
  readonly store: Store
  readonly db: Db
  readonly kdf: KdfStrength
  readonly now: Date
  readonly organisationName: string
}

/**
 * Puts (or, with null, removes) a user's holder in the keyring as it is on disk when the caller's
 * transaction commits, so a rolled-back change never reaches the keyring and two processes adding
 * users at once both keep theirs (ADR 0011).
 */
function changeUserWrap(store: Store, lookup: string, wrap: WrappedKey | null): Promise<void> {
  return store.changeKeyring((keyring) => withUserWrap(keyring, lookup, wrap))
}

async function requireUser(db: ReadDb, username: string): Promise<UserRow> {
  const row = await findUserByUsername(db, username)
  if (!row) throw new AppFailure('USERS.NOT_FOUND', `There is no user called "${username}".`)
  return row
}

async function newWrapFor(
  deps: UserDeps,
  user: { username: string; displayName: string; role: string },
  password: string,
) {
  requireStrongPassword(password, [user.username, user.displayName, deps.organisationName])
  const lookup = userLookup(deps.store.keyring.databaseId, user.username)
  const wrap = await wrapDataKey(
    deps.store.keyring,
    deps.store.dataKey,
    password,
    'user',
    lookup,
    deps.kdf,
    user.role === 'admin',
  )
  return { lookup, wrap }
}

/** Adds a staff login. The first password is set by the admin and must be changed at first sign-in. */
export async function addUser(
  deps: UserDeps,
  input: {
    username: string
    displayName: string
    role: Role
    password: string
    mustChangePassword?: boolean
  },
): Promise<UserRow> {
  if (await findUserByUsername(deps.db, input.username)) {
    throw new AppFailure('USERS.EXISTS', `There is already a user called "${input.username}".`)
  }
  const { lookup, wrap } = await newWrapFor(deps, input, input.password)
  const row = await insertUser(deps.db, {
    username: input.username,
    display_name: input.displayName,
    role: input.role,
    wrap_id: wrap.id,
    must_change_password: input.mustChangePassword === false ? 0 : 1,
    created_at: deps.now.toISOString(),
  })
  await changeUserWrap(deps.store, lookup, wrap)
  return row
}

async function refuseLosingLastAdmin(db: ReadDb, row: UserRow, action: string): Promise<void> {
  if (row.role === 'admin' && row.is_disabled === 0 && (await countActiveAdmins(db)) <= 1) {
    throw new AppFailure(
      'USERS.LAST_ADMIN',
      `${row.display_name} is the only administrator left, so you cannot ${action}. Make someone else an administrator first.`,
    )
  }
}

export async function setRole(deps: UserDeps, username: string, role: Role): Promise<UserRow> {
  const row = await requireUser(deps.db, username)
  if (row.role === role) return row
  if (role !== 'admin') await refuseLosingLastAdmin(deps.db, row, 'change their role')
  const updated = await updateUser(deps.db, row.id, { role })
  const lookup = userLookup(deps.store.keyring.databaseId, row.username)
  await deps.store.changeKeyring((keyring) => ({
    ...keyring,
    wraps: keyring.wraps.map((w) =>
      w.kind === 'user' && w.lookup === lookup ? { ...w, isAdmin: role === 'admin' } : w,
    ),
  }))
  return updated
}

/** Disables a login and removes its key from the keyring, so the password no longer opens the file. */
export async function disableUser(deps: UserDeps, username: string): Promise<UserRow> {
  const row = await requireUser(deps.db, username)
  if (row.is_disabled === 1) return row
  await refuseLosingLastAdmin(deps.db, row, 'disable them')
  const updated = await updateUser(deps.db, row.id, {
    is_disabled: 1,
    wrap_id: null,
    disabled_at: deps.now.toISOString(),
  })
  const lookup = userLookup(deps.store.keyring.databaseId, row.username)
  await changeUserWrap(deps.store, lookup, null)
  return updated
}

/** Re-enables a login with a new first password (the old key was removed when it was disabled). */
export async function enableUser(
  deps: UserDeps,
  username: string,
  password: string,
): Promise<UserRow> {
  const row = await requireUser(deps.db, username)
  const { lookup, wrap } = await newWrapFor(
    deps,
    { username: row.username, displayName: row.display_name, role: row.role },
    password,
  )
  const updated = await updateUser(deps.db, row.id, {
    is_disabled: 0,
    wrap_id: wrap.id,
    disabled_at: null,
    must_change_password: 1,
  })
  await changeUserWrap(deps.store, lookup, wrap)
  return updated
}

/** Sets a password: an admin's reset (must change at next sign-in) or the user's own change. */
export async function setPassword(
  deps: UserDeps,
  username: string,
  password: string,
  options: { mustChange: boolean },
): Promise<UserRow> {
  const row = await requireUser(deps.db, username)
  if (row.is_disabled === 1) {
    throw new AppFailure(
      'AUTH.USER_DISABLED',
      `${row.display_name}'s login is disabled; enable it instead.`,
    )
  }
  const { lookup, wrap } = await newWrapFor(
    deps,
    { username: row.username, displayName: row.display_name, role: row.role },
    password,
  )
  const updated = await updateUser(deps.db, row.id, {
    wrap_id: wrap.id,
    must_change_password: options.mustChange ? 1 : 0,
  })
  await changeUserWrap(deps.store, lookup, wrap)
  return updated
}
