import { Kysely } from 'kysely'
import { existsSync, rmSync } from 'node:fs'
import { AppFailure } from '../../shared/result'
import { removeAbandonedWrites } from './abandoned-files'
import { refuseWhileSwitching } from './data-file-switch'
import { APP_VERSION } from './app-version'
import { claimFile, refuseNetworkPath } from './file-guard'
import { type Keyring, keyringPathFor, readKeyring } from './keyring'
import { changeKeyringFile, type KeyringChange, revertKeyringFile } from './keyring-file'
import { migrations as codeMigrations } from './migrations'
import type { Migration } from './migrations/migration'
import { applyMigrations, type MigrationPlan, planMigrations } from './migrations/migrator'
import type { Database } from './schema'
import { openEncryptedFile, type SqliteDb } from './sqlite-file'
import { type TransactionHooks, WriteLockDialect } from './write-lock-dialect'

/** An open, unlocked data file: the raw driver for pragmas and bulk work, kysely for queries. */
export interface Store {
  readonly file: string
  readonly sqlite: SqliteDb
  readonly db: Kysely<Database>
  /** Replaced by key rotation. */
  dataKey: Buffer
  /** The keyring as this process last read or wrote it; others may have changed it since. */
  keyring: Keyring
  readonly migrationPlan: MigrationPlan
  /**
   * Changes the keyring as it is on disk, under its lock. Inside a transaction the change is written
   * just before COMMIT (and taken back if COMMIT fails), so a rolled-back change never reaches it.
   */
  changeKeyring(change: KeyringChange): Promise<void>
  close(): void
}

/** Reads the keyring from disk into the store: another process may have changed it. */
export function refreshKeyring(store: Store): Keyring {
  store.keyring = readKeyring(store.file)
  return store.keyring
}

export interface OpenOptions {
  readonly now: () => Date
  /** Called with the pending steps before an existing file is migrated; must leave a copy behind. */
  readonly beforeMigrate?: (sqlite: SqliteDb, pending: readonly Migration[]) => void
  /** Tests may substitute a list to exercise migration rules. */
  readonly migrations?: readonly Migration[]
  readonly appVersion?: string
  /** Skip the lock file (read-only inspection of a backup copy). */
  readonly isScratch?: boolean
  /** How long to wait for another process's lock; tests shorten it. */
  readonly busyTimeoutMs?: number
}

/** Keyring changes staged by the open transaction, written just before it commits. */
function keyringHooks(
  file: string,
  store: () => Store,
): TransactionHooks & { stage(change: KeyringChange): boolean } {
  let staged: KeyringChange[] | null = null
  return {
    begun() {
      staged = []
    },
    async beforeCommit() {
      const changes = staged ?? []
      staged = null
      if (changes.length === 0) return null
      const written = await changeKeyringFile(file, changes)
      store().keyring = written.after
      return async () => {
        store().keyring = await revertKeyringFile(file, written)
      }
    },
    ended() {
      staged = null
    },
    stage(change: KeyringChange): boolean {
      if (!staged) return false
      staged.push(change)
      return true
    },
  }
}

function checkIdentity(sqlite: SqliteDb, keyring: Keyring, file: string): void {
  const row = sqlite.prepare(`SELECT value FROM casebook_meta WHERE key = 'database_id'`).get() as
    { value: string } | undefined
  if (!row || row.value !== keyring.databaseId) {
    throw new AppFailure('DB.NOT_CASEBOOK', `${file} does not belong with the keyring beside it.`, {
      file,
    })
  }
}

/**
 * Opens an existing data file with its data key: checks the migration history, copies the file
 * (through `beforeMigrate`) and migrates when this build is newer, then checks the file belongs to
 * the keyring.
 */
