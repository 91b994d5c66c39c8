import { renameSync } from 'node:fs'
import { writeFileAtomic } from './atomic-file'
import { keyringPathFor, newDataKey, resealWrap } from './keyring'
import type { Store } from './store'

/**
 * Re-encrypts the whole file with a new random data key and re-seals it for every holder (users and
 * the recovery key) without needing their passwords. The new keyring is written beside the old one
 * first (`.keyring.next`), so a crash mid-way can be finished at the next sign-in.
 */
export function rotateDataKey(store: Store): void {
  const newKey = newDataKey()
  const next = {
    ...store.keyring,
    wraps: store.keyring.wraps.map((wrap) => resealWrap(store.keyring, wrap, newKey)),
  }
  const keyringPath = keyringPathFor(store.file)
  const nextPath = `${keyringPath}.next`
  writeFileAtomic(nextPath, `${JSON.stringify(next, null, 2)}\n`)
  const { sqlite } = store
  // SQLite refuses to rekey in WAL mode: leave it, rekey, and return to WAL.
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  sqlite.pragma('journal_mode = DELETE')
  sqlite.pragma(`rekey = "x'${newKey.toString('hex')}'"`)
  sqlite.pragma('journal_mode = WAL')
  renameSync(nextPath, keyringPath)
  store.dataKey = newKey
  store.keyring = next
}
