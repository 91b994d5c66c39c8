import type { RouteOutput } from '../../shared/contract/routes'
import { migrations } from '../db/migrations'
import { integrityCheck } from '../db/sqlite-file'
import type { Store } from '../db/store'

/** The open data file's cipher, integrity and migration state, for Admin → Data file and `db check`. */
export function checkDataFile(store: Store): RouteOutput<'db.check'> {
  const { sqlite } = store
  return {
    dataFile: store.file,
    cipher: String(sqlite.pragma('cipher', { simple: true })),
    cipherCompatibility: `SQLCipher ${String(sqlite.pragma('legacy', { simple: true }))}`,
    integrity: integrityCheck(sqlite),
    schemaVersion: Number(sqlite.pragma('user_version', { simple: true })),
    codeSchemaVersion: migrations.length,
    appliedMigrations: [
      ...store.migrationPlan.applied,
      ...store.migrationPlan.pending.map((m) => m.id),
    ],
    pendingMigrations: [],
    journalMode: String(sqlite.pragma('journal_mode', { simple: true })),
  }
}