export function openStore(
  file: string,
  dataKey: Buffer,
  keyring: Keyring,
  options: OpenOptions,
): Store {
  const list = options.migrations ?? codeMigrations
  const appVersion = options.appVersion ?? APP_VERSION
  if (!options.isScratch) refuseNetworkPath(file)
  const lock = options.isScratch ? null : claimFile(file, options.now)
  if (!options.isScratch) removeAbandonedWrites(file)
  let sqlite: SqliteDb | null = null
  try {
    sqlite = openEncryptedFile(file, dataKey, {
      create: false,
      busyTimeoutMs: options.busyTimeoutMs,
    })
    // After opening, not before: a switch that began earlier is seen here, one that begins later
    // sees this connection when it tries to leave WAL (ADR 0014).
    if (!options.isScratch) refuseWhileSwitching(file)
    const plan = planMigrations(sqlite, list, appVersion, file)
    if (plan.applied.length === 0) {
      throw new AppFailure('DB.NOT_CASEBOOK', `${file} is empty: it was never set up.`, { file })
    }
    if (plan.pending.length > 0) {
      options.beforeMigrate?.(sqlite, plan.pending)
      applyMigrations(sqlite, plan.pending, appVersion, options.now)
    }
    checkIdentity(sqlite, keyring, file)
    return makeStore(file, sqlite, dataKey, keyring, plan, lock)
  } catch (error) {
    sqlite?.close()
    lock?.release()
    throw error
  }
}

function makeStore(
  file: string,
  sqlite: SqliteDb,
  dataKey: Buffer,
  keyring: Keyring,
  plan: MigrationPlan,
  lock: { heartbeat(): void; release(): void } | null,
): Store {
  const hooks = keyringHooks(file, () => store)
  const db = new Kysely<Database>({ dialect: new WriteLockDialect(sqlite, hooks) })
  const timer = lock ? setInterval(() => lock.heartbeat(), 60_000) : null
  timer?.unref()
  let isClosed = false
  const store: Store = {
    file,
    sqlite,
    db,
    dataKey,
    keyring,
    migrationPlan: plan,
    async changeKeyring(change) {
      if (hooks.stage(change)) return
      store.keyring = (await changeKeyringFile(file, [change])).after
    },
    close() {
      if (isClosed) return
      isClosed = true
      if (timer) clearInterval(timer)
      try {
        // Only worth it when nobody else is writing: never hold up closing for another process.
        sqlite.pragma('busy_timeout = 0')
        sqlite.pragma('wal_checkpoint(TRUNCATE)')
      } catch {
        // Closing anyway.
      }
      sqlite.close()
      lock?.release()
    },
  }
  return store
}

/**
 * Creates a new, empty, fully migrated data file for `keyring` (not yet written to disk). The caller
 * fills it and writes the keyring; `discardNewFile` undoes a failed set-up.
 */
export function createStore(
  file: string,
  dataKey: Buffer,
  keyring: Keyring,
  options: OpenOptions,
): Store {
  refuseNetworkPath(file)
  if (existsSync(keyringPathFor(file))) {
    throw new AppFailure('DB.EXISTS', `A keyring already exists at ${keyringPathFor(file)}.`, {
      file,
    })
  }
  const list = options.migrations ?? codeMigrations
  const appVersion = options.appVersion ?? APP_VERSION
  const sqlite = openEncryptedFile(file, dataKey, {
    create: true,
    busyTimeoutMs: options.busyTimeoutMs,
  })
  try {
    applyMigrations(sqlite, list, appVersion, options.now)
    const insertMeta = sqlite.prepare(`INSERT INTO casebook_meta (key, value) VALUES (?, ?)`)
    insertMeta.run('format', 'casebook')
    insertMeta.run('database_id', keyring.databaseId)
    insertMeta.run('created_by_version', appVersion)
    const plan = { applied: list.map((m) => m.id), pending: [] }
    const lock = claimFile(file, options.now)
    return makeStore(file, sqlite, dataKey, keyring, plan, lock)
  } catch (error) {
    sqlite.close()
    discardNewFile(file)
    throw error
  }
}

/** Removes a data file Casebook itself just created (and its WAL, shared memory, keyring, lock). */
export function discardNewFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '.keyring', '.lock']) {
    rmSync(`${file}${suffix}`, { force: true })
  }
}
