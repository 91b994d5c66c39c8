import { closeSync, existsSync, openSync, readSync, renameSync, rmSync } from 'node:fs'
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

/** The file's salt: SQLCipher's format keeps it, in plain, in the first 16 bytes of the file. */
function saltOf(file: string): Buffer {
  const salt = Buffer.alloc(16)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, salt, 0, salt.length, 0)
  } finally {
    closeSync(fd)
  }
  return salt
}

/**
 * Re-encrypts the whole file with a new random data key and re-seals it for every holder (users and
 * the recovery key) without needing their passwords. The new keyring is written beside the old one
 * first (`.keyring.next`), so a crash after re-keying can be finished at the next sign-in; a rotation
 * that cannot re-key (another process has the file open) removes it again. The keyring lock is held
 * throughout, so no holder is added or removed meanwhile and sign-in never tidies a rotation in flight.
 * `record` (the audit event) runs once the file is re-keyed and before the new keyring takes its
 * place: a rotation stopped after it is finished at sign-in, one stopped before it is also recorded
 * there, so no rotation is ever missing from the log.
 */
export async function rotateDataKey(store: Store, record: () => Promise<void>): Promise<void> {
  await withKeyringLock(store.file, async () => {
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
      // The new key keeps the file's salt. Given a bare key, SQLite3 Multiple Ciphers draws a new
      // salt, and a rekey stopped while it writes pages back leaves page 1 with the new salt beside a
      // hot journal sealed with the old key and old salt: neither key opens the file again.
      const salt = saltOf(store.file).toString('hex')
      sqlite.pragma(`rekey = "x'${newKey.toString('hex')}${salt}'"`)
    } catch (error) {
      rmSync(nextPath, { force: true })
      try {
        sqlite.pragma('journal_mode = WAL')
      } catch {
        // Opening the file again sets WAL.
      }
      throw error
    }
    try {
      await record()
    } finally {
      renameSync(nextPath, keyringPathFor(store.file))
      store.dataKey = newKey
      store.keyring = next
      sqlite.pragma('journal_mode = WAL')
    }
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
