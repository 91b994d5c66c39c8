import type { Kysely } from 'kysely'
import type { BackupInfo } from '../../shared/contract/admin-routes'
import type { BackupRow, Database } from '../db/schema'
import type { BackupMade } from './backup-service'

export async function recordBackup(
  db: Kysely<Database>,
  made: BackupMade,
  verifiedAt: string,
): Promise<void> {
  await db
    .insertInto('backups')
    .values({
      path: made.path,
      created_at: made.createdAt,
      size_bytes: made.sizeBytes,
      kind: made.kind,
      verified_at: verifiedAt,
    })
    .execute()
}

export function rowToBackupInfo(row: BackupRow): BackupInfo {
  return {
    path: row.path,
    createdAt: row.created_at,
    sizeBytes: row.size_bytes,
    kind: row.kind as BackupInfo['kind'],
  }
}

export async function lastBackup(
  db: Kysely<Database>,
  kinds?: readonly BackupInfo['kind'][],
): Promise<BackupRow | undefined> {
  let query = db.selectFrom('backups').selectAll().orderBy('created_at', 'desc').limit(1)
  if (kinds) query = query.where('kind', 'in', kinds)
  return query.executeTakeFirst()
}
