import { existsSync, renameSync, rmSync } from 'node:fs'
import { AppFailure } from '../../shared/result'
import { writeFileAtomic } from './atomic-file'
import { keyringPathFor, newDataKey, readKeyring, resealWrap } from './keyring'
import { withKeyringLock } from './keyring-file'
import type { Store } from './store'

export function nextKeyringPathFor(databaseFile: string): string {
  return `${keyringPathFor(databaseFile)}.next`
}

function otherUsersOpen(file: string): AppFailure {
  return new AppFailure(
    'DB.BUSY',
    'Another Casebook window or command has the data file open. Close it, then rotate the key again.',
    { file },
  )
}

/**
 * Re-encrypts the whole file with a new random data key and re-seals it for every holder (users and
 * the recovery key) without needing their passwords. The new keyring is written beside the old one
 * first (`.keyring.next`), so a crash after re-keying can be finished at the next sign-in; a rotation
 * that cannot re-key (another process has the file open) removes it again. The keyring lock is held
 * throughout, so no holder is added or removed meanwhile and sign-in never tidies a rotation in flight.
 */
export async function rotateDataKey(store: Store): Promise<void> {
  await withKeyringLock(store.file, () => {
    const current = readKeyring(store.file)
    const newKey = newDataKey()
    const next = {
      ...current,
      wraps: current.wraps.map((wrap) => resealWrap(current, wrap, newKey)),
    }
    const nextPath = nextKeyringPathFor(store.file)
    writeFileAtomic(nextPath, `${JSON.stringify(next, null, 2)}\n`)
    const { sqlite } = store
    try {
      // SQLite refuses to rekey in WAL mode, and can only leave WAL while no one else has it open.
      sqlite.pragma('wal_checkpoint(TRUNCATE)')
      let mode: unknown
      try {
        mode = sqlite.pragma('journal_mode = DELETE', { simple: true })
      } catch {
        throw otherUsersOpen(store.file)
      }
      if (mode !== 'delete') throw otherUsersOpen(store.file)
      sqlite.pragma(`rekey = "x'${newKey.toString('hex')}'"`)
    } catch (error) {
      rmSync(nextPath, { force: true })
      try {
        sqlite.pragma('journal_mode = WAL')
      } catch {
        // Opening the file again sets WAL.
      }
      throw error
    }
    renameSync(nextPath, keyringPathFor(store.file))
    store.dataKey = newKey
    store.keyring = next
    sqlite.pragma('journal_mode = WAL')
  })
}

/**
 * The file opened with the current keyring's key, so a `.keyring.next` beside it is from a rotation
 * that never re-keyed the file (it stopped first): it is removed. Decided under the keyring lock, so
 * a rotation still running in another process is waited for, never undone.
 */
export async function removeAbandonedRotation(store: Store): Promise<void> {
  const nextPath = nextKeyringPathFor(store.file)
  if (!existsSync(nextPath)) return
  await withKeyringLock(store.file, () => {
    if (!existsSync(nextPath)) return
    try {
      // Read again through this connection: had the file been re-keyed, this would now fail.
      store.sqlite.prepare('SELECT count(*) AS n FROM sqlite_master').get()
    } catch {
      return
    }
    rmSync(nextPath, { force: true })
  })
}

/** A rotation re-keyed the file but stopped before renaming its keyring into place: finish it. */
export async function finishInterruptedRotation(databaseFile: string): Promise<void> {
  const nextPath = nextKeyringPathFor(databaseFile)
  await withKeyringLock(databaseFile, () => {
    if (existsSync(nextPath)) renameSync(nextPath, keyringPathFor(databaseFile))
  })
}
