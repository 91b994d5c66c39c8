import { AppFailure } from '../../shared/result'
import type { Db, ReadDb } from '../db/handles'
import { newRecoveryKey, normaliseRecoveryKey, unwrapDataKey, wrapDataKey } from '../db/keyring'
import { refreshKeyring } from '../db/store'
import type { UserDeps } from './user-service'

/**
 * The recovery key: the one way back in when every administrator password is lost. It is shown once;
 * until someone proves they kept it (types it back), set-up is not finished and administrators are
 * reminded at every sign-in. An administrator can make a new one at any time: the old one stops
 * working.
 */
const CONFIRMED = 'recovery_key_confirmed_at'

export async function isRecoveryKeyConfirmed(db: ReadDb): Promise<boolean> {
  const row = await db
    .selectFrom('casebook_meta')
    .select('value')
    .where('key', '=', CONFIRMED)
    .executeTakeFirst()
  return row !== undefined
}

export async function markRecoveryKeyConfirmed(db: Db, now: Date): Promise<void> {
  const at = now.toISOString()
  await db
    .insertInto('casebook_meta')
    .values({ key: CONFIRMED, value: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: at }))
    .execute()
}

/**
 * Checks a typed recovery key against the keyring (the same argon2 work as signing in with it) and
 * records that it has been kept. Refuses a key that does not open this data file.
 */
export async function confirmRecoveryKey(deps: UserDeps, typed: string): Promise<void> {
  const keyring = refreshKeyring(deps.store)
  const wrap = keyring.wraps.find((w) => w.kind === 'recovery')
  const opens = wrap ? await unwrapDataKey(keyring, wrap, normaliseRecoveryKey(typed)) : null
  if (!opens) {
    throw new AppFailure(
      'AUTH.WRONG_RECOVERY_KEY',
      'That is not the recovery key for this data file. Check each group of four against what you wrote down.',
    )
  }
  await markRecoveryKeyConfirmed(deps.db, deps.now)
}

/**
 * Makes a new recovery key and seals the data key to it in place of the old one, which stops working
 * when the transaction commits. The new key still has to be confirmed.
 */
export async function renewRecoveryKey(deps: UserDeps): Promise<string> {
  const key = newRecoveryKey()
  const keyring = refreshKeyring(deps.store)
  const wrap = await wrapDataKey(keyring, deps.store.dataKey, key, 'recovery', null, deps.kdf)
  await deps.store.changeKeyring((current) => ({
    ...current,
    wraps: [...current.wraps.filter((w) => w.kind !== 'recovery'), wrap],
  }))
  await deps.db.deleteFrom('casebook_meta').where('key', '=', CONFIRMED).execute()
  return key
}
