import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely'
import type { SqliteDb } from './sqlite-file'

/** What must happen beside the database in step with a transaction (the keyring, ADR 0011). */
export interface TransactionHooks {
  /** A transaction has begun (its write lock is held). */
  begun(): void
  /**
   * Runs after the transaction's last statement, just before COMMIT. Returns how to take it back if
   * COMMIT then fails, or null when it did nothing.
   */
  beforeCommit(): Promise<(() => Promise<void>) | null>
  /** The transaction ended (committed or rolled back): forget anything staged for it. */
  ended(): void
}

/**
 * Every transaction takes SQLite's write lock at BEGIN (`BEGIN IMMEDIATE`, waiting up to the busy
 * timeout), so a transaction that reads and then writes can never meet a newer snapshot written by
 * another process meanwhile (SQLITE_BUSY_SNAPSHOT). kysely's own driver issues a plain deferred
 * `begin`.
 */
class WriteLockDriver extends SqliteDriver {
  constructor(
    config: SqliteDialectConfig,
    private readonly sqlite: SqliteDb,
    private readonly hooks: TransactionHooks,
  ) {
    super(config)
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
    this.hooks.begun()
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const undo = await this.hooks.beforeCommit()
    try {
      await connection.executeQuery(CompiledQuery.raw('commit'))
    } catch (error) {
      // If even the undo fails, the keyring check names the difference and repair mends it.
      await undo?.().catch(() => undefined)
      throw error
    } finally {
      if (!this.sqlite.inTransaction) this.hooks.ended()
    }
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    this.hooks.ended()
    // SQLite may already have rolled back by itself (a full disk, an I/O error).
    if (this.sqlite.inTransaction) await connection.executeQuery(CompiledQuery.raw('rollback'))
  }
}

export class WriteLockDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: SqliteDb,
    private readonly hooks: TransactionHooks,
  ) {
    super({ database: sqlite })
  }

  override createDriver(): Driver {
    return new WriteLockDriver({ database: this.sqlite }, this.sqlite, this.hooks)
  }
}
