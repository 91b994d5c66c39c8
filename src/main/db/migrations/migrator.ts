import { createHash } from 'node:crypto'
import { AppFailure } from '../../../shared/result'
import type { SqliteDb } from '../sqlite-file'
import type { Migration } from './migration'

export function migrationHash(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex')
}

interface AppliedRow {
  id: string
  sha256: string
  app_version: string
}

export interface MigrationPlan {
  readonly applied: readonly string[]
  readonly pending: readonly Migration[]
}

function hasTable(sqlite: SqliteDb, name: string): boolean {
  return (
    sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !==
    undefined
  )
}

/**
 * Compares the file's applied migrations with this build's list. Refuses a file written by a newer
 * Casebook (naming both versions), a file whose applied history differs from the code, and a
 * non-empty database that is not Casebook's.
 */
export function planMigrations(
  sqlite: SqliteDb,
  code: readonly Migration[],
  appVersion: string,
  file: string,
): MigrationPlan {
  if (!hasTable(sqlite, 'casebook_migrations')) {
    const objects = sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master`).get() as { n: number }
    if (objects.n > 0) {
      throw new AppFailure('DB.NOT_CASEBOOK', `${file} is a database, but not a Casebook one.`, {
        file,
      })
    }
    return { applied: [], pending: code }
  }
  const rows = sqlite
    .prepare(`SELECT id, sha256, app_version FROM casebook_migrations ORDER BY id`)
    .all() as AppliedRow[]
  if (rows.length > code.length) {
    const newest = rows[rows.length - 1]!
    throw new AppFailure(
      'DB.TOO_NEW',
      `${file} was written by Casebook ${newest.app_version} (data format ${rows.length}); ` +
        `this is Casebook ${appVersion} (data format ${code.length}). Install Casebook ` +
        `${newest.app_version} or later to open it.`,
      {
        file,
        fileVersion: newest.app_version,
        fileSchema: rows.length,
        appVersion,
        appSchema: code.length,
      },
    )
  }
  rows.forEach((row, index) => {
    const expected = code[index]!
    if (row.id !== expected.id || row.sha256 !== migrationHash(expected)) {
      throw new AppFailure(
        'DB.MIGRATION_CHANGED',
        `${file} was migrated with a different step "${row.id}" than this Casebook ${appVersion} knows ` +
          `("${expected.id}"). It may come from a development build; open it with the build that made it.`,
        { file, migration: row.id },
      )
    }
  })
  return { applied: rows.map((r) => r.id), pending: code.slice(rows.length) }
}

/** Applies pending migrations, each in its own transaction, recording hash and app version. */
export function applyMigrations(
  sqlite: SqliteDb,
  pending: readonly Migration[],
  appVersion: string,
  now: () => Date,
): void {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS casebook_migrations (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    app_version TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`)
  const record = sqlite.prepare(
    `INSERT INTO casebook_migrations (id, sha256, app_version, applied_at) VALUES (?, ?, ?, ?)`,
  )
  for (const migration of pending) {
    sqlite
      .transaction(() => {
        sqlite.exec(migration.sql)
        record.run(migration.id, migrationHash(migration), appVersion, now().toISOString())
      })
      .immediate()
  }
  const count = (
    sqlite.prepare(`SELECT count(*) AS n FROM casebook_migrations`).get() as {
      n: number
    }
  ).n
  sqlite.pragma(`user_version = ${count}`)
}
