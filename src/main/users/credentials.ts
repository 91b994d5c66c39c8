import { AppFailure } from '../../shared/result'
import { deriveKek, newKdfParams, DEFAULT_KDF } from '../db/key-derivation'
import {
  type Keyring,
  normaliseRecoveryKey,
  unwrapDataKey,
  userLookup,
  type WrappedKey,
} from '../db/keyring'
import { attemptFailed, beginAttempt, delayAfter, withdrawAttempt } from './sign-in-throttle'

/** Costs the same as a real attempt, so a missing user cannot be told apart by timing. */
async function spendEquivalentTime(password: string): Promise<void> {
  await deriveKek(password, newKdfParams(DEFAULT_KDF))
}

/**
 * Proves a username and password against the keyring and returns the data key. Wrong attempts are
 * counted beside the data file and slow further attempts; nothing is written to the database. The
 * caller passes the keyring as it is on disk now (another process may have added or removed users).
 */
export async function unlockWithPassword(
  file: string,
  keyring: Keyring,
  username: string | undefined,
  password: string,
  now: Date,
  isQueuedForAudit = true,
): Promise<{ dataKey: Buffer; lookup: string }> {
  const lookup = username ? userLookup(keyring.databaseId, username) : onlyAdminLookup(keyring)
  await beginAttempt(file, lookup, now)
  if (keyring.disabledLookups.includes(lookup)) {
    await withdrawAttempt(file, lookup)
    throw new AppFailure(
      'AUTH.USER_DISABLED',
      'This login has been disabled. Ask an administrator if you need it back.',
    )
  }
  const wrap = keyring.wraps.find((w) => w.kind === 'user' && w.lookup === lookup)
  let dataKey: Buffer | null = null
  if (wrap) dataKey = await unwrapDataKey(keyring, wrap, password)
  else await spendEquivalentTime(password)
  if (!dataKey) {
    const record = await attemptFailed(
      file,
      lookup,
      now,
      wrap ? 'wrong password' : 'unknown username',
      isQueuedForAudit,
    )
    const delay = delayAfter(record.failures)
    throw new AppFailure(
      'AUTH.WRONG_PASSWORD',
      delay > 0
        ? `The username or password is not right. Wait ${delay} seconds before trying again.`
        : 'The username or password is not right.',
      { retryAfterSeconds: delay },
    )
  }
  await withdrawAttempt(file, lookup)
  return { dataKey, lookup }
}

/** With no username given, the only administrator's wrap (the CLI's default user). */
function onlyAdminLookup(keyring: Keyring): string {
  const admins = keyring.wraps.filter((w) => w.kind === 'user' && w.isAdmin && w.lookup)
  if (admins.length !== 1) {
    throw new AppFailure(
      'USERS.AMBIGUOUS',
      `There are ${admins.length} administrators: say which user you are (--user NAME).`,
    )
  }
  return admins[0]!.lookup!
}

const RECOVERY_LOOKUP = 'recovery'

/** Proves the recovery key against the keyring and returns the data key (throttled like passwords). */
export async function unlockWithRecoveryKey(
  file: string,
  keyring: Keyring,
  recoveryKey: string,
  now: Date,
): Promise<Buffer> {
  await beginAttempt(file, RECOVERY_LOOKUP, now)
  const wrap = keyring.wraps.find((w) => w.kind === 'recovery')
  const dataKey = wrap
    ? await unwrapDataKey(keyring, wrap, normaliseRecoveryKey(recoveryKey))
    : null
  if (!dataKey) {
    await attemptFailed(file, RECOVERY_LOOKUP, now, 'wrong recovery key')
    throw new AppFailure(
      'AUTH.WRONG_RECOVERY_KEY',
      'That recovery key does not open this data file.',
    )
  }
  await withdrawAttempt(file, RECOVERY_LOOKUP)
  return dataKey
}

/** The keyring with one user's wrap replaced (or removed, marking them disabled). */
export function withUserWrap(keyring: Keyring, lookup: string, wrap: WrappedKey | null): Keyring {
  const wraps = keyring.wraps.filter((w) => !(w.kind === 'user' && w.lookup === lookup))
  const disabled = keyring.disabledLookups.filter((l) => l !== lookup)
  return {
    ...keyring,
    wraps: wrap ? [...wraps, wrap] : wraps,
    disabledLookups: wrap ? disabled : [...disabled, lookup],
  }
}
