import Database from 'better-sqlite3-multiple-ciphers'
import { existsSync, rmSync } from 'node:fs'
import { AppFailure } from '../../shared/result'
import { createPrivateFile, makeDataFilesPrivate, refuseUnusablePath } from './data-file-access'
import { BUSY_MESSAGE } from './file-lock'

export type SqliteDb = Database.Database

/** SQLite error codes that mean "this is not a database we can read with this key". */
const NOT_A_DATABASE = new Set(['SQLITE_NOTADB'])
const CORRUPT = new Set(['SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX'])
/** Another connection holds a lock longer than the busy timeout (extended codes included). */
const BUSY = /^SQLITE_(BUSY|LOCKED)(_|$)/
const CANNOT_OPEN = /^SQLITE_(CANTOPEN|PERM|READONLY)(_|$)/

/**
 * How long a statement waits for another process's lock before giving up with SQLITE_BUSY. Long
 * enough for another command's whole write (a `users add` with office-strength argon2, a small
 * import); a seed of thousands of people can take longer and the other writer is then told to retry.
 */
export const BUSY_TIMEOUT_MS = 10_000

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined
}

/** Turns a driver error about the file itself into a message naming the file. */
export function describeFileError(error: unknown, file: string): AppFailure | null {
  const code = sqliteCode(error)
  if (code && NOT_A_DATABASE.has(code)) {
    return new AppFailure(
      'DB.NOT_CASEBOOK',
      `${file} is not a Casebook data file, or it does not match its keyring.`,
      { file },
    )
  }
  if (code && CORRUPT.has(code)) {
    return new AppFailure(
      'DB.CORRUPT',
      `${file} is damaged (cut short or corrupted). Restore it from a backup.`,
      { file },
    )
  }
  if (code && BUSY.test(code)) return new AppFailure('DB.BUSY', BUSY_MESSAGE, { file })
  if (code && CANNOT_OPEN.test(code)) {
    return new AppFailure(
      'DB.CANNOT_OPEN',
      `Casebook cannot read and write ${file}: check it is a Casebook data file this account may change.`,
      { file },
    )
  }
  return null
}

/**
 * Opens an SQLCipher-4-compatible encrypted file with a raw 256-bit key, proves the key by reading,
 * and sets the pragmas Casebook relies on. Nothing is written to a file that fails the check.
 */
export function openEncryptedFile(
  file: string,
  dataKey: Buffer,
  options: { create: boolean; readonly?: boolean; busyTimeoutMs?: number },
): SqliteDb {
  refuseUnusablePath(file)
  if (!options.create && !existsSync(file)) {
    throw new AppFailure('DB.NOT_FOUND', `There is no data file at ${file}.`, { file })
  }
  const exists = () =>
    new AppFailure('DB.EXISTS', `${file} already exists; Casebook will not overwrite it.`, { file })
  if (options.create) {
    try {
      createPrivateFile(file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw exists()
      throw new AppFailure(
        'DB.CANNOT_OPEN',
        `Casebook cannot create ${file} (${String((error as NodeJS.ErrnoException).code)}).`,
        { file },
      )
    }
  } else if (!options.readonly) {
    makeDataFilesPrivate(file)
  }
  let sqlite: SqliteDb
  try {
    sqlite = new Database(file, { fileMustExist: true, readonly: options.readonly ?? false })
  } catch (error) {
    if (options.create) rmSync(file, { force: true })
    throw describeFileError(error, file) ?? error
  }
  try {
    // First, so that even the first read waits for another process instead of failing.
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`)
    applyKey(sqlite, dataKey)
    // The key is applied lazily: read now so a wrong key or a foreign file fails here.
    sqlite.prepare('SELECT count(*) AS n FROM sqlite_master').get()
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL')
      sqlite.pragma('synchronous = FULL')
    }
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('secure_delete = ON')
    sqlite.pragma('cache_size = -65536')
    return sqlite
  } catch (error) {
    sqlite.close()
    throw describeFileError(error, file) ?? error
  }
}

export function applyKey(sqlite: SqliteDb, dataKey: Buffer): void {
  sqlite.pragma(`cipher = 'sqlcipher'`)
  sqlite.pragma('legacy = 4')
  sqlite.pragma(`key = "x'${dataKey.toString('hex')}'"`)
}

/** Runs `PRAGMA integrity_check` and returns "ok" or the first problems found. */
export function integrityCheck(sqlite: SqliteDb): string {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[]
  return rows.map((r) => r.integrity_check).join('; ')
}
