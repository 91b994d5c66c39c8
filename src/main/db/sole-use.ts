import { existsSync, statSync } from 'node:fs'
import { hostname } from 'node:os'
import { AppFailure } from '../../shared/result'
import { otherHolderOf } from './file-guard'
import type { Keyring } from './keyring'
import { openEncryptedFile, type SqliteDb } from './sqlite-file'

/**
 * Before a data file is renamed, no other process may have it open: on Windows the rename would
 * fail, and elsewhere the other process would go on writing to a file under another name. Two checks,
 * because the lock file names only the last process to open the file: its holder, and leaving WAL
 * (which SQLite allows only while no other connection has the file open).
 */

function inUse(file: string, who: string): AppFailure {
  return new AppFailure(
    'DB.IN_USE',
    `${file} is open in ${who}. Close it there (sign out, close the window or let the command finish), then try again.`,
    { file },
  )
}

/** Refuses while the file's lock names another running process on this PC, or another PC. */
export function refuseOtherHolder(file: string, now: Date): void {
  const holder = otherHolderOf(file, now)
  if (!holder) return
  throw inUse(
    file,
    holder.host === hostname()
      ? `another Casebook window or command on this computer (process ${holder.pid})`
      : `Casebook on ${holder.host}`,
  )
}

/**
 * Puts the file in rollback-journal mode, merging its WAL into it first, so the file alone holds all
 * its data and no `-wal` or `-shm` file is left to travel with it. Fails, with the file untouched and
 * still in WAL mode, while another connection has it open.
 */
export function leaveWal(sqlite: SqliteDb, file: string): void {
  const wait = sqlite.pragma('busy_timeout', { simple: true }) as number
  sqlite.pragma('busy_timeout = 2000')
  try {
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    let mode: unknown
    try {
      mode = sqlite.pragma('journal_mode = DELETE', { simple: true })
    } catch {
      mode = null
    }
    if (mode !== 'delete') {
      throw inUse(file, 'another Casebook window or command on this computer')
    }
  } finally {
    sqlite.pragma(`busy_timeout = ${wait}`)
  }
}

/** Back to WAL after a switch that was refused before anything moved. */
export function returnToWal(sqlite: SqliteDb): void {
  try {
    sqlite.pragma('journal_mode = WAL')
  } catch {
    // Opening the file again sets WAL.
  }
}

/**
 * Opens a restored file with its key, checks it is the Casebook file its keyring belongs to, and
 * leaves WAL so it travels as one file. Refuses a key that does not open it (`BACKUP.OTHER_KEY`).
 */
export function readyToMove(file: string, dataKey: Buffer, keyring: Keyring, now: Date): void {
  refuseOtherHolder(file, now)
  let sqlite: SqliteDb
  try {
    sqlite = openEncryptedFile(file, dataKey, { create: false })
  } catch (error) {
    if (error instanceof AppFailure && error.code === 'DB.NOT_CASEBOOK') {
      throw new AppFailure(
        'BACKUP.OTHER_KEY',
        `The restored file ${file} has a different key from the data file in use (the backup was made before a key rotation). Give a password that was valid when the backup was made.`,
        { file },
      )
    }
    throw error
  }
  try {
    const row = sqlite
      .prepare(`SELECT value FROM casebook_meta WHERE key = 'database_id'`)
      .get() as { value: string } | undefined
    if (!row || row.value !== keyring.databaseId) {
      throw new AppFailure(
        'DB.NOT_CASEBOOK',
        `${file} does not belong with the keyring beside it.`,
        {
          file,
        },
      )
    }
    leaveWal(sqlite, file)
  } finally {
    sqlite.close()
  }
  refuseLeftJournal(file)
}

/** A `-wal` with anything in it after closing means someone still has the file open. */
export function refuseLeftJournal(file: string): void {
  const wal = `${file}-wal`
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw inUse(file, 'another Casebook window or command on this computer')
  }
}
