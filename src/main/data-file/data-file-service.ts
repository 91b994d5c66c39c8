import type { RouteOutput } from '../../shared/contract/routes'
import { migrations } from '../db/migrations'
import { integrityCheck } from '../db/sqlite-file'
import type { ReadDb } from '../db/handles'
import { readKeyring } from '../db/keyring'
import type { Store } from '../db/store'
import { checkKeyringAgreement } from '../users'

/** The open data file's cipher, integrity and migration state, for Admin → Data file and `db check`. */
export async function checkDataFile(store: Store, db: ReadDb): Promise<RouteOutput<'db.check'>> {
  const { sqlite } = store
  // Another process may have changed the keyring since this one read it.
  store.keyring = readKeyring(store.file)
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
    keyring: await checkKeyringAgreement(db, store.keyring),
  }
}
