import { chmodSync, copyFileSync } from 'node:fs'
import { createPrivateFile } from './data-file-access'
import type { Migration } from './migrations/migration'
import { keyringPathFor } from './keyring'
import type { SqliteDb } from './sqlite-file'

/**
 * Before migrating an existing file, leave a complete encrypted copy beside it (with its keyring),
 * so a failed or unwanted upgrade can be undone by hand.
 */
export function copyBeforeMigrating(
  sqlite: SqliteDb,
  file: string,
  pending: readonly Migration[],
  now: Date,
): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const copy = `${file}.before-${pending[0]?.id ?? 'migration'}-${stamp}`
  createPrivateFile(copy)
  sqlite.prepare('VACUUM INTO ?').run(copy)
  copyFileSync(keyringPathFor(file), keyringPathFor(copy))
  chmodSync(keyringPathFor(copy), 0o600)
  return copy
}
